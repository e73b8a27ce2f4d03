// A host's own TokenStore without a webhook table or queue (no webhooks() / jobs()): intake records the event by id
// as before and runs it once, inline after the answer (no retries); a replay is still a duplicate; listing and
// retrying stored events say why they cannot.
import t from 'tap'
import type { TokenStore } from '../../db/types.js'
import { build, eventually, sideStore } from '../helpers/app.js'
import { testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { sendSigned } from './helpers.js'

t.test('a TokenStore without webhooks(): handled once inline, replay acknowledged, no durable API', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const real = await sideStore(t, databaseUrl)
  await real.migrate()
  const hostStore = new Proxy(real, {
    get (target, name) {
      if (name === 'webhooks' || name === 'jobs') return undefined
      const value = Reflect.get(target, name, target)
      return typeof value === 'function' ? value.bind(target) : value
    }
  }) as TokenStore
  const logs: string[] = []
  const { app } = await build(t, { sandbox: sb, databaseUrl, logs, options: { db: hostStore, databaseUrl: undefined } })
  const runs: number[] = []
  app.ghl.webhooks.on('NoteCreate', ({ attempt }) => { runs.push(attempt) })
  t.ok(logs.some((l) => l.includes('webhook handlers run once, inline, without retries')), 'the limitation is logged')

  const raw = JSON.stringify(sb.buildWebhook({ type: 'NoteCreate', id: 'n1', body: 'hi' }))
  t.same((await sendSigned(app, sb, raw)).json(), { ok: true })
  await eventually(() => runs.length === 1, 5000, 'the inline run')
  t.same((await sendSigned(app, sb, raw)).json(), { ok: true, duplicate: true })
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.same(runs, [1])
  await t.rejects(app.ghl.webhooks.list(), { code: 'GHL_CONFIG', message: /TokenStore without webhooks\(\) and jobs\(\)/ })
})

// The outbox's option and lifecycle: bad options named, outbox: false runs no relay (jobs still enqueue, another
// instance delivers them), deliveries in flight at close are handed back, and a process that used the outbox exits
// by itself after app.close().
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Fastify from 'fastify'
import t from 'tap'
import fastifyGhl, { GhlConfigError } from '../../index.js'
import { build, connect, pluginOptions } from '../helpers/app.js'
import { runScript } from '../helpers/child.js'
import { testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { FAST_OUTBOX } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The script runs from a temporary folder: it names every module by its path. */
const FASTIFY = createRequire(import.meta.url).resolve('fastify')

t.test('options.outbox: unknown keys and bad values are refused by name', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const cases: Array<[unknown, RegExp]> = [
    [{ concurency: 4 }, /options\.outbox\.concurency is not an option; did you mean concurrency\?/],
    [{ concurrency: 0 }, /options\.outbox\.concurrency must be a positive integer/],
    [{ leaseSeconds: 'long' }, /options\.outbox\.leaseSeconds must be a positive number/],
    [{ maxAttempts: 1.5 }, /options\.outbox\.maxAttempts must be a positive integer/],
    [{ backoff: { baseMs: 100, capMs: 10 } }, /options\.outbox\.backoff\.capMs .* must not be below/],
    [{ backoff: { jitter: true } }, /options\.outbox\.backoff\.jitter is not an option/],
    ['yes', /options\.outbox must be an object/]
  ]
  for (const [outbox, message] of cases) {
    const app = Fastify()
    t.teardown(() => app.close())
    await t.rejects(async () => { await app.register(fastifyGhl, { ...pluginOptions(sb, databaseUrl), outbox: outbox as never }) }, { name: 'FastifyError', message }, JSON.stringify(outbox))
  }
  t.ok(GhlConfigError)
})

t.test('outbox: false runs no relay here; an instance with one delivers the job', async (t) => {
  const web = await build(t, { options: { ...FAST_OUTBOX, outbox: false } })
  await connect(web.app)
  const job = await web.app.ghl.outbox.syncSignup({ email: 'queued@example.com' }, 'account')
  await new Promise((resolve) => setTimeout(resolve, 800))
  t.match(await web.app.ghl.outbox.get(job.id), { status: 'pending', attempts: 0 }, 'no relay: still pending')
  const worker = await build(t, { sandbox: web.sb, databaseUrl: web.databaseUrl, options: FAST_OUTBOX })
  t.match(await worker.app.ghl.outbox.wait(job.id, { timeoutMs: 10_000 }), { status: 'delivered' })
  t.match(await web.app.ghl.outbox.wait(job.id, { timeoutMs: 1000 }), { status: 'delivered' }, 'wait() sees deliveries made elsewhere')
})

t.test('close hands deliveries still in flight back to the queue; the one that still finishes counts once', async (t) => {
  const sb = await sandboxFor(t)
  const logs: string[] = []
  const first = await build(t, { sandbox: sb, logs, options: { ...FAST_OUTBOX, outbox: { ...FAST_OUTBOX.outbox as object, stopTimeoutMs: 200 } } })
  await connect(first.app)
  sb.addFault({ path: '/contacts/upsert', delayMs: 3000, count: 1 })
  const job = await first.app.ghl.outbox.upsertContact({ email: 'slow@example.com' })
  await new Promise((resolve) => setTimeout(resolve, 600))
  t.match(await first.app.ghl.outbox.get(job.id), { status: 'in_flight' })
  await first.app.close()
  t.ok(logs.some((l) => /deliveries still running at close; handing them back/.test(l)), 'handed back after stopTimeoutMs')
  // The stalled call still completed while the client closed: the job is delivered (once), not left behind.
  const second = await build(t, { sandbox: sb, databaseUrl: first.databaseUrl, options: { ...FAST_OUTBOX, outbox: false } })
  const after = await second.app.ghl.outbox.get(job.id)
  t.ok(after?.status === 'delivered' || (after?.status === 'pending' && after.attempts === 0), `delivered, or pending with its attempt given back (${after?.status})`)
  t.ok(sb.contacts('loc_sandbox_1').length <= 1, 'never twice')
})

t.test('a process that used the outbox exits by itself after app.close()', async (t) => {
  const databaseUrl = await testDatabase(t)
  const script = `
    const { default: Fastify } = await import(${JSON.stringify(FASTIFY)})
    const { default: ghl } = await import(${JSON.stringify(ROOT + 'index.ts')})
    const { startSandbox } = await import(${JSON.stringify(ROOT + 'sandbox/index.ts')})
    const sb = await startSandbox({ port: 0 })
    const tokens = sb.issueTokens({ locationId: 'loc_sandbox_1' })
    const app = Fastify()
    await app.register(ghl, {
      env: false, clientId: sb.clientId, clientSecret: sb.clientSecret, locationId: 'loc_sandbox_1', refreshToken: tokens.refresh_token,
      databaseUrl: process.env.TEST_DB, encryptionKey: Buffer.alloc(32, 1).toString('base64'), apiBaseUrl: sb.url, authBaseUrl: sb.url,
      outbox: { pollSeconds: 0.1, leaseSeconds: 1 }
    })
    await app.ready()
    const job = await app.ghl.outbox.syncSignup({ email: 'exit@example.com' }, 'account')
    const done = await app.ghl.outbox.wait(job.id, { timeoutMs: 10000 })
    if (done.status !== 'delivered') throw new Error('not delivered: ' + done.status)
    await app.ghl.outbox.syncSignup({ email: 'pending@example.com' }, 'account', { runAt: new Date(Date.now() + 60000) })
    await new Promise((r) => setTimeout(r, 500))
    await app.close()
    await sb.close()
    console.log('closed')
  `
  const dir = await mkdtemp(join(tmpdir(), 'fastify-ghl-exit-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const file = join(dir, 'exit.mts')
  await writeFile(file, script)
  const run = runScript(t, file, { ...process.env, TEST_DB: databaseUrl })
  const exited = await Promise.race([run.exited, new Promise<string>((resolve) => { setTimeout(() => { resolve('timeout') }, 60_000).unref() })])
  const out = run.output()
  t.equal(exited, 0, `the process exited on its own: ${out}`)
  t.match(out, /closed/)
})

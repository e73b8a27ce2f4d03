// `fastify-ghl webhooks` (the CLI, as a child process) against a database where an event died: stats exit 1 and count
// it, list --status failed shows it, retry queues it again and the running app processes it; usage errors exit 2.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { build, eventually } from '../helpers/app.js'
import { TEST_KEY } from '../helpers/tokens.js'
import { FAST_WEBHOOKS, sendEvent } from './helpers.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

interface Run { code: number | null, stdout: string, stderr: string }

async function cli (env: Record<string, string>, ...args: string[]): Promise<Run> {
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' }
  for (const name of Object.keys(base)) if (name.startsWith('GHL_') || name === 'DATABASE_URL') delete base[name]
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/fastify-ghl.ts', ...args], { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => { stdout += c.toString() })
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString() })
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)))
  return { code, stdout, stderr }
}

t.test('webhooks stats, list --status failed, retry', async (t) => {
  const { app, sb, databaseUrl } = await build(t, { options: { webhooks: { ...FAST_WEBHOOKS, maxAttempts: 1 } } })
  let broken = true
  let processed = 0
  app.ghl.webhooks.on('ContactDelete', () => {
    if (broken) throw new Error('downstream unavailable')
    processed++
  })
  const sent = await sendEvent(app, sb, { type: 'ContactDelete', id: 'gone-1' })
  const id = sent.payload.webhookId as string
  await eventually(async () => (await app.ghl.webhooks.get(id))?.status === 'failed', 10_000, 'the event to fail')

  const env = { GHL_CLIENT_ID: sb.clientId, GHL_CLIENT_SECRET: sb.clientSecret, GHL_API_BASE_URL: sb.url, GHL_TOKEN_ENCRYPTION_KEY: TEST_KEY, DATABASE_URL: databaseUrl }
  const stats = await cli(env, 'webhooks', '--json')
  t.equal(stats.code, 1, `exit 1 while an event failed: ${stats.stderr}`)
  t.match(JSON.parse(stats.stdout), { events: { failed: 1, processed: 0 }, queue: { dead: 1 } })

  const list = await cli(env, 'webhooks', 'list', '--status', 'failed', '--json')
  t.equal(list.code, 0, list.stderr)
  t.match(JSON.parse(list.stdout), { webhooks: [{ webhookId: id, type: 'ContactDelete', status: 'failed', error: /downstream unavailable/ }] })
  t.notOk('body' in JSON.parse(list.stdout).webhooks[0], 'metadata only')
  const human = await cli(env, 'webhooks', 'list')
  t.match(human.stdout, new RegExp(`failed +ContactDelete +${id}`))

  broken = false
  const retry = await cli(env, 'webhooks', 'retry', id)
  t.equal(retry.code, 0, retry.stderr)
  t.match(retry.stdout, /queued again/)
  await eventually(() => processed === 1, 10_000, 'the running app to process it')
  t.equal((await cli(env, 'webhooks', 'retry', id)).code, 1, 'nothing to retry any more')

  const bad = await cli(env, 'webhooks', 'list', '--status', 'exploded')
  t.equal(bad.code, 2)
  t.match(bad.stderr, /--status must be one of queued, processed, failed, rejected/)
  t.equal((await cli(env, 'webhooks', 'retry')).code, 2)
})

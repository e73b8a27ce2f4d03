// What operators see of the outbox: /status's outbox block, the ghl_outbox_* metrics, and the CLI's
// `fastify-ghl outbox [stats | list | retry ID | retry --all]` against the same database.
import t from 'tap'
import { ADMIN_TOKEN, build, connect, eventually, LOCATION, PREFIX } from '../helpers/app.js'
import { runCli as cli } from '../helpers/child.js'
import { sqlClient } from '../helpers/db.js'
import { TEST_KEY } from '../helpers/tokens.js'
import { FAST_OUTBOX, outage } from './helpers.js'

/** `name{labels} value` of one sample in Prometheus text. */
function sample (text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels === '' ? '' : `{${labels}}`} `))
  return line === undefined ? undefined : Number(line.split(' ').pop())
}

t.test('/status and /metrics show the backlog, the dead and the delivery outcomes', async (t) => {
  const { app, sb } = await build(t, { options: FAST_OUTBOX })
  await connect(app)
  outage(sb)
  for (const email of ['m1@example.com', 'm2@example.com', 'm3@example.com']) await app.ghl.outbox.syncSignup({ email }, 'account')
  let retries = 0
  app.ghl.events.on('outbox:retry', () => { retries++ })
  await eventually(() => retries > 0, 10_000, 'a retry')
  await new Promise((resolve) => setTimeout(resolve, 1100))
  const status = (await app.inject({ url: `${PREFIX}/status`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()
  t.equal(status.outbox.pending + (await app.ghl.outbox.stats()).inFlight, 3, 'three jobs waiting (pending or in flight)')
  t.equal(status.outbox.dead, 0)
  t.ok(status.outbox.oldest_pending_seconds >= 1, `the oldest has waited ${status.outbox.oldest_pending_seconds} s`)
  const during = (await app.inject(`${PREFIX}/metrics`)).body
  t.ok((sample(during, 'ghl_outbox_jobs', 'status="pending"') ?? 0) + (sample(during, 'ghl_outbox_jobs', 'status="in_flight"') ?? 0) === 3, 'ghl_outbox_jobs counts them')
  t.ok((sample(during, 'ghl_outbox_oldest_pending_seconds', '') ?? 0) >= 1)
  t.ok((sample(during, 'ghl_outbox_deliveries_total', 'op="syncSignup",outcome="retry"') ?? 0) >= 1, 'retries counted')
  t.equal(sample(during, 'ghl_outbox_deliveries_total', 'op="syncSignup",outcome="delivered"'), 0, 'every label starts at 0')

  sb.clearFaults()
  await eventually(async () => (await app.ghl.outbox.stats()).delivered === 3, 15_000, 'delivered after the outage')
  sb.addFault({ path: '/contacts/upsert', status: 400, count: 1, body: { statusCode: 400, message: 'bad request' } })
  const bad = await app.ghl.outbox.upsertContact({ email: 'dead@example.com' })
  await app.ghl.outbox.wait(bad.id, { timeoutMs: 5000 })
  t.match((await app.inject({ url: `${PREFIX}/status`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json().outbox, { pending: 0, dead: 1, oldest_pending_seconds: 0 })
  const after = (await app.inject(`${PREFIX}/metrics`)).body
  t.equal(sample(after, 'ghl_outbox_jobs', 'status="delivered"'), 3)
  t.equal(sample(after, 'ghl_outbox_jobs', 'status="dead"'), 1)
  t.equal(sample(after, 'ghl_outbox_deliveries_total', 'op="syncSignup",outcome="delivered"'), 3)
  t.equal(sample(after, 'ghl_outbox_deliveries_total', 'op="upsertContact",outcome="dead"'), 1)
})

t.test('CLI: outbox stats, list, retry ID; usage errors', async (t) => {
  const { app, sb, databaseUrl } = await build(t, { options: FAST_OUTBOX })
  await connect(app)
  sb.addFault({ path: '/contacts/upsert', status: 422, count: 1, body: { statusCode: 422, message: 'email is invalid' } })
  const job = await app.ghl.outbox.upsertContact({ email: 'cli@example.com' })
  await app.ghl.outbox.wait(job.id, { timeoutMs: 5000 })
  const env = {
    GHL_CLIENT_ID: sb.clientId, GHL_CLIENT_SECRET: sb.clientSecret, GHL_API_BASE_URL: sb.url, GHL_TOKEN_ENCRYPTION_KEY: TEST_KEY,
    GHL_LOCATION_ID: LOCATION, DATABASE_URL: databaseUrl
  }
  const stats = await cli(env, 'outbox', 'stats', '--json')
  t.equal(stats.code, 1, `a dead job makes stats exit 1: ${stats.stderr}`)
  t.match(JSON.parse(stats.stdout), { pending: 0, dead: 1 })
  const list = await cli(env, 'outbox', 'list', '--status', 'dead')
  t.equal(list.code, 0, list.stderr)
  t.match(list.stdout, new RegExp(`${job.id}\\s+dead\\s+upsertContact\\s+${LOCATION}.*422.*email is invalid`))
  const retry = await cli(env, 'outbox', 'retry', String(job.id))
  t.equal(retry.code, 0, retry.stderr)
  t.match(retry.stdout, new RegExp(`job ${job.id} is pending again`))
  t.match(await app.ghl.outbox.wait(job.id, { timeoutMs: 10_000 }), { status: 'delivered' }, 'the running instance delivers the retried job')
  const human = await cli(env, 'outbox')
  t.equal(human.code, 0)
  t.match(human.stdout, /delivered:\s+1/)
  t.equal((await cli(env, 'outbox', 'retry', String(job.id))).code, 1, 'retrying a delivered job fails')
  for (const args of [['outbox', 'retry'], ['outbox', 'retry', 'x'], ['outbox', 'purge'], ['outbox', 'list', '--status', 'lost'], ['status', '--limit', '3']]) {
    const run = await cli(env, ...args)
    t.equal(run.code, 2, `${args.join(' ')} is a usage error: ${run.stderr.split('\n')[0]}`)
  }
})

t.test('every dead job back at once: outbox.retryDead (per location or all), the CLI\'s retry --all, past 1,000 jobs', async (t) => {
  const { app, sb, databaseUrl } = await build(t, { options: { outbox: false } })
  const sql = await sqlClient(t, databaseUrl)
  const dead = async (connection: string, n: number): Promise<void> => {
    await sql.query(`insert into ghl_jobs (queue, op, key, group_key, connection, payload, max_attempts, status, attempts, last_error)
      select 'outbox', 'request', $1 || ':' || i, $1 || ':' || i, $1, '{}'::jsonb, 3, 'dead', 3, 'GHL answered 422'
      from generate_series(1, $2::int) as i`, [connection, n])
  }
  await dead(LOCATION, 1200)
  await dead('loc_other', 3)
  t.equal(await app.ghl.outbox.retryDead({ locationId: LOCATION }), 1200, 'all 1,200 of the location, not the first 1,000')
  t.match(await app.ghl.outbox.stats({ locationId: LOCATION }), { pending: 1200, dead: 0 })
  t.match((await sql.query(`select attempts, last_error from ghl_jobs where connection = $1 limit 1`, [LOCATION])).rows[0], { attempts: 0 }, 'fresh attempts')
  t.match(await app.ghl.outbox.stats({ locationId: 'loc_other' }), { dead: 3 }, 'another location\'s dead jobs stay dead')
  t.equal(await app.ghl.outbox.retryDead({ locationId: LOCATION }), 0, 'nothing dead is left there')

  const env = {
    GHL_CLIENT_ID: sb.clientId, GHL_CLIENT_SECRET: sb.clientSecret, GHL_API_BASE_URL: sb.url, GHL_TOKEN_ENCRYPTION_KEY: TEST_KEY,
    GHL_LOCATION_ID: LOCATION, DATABASE_URL: databaseUrl
  }
  const all = await cli(env, 'outbox', 'retry', '--all', '--json')
  t.equal(all.code, 0, all.stderr)
  t.same(JSON.parse(all.stdout), { ok: true, retried: 3 })
  t.match(await app.ghl.outbox.stats(), { dead: 0, pending: 1203 })
  for (const args of [['outbox', 'list', '--all'], ['status', '--all'], ['outbox', 'retry', '7', '--all']]) {
    const run = await cli(env, ...args)
    t.equal(run.code, 2, `${args.join(' ')} is a usage error: ${run.stderr.split('\n')[0]}`)
  }
})

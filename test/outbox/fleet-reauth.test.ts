// Three processes on one database, the connection in reauth_required for a while: the first job to meet it parks the
// connection fleet-wide (rows and a NOTIFY), so jobs enqueued on the other instances meanwhile are not claimed at all
// (no attempt burned, no claim spent to learn it again); the OAuth callback on one instance stores new tokens and every
// instance delivers at once (long before the 30 s recheck): exactly one contact per signup, each at its first attempt.
import t from 'tap'
import { eventually, LOCATION } from '../helpers/app.js'
import { sqlClient } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { install, managerFor, migratedDatabase, TEST_KEY } from '../helpers/tokens.js'
import { startWorker, type Worker } from '../helpers/worker.js'
import { contactsOf } from './helpers.js'

const WORKER = 'test/fixtures/outbox-worker.ts'

interface Seen { delivered: number, retry: number, parked: number, dead: number }

/** Claims made so far across the fleet: every claim ends in exactly one of these events. */
async function claims (workers: Worker[]): Promise<number> {
  let n = 0
  for (const w of workers) {
    const { seen } = await w.send<{ seen: Seen }>({ cmd: 'stats' })
    n += seen.delivered + seen.retry + seen.parked + seen.dead
  }
  return n
}

t.test('reauth_required on a fleet: parked everywhere without claims, delivered after the callback', async (t) => {
  const sb = await sandboxFor(t, { rateLimit: false })
  const url = await migratedDatabase(t)
  const seeder = await managerFor(t, sb, url)
  await install(sb, seeder.manager, LOCATION)
  const sql = await sqlClient(t, url)
  const env = { DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY: TEST_KEY, LOCATION, LEASE_S: '3', RECHECK_S: '30' }
  const workers = await Promise.all([1, 2, 3].map(async () => await startWorker(t, WORKER, env)))

  sb.revokeAccessTokens({ locationId: LOCATION })
  sb.revokeRefreshTokens({ locationId: LOCATION })
  await workers[0].send({ cmd: 'signups', prefix: 'first', n: 1 })
  await eventually(async () => (await sql.query("SELECT count(*)::int AS n FROM ghl_jobs WHERE parked_reason IS NOT NULL")).rows[0].n === 1, 15_000, 'the first job parked')
  const { rows: [conn] } = await sql.query('SELECT status FROM ghl_connections WHERE id = $1', [LOCATION])
  t.equal(conn.status, 'reauth_required', 'the connection needs re-authorization')
  await eventually(async () => (await sql.query("SELECT count(*)::int AS n FROM ghl_jobs WHERE status = 'in_flight'")).rows[0].n === 0, 5000, 'no delivery in flight')
  await new Promise((resolve) => setTimeout(resolve, 300)) // the park's NOTIFY reaches every relay
  const before = await claims(workers)

  t.same(await workers[1].send({ cmd: 'signups', prefix: 'second', n: 10 }), { jobs: 10, calls: 10 })
  t.same(await workers[2].send({ cmd: 'signups', prefix: 'third', n: 10 }), { jobs: 10, calls: 10 })
  await new Promise((resolve) => setTimeout(resolve, 2000))
  t.equal(await claims(workers), before, 'no instance claimed the parked connection\'s new jobs (each would have parked it again)')
  const { rows: waiting } = await sql.query("SELECT status, attempts FROM ghl_jobs ORDER BY id")
  t.equal(waiting.length, 21)
  t.ok(waiting.every((j) => j.status === 'pending' && j.attempts === 0), 'all 21 wait, no attempt burned')
  t.equal(sb.contacts(LOCATION).length, 0, 'nothing reached GHL')

  const started = Date.now()
  t.same(await workers[1].send({ cmd: 'connect' }), { connected: true }, 'the callback on one instance stores new tokens')
  await eventually(async () => (await sql.query("SELECT count(*)::int AS n FROM ghl_jobs WHERE status = 'delivered'")).rows[0].n === 21, 15_000, 'all 21 delivered')
  const tookMs = Date.now() - started
  t.ok(tookMs < 15_000, `delivered ${tookMs} ms after the callback, not at the 30 s recheck`)
  const check = contactsOf(sb, LOCATION, () => 'account')
  t.equal(check.total, 21, 'one contact per signup')
  t.same(check.duplicates, [], 'no duplicate')
  const { rows: done } = await sql.query('SELECT attempts FROM ghl_jobs')
  t.ok(done.every((j) => j.attempts === 1), 'each delivered at its first attempt: waiting burned none')
  let delivered = 0
  for (const w of workers) delivered += (await w.send<{ seen: Seen }>({ cmd: 'stats' })).seen.delivered
  t.equal(delivered, 21, 'each job delivered once across the fleet')
})

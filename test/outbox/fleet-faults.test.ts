// Three processes on one database, real faults: (1) GHL answers 503 until a breaker opens; the instance whose breaker
// opened parks the connection fleet-wide, so no instance claims its jobs (nor calls GHL) until the breaker lets a probe
// through; jobs survive an outage much longer than their attempts would (maxAttempts 8) and are delivered once the
// breaker closes. (2) Every Postgres backend of the fleet terminated three times mid-delivery: no job lost, none
// delivered twice, one contact per signup.
import t, { type Test } from 'tap'
import { eventually } from '../helpers/app.js'
import { sqlClient } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { install, managerFor, migratedDatabase, TEST_KEY } from '../helpers/tokens.js'
import { startWorker, type Worker } from '../helpers/worker.js'
import { contactsOf, outage } from './helpers.js'

const WORKER = 'test/fixtures/outbox-worker.ts'
const LOCATION = 'loc_fleet_faults'
const sleep = async (ms: number): Promise<void> => { await new Promise((resolve) => setTimeout(resolve, ms)) }

interface Seen { delivered: number, retry: number, parked: number, dead: number, breakerOpen: number, breakerClose: number }

async function seenBy (workers: Worker[]): Promise<Seen[]> {
  return await Promise.all(workers.map(async (w) => (await w.send<{ seen: Seen }>({ cmd: 'stats' })).seen))
}

const claimsOf = (seen: Seen[]): number => seen.reduce((n, s) => n + s.delivered + s.retry + s.parked + s.dead, 0)

async function fleet (t: Test, extra: Record<string, string>) {
  const sb = await sandboxFor(t, { rateLimit: false })
  const url = await migratedDatabase(t)
  const seeder = await managerFor(t, sb, url)
  await install(sb, seeder.manager, LOCATION)
  const sql = await sqlClient(t, url)
  const env = { DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY: TEST_KEY, LOCATION, LEASE_S: '2', ...extra }
  const workers = await Promise.all([1, 2, 3].map(async () => await startWorker(t, WORKER, env)))
  const count = async (where: string): Promise<number> => (await sql.query(`SELECT count(*)::int AS n FROM ghl_jobs WHERE ${where}`)).rows[0].n
  return { sb, sql, workers, count }
}

t.test('a breaker opens and closes on a fleet: parked fleet-wide, nothing dead, delivered once', async (t) => {
  const { sb, sql, workers, count } = await fleet(t, { MAX_ATTEMPTS: '8', BREAKER_RESET_MS: '4000' })
  outage(sb)
  for (const [i, w] of workers.entries()) t.same(await w.send({ cmd: 'signups', prefix: `b${i}`, n: 20 }), { jobs: 20, calls: 20 })
  await eventually(async () => (await seenBy(workers)).some((s) => s.breakerOpen > 0) && await count("parked_reason LIKE '%circuit%'") > 0, 15_000, 'a breaker open and the connection parked')
  // Deliveries still in flight when the park was announced come back (503, retry) before the count starts.
  await eventually(async () => await count("status = 'in_flight'") === 0, 5000, 'no delivery in flight')
  await sleep(100)
  const before = claimsOf(await seenBy(workers))
  const faultsBefore = sb.stats().faultsInjected
  // Watched until shortly before the park ends (a loaded machine may have taken part of it already).
  const { rows: [park] } = await sql.query("SELECT extract(epoch FROM (min(run_at) - clock_timestamp())) * 1000 AS ms FROM ghl_jobs WHERE status = 'pending' AND parked_reason LIKE '%circuit%'")
  const watchMs = Math.min(1200, Number(park.ms) - 400)
  t.ok(watchMs >= 300, `the park leaves ${Math.round(watchMs)} ms to watch`)
  const watchEnd = Date.now() + watchMs
  for (const [i, w] of workers.entries()) await w.send({ cmd: 'signups', prefix: `late${i}`, n: 3 })
  await sleep(Math.max(0, watchEnd - Date.now()))
  t.equal(claimsOf(await seenBy(workers)), before, 'while parked, no instance claimed the connection\'s jobs (new ones included)')
  t.equal(sb.stats().faultsInjected, faultsBefore, 'and none called GHL')

  await sleep(4000) // the outage outlasts a breaker cycle: far longer than 8 attempts of 20–300 ms backoff
  t.equal(await count("status = 'dead'"), 0, 'no job dead: parked jobs burn no attempts')
  t.equal(sb.contacts(LOCATION).length, 0, 'nothing arrived during the outage')
  sb.clearFaults()
  await eventually(async () => await count("status = 'delivered'") === 69, 30_000, 'all 69 delivered')
  const seen = await seenBy(workers)
  t.ok(seen.some((s) => s.breakerOpen > 0 && s.breakerClose > 0), 'a breaker opened and closed again')
  t.equal(seen.reduce((n, s) => n + s.delivered, 0), 69, 'each job delivered once across the fleet')
  const check = contactsOf(sb, LOCATION, () => 'account')
  t.equal(check.total, 69, 'one contact per signup')
  t.same(check.duplicates, [], 'no duplicate')
  t.equal(await count("status <> 'delivered'"), 0, 'nothing pending or dead')
})

t.test('Postgres backends of a fleet terminated mid-delivery: no job lost, none delivered twice', async (t) => {
  const { sb, sql, workers, count } = await fleet(t, {})
  // Each upsert is held 400 ms at GHL, so every instance holds leases when the backends die.
  sb.addFault({ path: '/contacts/upsert', delayMs: 400, count: 1_000_000 })
  for (const [i, w] of workers.entries()) t.same(await w.send({ cmd: 'signups', prefix: `k${i}`, n: 20 }), { jobs: 20, calls: 20 })
  let terminated = 0
  for (let round = 0; round < 3; round++) {
    await eventually(async () => await count("status = 'in_flight'") > 0, 10_000, 'deliveries in flight')
    const { rows } = await sql.query('SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')
    terminated += rows[0].n as number
    await sleep(400)
  }
  t.ok(terminated >= 6, `${terminated} backends terminated (every instance's pool and listener)`)
  sb.clearFaults()
  await eventually(async () => await count("status = 'delivered'") === 60, 40_000, 'every job delivered')
  const seen = await seenBy(workers)
  t.equal(seen.reduce((n, s) => n + s.delivered, 0), 60, 'each job delivered (recorded) once across the fleet')
  t.equal(seen.reduce((n, s) => n + s.dead, 0), 0, 'none dead')
  const check = contactsOf(sb, LOCATION, () => 'account')
  t.equal(check.total, 60, 'exactly 60 contacts')
  t.same(check.duplicates, [], 'no duplicate contact')
  t.equal(await count("status <> 'delivered'"), 0, 'no job left behind')
})

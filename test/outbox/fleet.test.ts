// Three processes on one database, the sandbox answering 503 to every contact call: each enqueues 60 signups (each key
// twice); one is SIGKILLed while it holds leases; the sandbox recovers → exactly 180 contacts, each tagged for its
// signup type, no duplicate, one processed upsert per signup; a job enqueued in a rolled-back transaction never arrives.
import t from 'tap'
import { sqlClient } from '../helpers/db.js'
import { eventually } from '../helpers/app.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { install, managerFor, migratedDatabase, TEST_KEY } from '../helpers/tokens.js'
import { startWorker } from '../helpers/worker.js'
import { contactsOf } from './helpers.js'

const WORKER = 'test/fixtures/outbox-worker.ts'
const LOCATION = 'loc_fleet_outbox'
const PER_PROCESS = 60

t.test('3 processes, 503 storm, one SIGKILLed mid-delivery, recovery → exactly 180 contacts, no duplicate', async (t) => {
  const sb = await sandboxFor(t, { rateLimit: false })
  const url = await migratedDatabase(t)
  const seeder = await managerFor(t, sb, url)
  await install(sb, seeder.manager, LOCATION)
  const sql = await sqlClient(t, url)
  // Every attempt takes 300 ms before its 503, so each instance always holds leases mid-delivery.
  sb.addFault({ path: '/contacts/*', status: 503, delayMs: 300, count: 1_000_000 })
  const env = { DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY: TEST_KEY, LOCATION, LEASE_S: '2' }
  const workers = await Promise.all([1, 2, 3].map(async () => await startWorker(t, WORKER, env)))
  const replies = await Promise.all(workers.map(async (w, i) => await w.send<{ jobs: number, calls: number }>({ cmd: 'signups', prefix: `p${i}`, n: PER_PROCESS, twice: true })))
  for (const reply of replies) t.same(reply, { jobs: PER_PROCESS, calls: PER_PROCESS * 2 }, '120 enqueues, 60 jobs: each key twice is one job')
  t.match(await workers[0].send({ cmd: 'rollback', email: 'rolled@example.com' }), { id: Number })

  const victim = workers[2]
  const pid = victim.child.pid!
  const held = async (): Promise<number> => (await sql.query(`SELECT count(*)::int AS n FROM ghl_jobs WHERE status = 'in_flight' AND locked_by LIKE '%:${pid}:%'`)).rows[0].n
  await eventually(async () => await held() > 0, 10_000, 'the victim holding leases')
  victim.child.kill('SIGKILL')
  await new Promise((resolve) => victim.child.once('exit', resolve))
  const orphaned = await held()
  t.ok(orphaned > 0, `the victim died holding ${orphaned} leases`)
  t.equal(sb.contacts(LOCATION).length, 0, 'nothing arrived during the outage')

  sb.clearFaults()
  await eventually(async () => (await sql.query("SELECT count(*)::int AS n FROM ghl_jobs WHERE status = 'delivered'")).rows[0].n === 3 * PER_PROCESS, 45_000, 'all 180 jobs delivered')
  const check = contactsOf(sb, LOCATION, (email) => Number(/-(\d+)@/.exec(email)![1]) % 2 === 0 ? 'account' : 'newsletter')
  t.equal(check.total, 3 * PER_PROCESS, 'exactly 180 contacts')
  t.same(check.duplicates, [], 'no duplicate contact')
  t.same(check.untagged, [], 'each tagged for its signup type')
  t.ok(!check.emails.has('rolled@example.com'), 'the rolled-back signup never arrived')
  t.equal(sb.stats().apiCalls['POST /contacts/upsert'], 3 * PER_PROCESS, 'one processed upsert per signup')
  const { rows } = await sql.query("SELECT count(*)::int AS n FROM ghl_jobs WHERE status <> 'delivered'")
  t.equal(rows[0].n, 0, 'no job left pending or dead')
})

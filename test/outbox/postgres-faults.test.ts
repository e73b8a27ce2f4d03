// Postgres backends terminated mid-delivery (pg_terminate_backend on every connection of the app, three times while
// deliveries are stalled at GHL): no job lost, each signup one contact with its tags, nothing dead.
import t from 'tap'
import { build, connect, eventually, LOCATION } from '../helpers/app.js'
import { sqlClient } from '../helpers/db.js'
import { contactsOf, FAST_OUTBOX } from './helpers.js'

t.test('backends terminated mid-delivery: every job delivered, one contact each', async (t) => {
  const { app, sb, databaseUrl } = await build(t, { options: FAST_OUTBOX })
  await connect(app)
  const sql = await sqlClient(t, databaseUrl)
  // Each upsert is held 400 ms at GHL, so deliveries are in flight (leased) when the connections die.
  sb.addFault({ path: '/contacts/upsert', delayMs: 400, count: 1_000_000 })
  const N = 24
  for (let i = 0; i < N; i++) await app.ghl.outbox.syncSignup({ email: `pgk${i}@example.com` }, 'account')
  let terminated = 0
  for (let round = 0; round < 3; round++) {
    await eventually(async () => (await sql.query("SELECT count(*)::int AS n FROM ghl_jobs WHERE status = 'in_flight'")).rows[0].n > 0, 10_000, 'deliveries in flight')
    const { rows } = await sql.query('SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')
    terminated += rows[0].n as number
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  t.ok(terminated >= 3, `${terminated} backends terminated`)
  sb.clearFaults()
  await eventually(async () => (await sql.query("SELECT count(*)::int AS n FROM ghl_jobs WHERE status = 'delivered'")).rows[0].n === N, 30_000, 'every job delivered')
  const check = contactsOf(sb, LOCATION, () => 'account')
  t.equal(check.total, N, `exactly ${N} contacts`)
  t.same(check.duplicates, [], 'none twice')
  t.same(check.untagged, [], 'each tagged')
  t.match(await app.ghl.outbox.stats(), { pending: 0, inFlight: 0, dead: 0, delivered: N })
})

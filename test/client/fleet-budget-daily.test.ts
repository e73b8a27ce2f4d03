// The daily budget's reserve: with the sandbox's daily remaining set below 5 % of the daily limit, an outbox job for
// the location waits (parked as "daily budget reserve", no attempt used) while a direct call still goes out; /status
// shows both (the daily remaining and the reserve reached, the pending job). Once GHL reports the day's budget above the
// reserve again, the job is delivered.
import t from 'tap'
import { eventually } from '../helpers/app.js'
import { sqlClient } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { install, managerFor, migratedDatabase, TEST_KEY } from '../helpers/tokens.js'
import { startWorker } from '../helpers/worker.js'

const WORKER = 'test/fixtures/fleet-budget-worker.ts'
const LOCATION = 'loc_daily_reserve'

interface Reads { ok: number, failed: number, codes: Record<string, number> }

t.test('below the daily reserve: outbox jobs wait, a direct call goes out, /status shows both', async (t) => {
  const sb = await sandboxFor(t, { rateLimit: { burst: 100, windowMs: 10_000, daily: 200_000 } })
  const url = await migratedDatabase(t)
  const seeder = await managerFor(t, sb, url)
  await install(sb, seeder.manager, LOCATION)
  const sql = await sqlClient(t, url)
  const worker = await startWorker(t, WORKER, {
    DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY: TEST_KEY, LOCATION, OUTBOX: 'on'
  })
  const path = `/locations/${LOCATION}/customFields`

  sb.setDailyRemaining(LOCATION, 4000) // the reserve is 5 % of 200,000: 10,000
  const direct = await worker.send<Reads>({ cmd: 'reads', n: 1, path })
  t.equal(direct.ok, 1, 'a direct call goes out below the reserve')
  const { budget } = await worker.send<{ budget: { daily: { remaining: number, reserve: number, reserveReached: boolean } } }>({ cmd: 'budget' })
  t.match(budget.daily, { remaining: 3999, reserve: 10_000, reserveReached: true }, 'fastify.ghl.rateBudget() tells')

  const calls = sb.stats().apiCalls.total
  t.match(await worker.send({ cmd: 'sync', email: 'reserve@example.com' }), { id: Number })
  await eventually(async () => (await sql.query("SELECT count(*)::int AS n FROM ghl_jobs WHERE parked_reason LIKE 'daily budget reserve%'")).rows[0].n > 0, 10_000, 'the job parked for the daily reserve')
  const { rows } = await sql.query('SELECT status, attempts, parked_reason FROM ghl_jobs')
  t.match(rows, [{ status: 'pending', attempts: 0 }], 'waiting, no attempt used')
  await new Promise((resolve) => setTimeout(resolve, 1500)) // a few rechecks of the relay
  t.equal(sb.stats().apiCalls.total, calls, 'the relay sent nothing to GHL for the location')
  t.equal(sb.contacts(LOCATION).length, 0)

  t.equal((await worker.send<Reads>({ cmd: 'reads', n: 1, path })).ok, 1, 'direct calls still go out')
  const status = await worker.send<{ statusCode: number, body: { rate_limit: Record<string, unknown>, outbox: { pending: number } } }>({ cmd: 'status' })
  t.equal(status.statusCode, 200)
  t.match(status.body.rate_limit, { daily_remaining: 3998, daily_reserve_reached: true }, '/status shows the daily budget below its reserve')
  t.equal(status.body.outbox.pending, 1, '/status shows the job waiting')

  sb.setDailyRemaining(LOCATION, 150_000)
  t.equal((await worker.send<Reads>({ cmd: 'reads', n: 1, path })).ok, 1, 'the next answer reports the budget back above the reserve')
  await eventually(() => sb.contacts(LOCATION).length === 1, 10_000, 'the job is delivered')
  const after = await worker.send<{ body: { rate_limit: Record<string, unknown> } }>({ cmd: 'status' })
  t.match(after.body.rate_limit, { daily_reserve_reached: false })
})

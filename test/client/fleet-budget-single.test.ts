// One busy process alone on the fleet budget still uses ≥ 0.9 of GHL's burst limit: no static split, no share kept
// for absent peers. At GHL's real window (100 per 10 s): 300 reads, the first 100 at once, then two windows' worth.
import t from 'tap'
import { sandboxFor } from '../helpers/sandbox.js'
import { install, managerFor, migratedDatabase, TEST_KEY } from '../helpers/tokens.js'
import { startWorker } from '../helpers/worker.js'

const WORKER = 'test/fixtures/fleet-budget-worker.ts'
const MAX = 100
const WINDOW_MS = 10_000

interface Reads { ok: number, failed: number, codes: Record<string, number>, ms: number, queries: number }

t.test('one busy process alone reaches ≥ 0.9 of the budget', async (t) => {
  const location = 'loc_fleet_budget_single'
  const sb = await sandboxFor(t, { rateLimit: { burst: MAX, windowMs: WINDOW_MS, daily: 200_000 } })
  const url = await migratedDatabase(t)
  const seeder = await managerFor(t, sb, url)
  await install(sb, seeder.manager, location)
  const worker = await startWorker(t, WORKER, {
    DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY: TEST_KEY, LOCATION: location,
    MAX: String(MAX), WINDOW_MS: String(WINDOW_MS), FLEET: 'on', BUDGET_MS: '120000'
  })
  const path = `/locations/${location}/customFields`
  const n = 300
  const started = performance.now()
  const reply = await worker.send<Reads>({ cmd: 'reads', n, path })
  const elapsed = performance.now() - started
  t.equal(reply.failed, 0, `no call failed (${JSON.stringify(reply.codes)})`)
  // The first window's calls go at once: the pace is what follows, n - MAX calls over the time after that window.
  const used = ((n - MAX) / MAX * WINDOW_MS) / elapsed
  t.ok(used >= 0.9, `${n} calls in ${Math.round(elapsed)} ms: ${(used * 100).toFixed(1)} % of the budget (at least 90 %)`)
  t.equal(sb.stats().rateLimited, 0, 'no 429')
  t.ok(reply.queries / n <= 0.1, `${reply.queries} database round trips for ${n} calls (at most 0.1 per call)`)
})

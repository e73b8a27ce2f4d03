// One busy process alone on the fleet budget still uses ≥ 0.9 of GHL's burst limit: no static split, no share kept
// for absent peers. At GHL's real window (100 per 10 s): 300 reads, the first 100 at once, then two windows' worth.
import t from 'tap'
import { startFleet, type Reads } from './fleet-budget-fleet.js'

const MAX = 100
const WINDOW_MS = 10_000

t.test('one busy process alone reaches ≥ 0.9 of the budget', async (t) => {
  const { sb, workers: [worker], path } = await startFleet(t, { location: 'loc_fleet_budget_single', processes: 1, max: MAX, windowMs: WINDOW_MS, budgetMs: 120_000 })
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

// One GHL rate budget per location for the whole fleet: 6 processes on one database read one location through the
// sandbox at GHL's real burst limit (100 requests per window; the window compressed from 10 s to 2 s so the run takes
// ~50 s instead of 4 minutes) → no call fails, at most 2 % of the requests GHL saw were answered 429, and the whole
// run is within 1.25× of the ideal pace (calls / limit × window). One process alone: fleet-budget-single.test.ts.
import t, { type Test } from 'tap'
import { startFleet, type Fleet, type Reads } from './fleet-budget-fleet.js'

const MAX = 100
const WINDOW_MS = 2000

async function fleet (t: Test, location: string, processes: number): Promise<Fleet> {
  const { sb, workers, path } = await startFleet(t, { location, processes, max: MAX, windowMs: WINDOW_MS, budgetMs: 120_000 })
  // Each process reads its token once, then the window empties before the measured run.
  for (const w of workers) t.match(await w.send<Reads>({ cmd: 'reads', n: 1, path }), { ok: 1 })
  await new Promise((resolve) => setTimeout(resolve, 2 * WINDOW_MS))
  sb.resetStats()
  return { sb, workers, path }
}

t.test('6 processes, 2,400 reads of one location at the real limit → 0 failed, ≤ 2 % 429s, ≤ 1.25× the ideal pace', async (t) => {
  const { sb, workers, path } = await fleet(t, 'loc_fleet_budget_6', 6)
  const started = performance.now()
  const replies = await Promise.all(workers.map(async (w) => await w.send<Reads>({ cmd: 'reads', n: 400, path })))
  const elapsed = performance.now() - started
  const failed = replies.reduce((n, r) => n + r.failed, 0)
  t.equal(failed, 0, `no call failed (${JSON.stringify(replies.map((r) => r.codes))})`)
  const stats = sb.stats()
  const seen = stats.apiCalls.total
  const share = stats.rateLimited / seen
  t.ok(seen >= 2400, `GHL saw every call (${seen})`)
  t.ok(share <= 0.02, `${stats.rateLimited} of ${seen} requests answered 429 (${(share * 100).toFixed(2)} %, at most 2 %)`)
  const ideal = 2400 / MAX * WINDOW_MS
  t.ok(elapsed <= 1.25 * ideal, `2,400 calls in ${Math.round(elapsed)} ms, ${(elapsed / ideal).toFixed(3)}× the ideal ${ideal} ms (at most 1.25×)`)
})

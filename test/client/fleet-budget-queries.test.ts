// What the fleet budget costs the database, counted at each process's pg pool (every statement it runs): none at all
// while a location's traffic is far below its budget, and at most one round trip per 10 calls at the limit (two
// processes, and eight, reading one location as fast as the budget allows: with eight, a lease that found the window
// full used to come back empty and race its peers for the next freed batch, 0.17–0.21 round trips per call). The
// window is compressed from 10 s to 1 s.
import t from 'tap'
import { startFleet, type Reads } from './fleet-budget-fleet.js'

const MAX = 100
const WINDOW_MS = 1000

t.test('database round trips per call: none at low traffic, at most 0.1 at the limit', async (t) => {
  const { workers, path } = await startFleet(t, { location: 'loc_fleet_queries', processes: 2, max: MAX, windowMs: WINDOW_MS, budgetMs: 60_000 })
  for (const w of workers) t.match(await w.send<Reads>({ cmd: 'reads', n: 1, path }), { ok: 1 }, 'the token is read once')

  // Low traffic: 5 calls a second from each process, a twentieth of the budget together.
  const low = await Promise.all(workers.map(async (w) => await w.send<Reads>({ cmd: 'paced', n: 15, intervalMs: 200, path })))
  for (const r of low) t.equal(r.failed, 0)
  t.same(low.map((r) => r.queries), [0, 0], 'no database round trip at all at low traffic')

  // At the limit: 600 reads each at once, three windows' worth per process.
  const busy = await Promise.all(workers.map(async (w) => await w.send<Reads>({ cmd: 'reads', n: 600, path })))
  const calls = busy.reduce((n, r) => n + r.ok, 0)
  const queries = busy.reduce((n, r) => n + r.queries, 0)
  t.equal(calls, 1200, `every call succeeded (${JSON.stringify(busy.map((r) => r.codes))})`)
  t.ok(queries / calls <= 0.1, `${queries} round trips for ${calls} calls at the limit: ${(queries / calls).toFixed(3)} per call (at most 0.1)`)
  t.ok(queries > 0, 'the processes did coordinate through the database')
})

t.test('eight processes at the limit: still at most 0.1 database round trips per call', async (t) => {
  const { sb, workers, path } = await startFleet(t, { location: 'loc_fleet_queries_8', processes: 8, max: MAX, windowMs: WINDOW_MS, budgetMs: 60_000 })
  for (const w of workers) t.match(await w.send<Reads>({ cmd: 'reads', n: 1, path }), { ok: 1 })
  await new Promise((resolve) => setTimeout(resolve, 2 * WINDOW_MS))
  sb.resetStats()
  // 100 reads each at once: 800 calls, eight windows' worth.
  const busy = await Promise.all(workers.map(async (w) => await w.send<Reads>({ cmd: 'reads', n: 100, path })))
  const calls = busy.reduce((n, r) => n + r.ok, 0)
  const queries = busy.reduce((n, r) => n + r.queries, 0)
  t.equal(calls, 800, `every call succeeded (${JSON.stringify(busy.map((r) => r.codes))})`)
  t.ok(queries / calls <= 0.1, `${queries} round trips for ${calls} calls at the limit: ${(queries / calls).toFixed(3)} per call (at most 0.1)`)
})

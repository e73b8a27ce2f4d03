// The fleet limiter of one connection over a real Postgres table (two stores on one database stand for two
// instances): leases a batch for a whole queue in one statement, never grants more than the budget per window across
// instances, a 429 pauses the peers too (NOTIFY), a queued call fails at once when a pause outlasts its budget, far
// below the budget calls go with no database round trip, and a database out of reach falls back to the local limiter.
import t, { type Test } from 'tap'
import { rateBudgetOf, type RateBudgetStore } from '../../db/rate-budget-store.js'
import { createPgTokenStore } from '../../db/index.js'
import { FleetLimiter } from '../../lib/client/fleet-limiter.js'
import { silentLogger } from '../../lib/logger.js'
import { migratedDatabase } from '../helpers/tokens.js'

class TooLong extends Error {
  constructor (readonly waitMs: number) { super(`too long: ${waitMs}`) }
}

async function budgetStore (t: Test, url: string): Promise<RateBudgetStore> {
  const store = createPgTokenStore({ connectionString: url })
  t.teardown(() => store.close())
  return rateBudgetOf(store)!
}

function limiter (t: Test, store: RateBudgetStore, connection: string, max = 10, windowMs = 1000): FleetLimiter {
  const l = new FleetLimiter({ store, connection, settings: { max, windowMs }, log: silentLogger, tooLong: (ms) => new TooLong(ms) })
  t.teardown(() => { l.close(new Error('closed')) })
  return l
}

const headers = (remaining: number, max = 10): Record<string, string> =>
  ({ 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-max': String(max), 'x-ratelimit-interval-milliseconds': '1000' })

/** Takes `n` slots (each released at once, as a call answered instantly would); resolves with the ms it took. */
async function take (l: FleetLimiter, n: number): Promise<number> {
  const started = performance.now()
  await Promise.all(Array.from({ length: n }, async () => {
    const wait = l.acquire()
    if (wait !== undefined) await wait
    l.release()
  }))
  return performance.now() - started
}

t.test('two instances share one budget: 30 slots at 10 per second take about two more windows, in few leases', async (t) => {
  const url = await migratedDatabase(t)
  const [a, b] = [await budgetStore(t, url), await budgetStore(t, url)]
  const la = limiter(t, a, 'loc_share')
  const lb = limiter(t, b, 'loc_share')
  const before = a.queries + b.queries
  const ms2 = Math.max(...await Promise.all([take(la, 15), take(lb, 15)]))
  t.ok(ms2 >= 1900, `30 slots of a 10-per-second budget took ${Math.round(ms2)} ms (three windows' worth: at least ~2 s)`)
  const queries = a.queries + b.queries - before
  t.ok(queries < 20, `${queries} database round trips for 30 slots: a lease serves a batch`)
  const row = await a.read('loc_share', 10, 101)
  t.ok(row !== null && row.used <= 10, `the table never books more than the budget in a window (${row?.used})`)
})

t.test('far below the budget: no database round trip while GHL reports most of the budget left', async (t) => {
  const url = await migratedDatabase(t)
  const store = await budgetStore(t, url)
  const l = limiter(t, store, 'loc_quiet', 100)
  l.observe(headers(100, 100)) // GHL's last answer (a call made earlier)
  for (let i = 0; i < 5; i++) {
    t.equal(l.acquire(), undefined, `call ${i + 1} goes at once`)
    l.observe(headers(99 - i, 100))
    l.release()
  }
  t.equal(store.queries, 0, 'no lease, no query')
  l.observe(headers(20, 100))
  const wait = l.acquire()
  t.ok(wait !== undefined, 'once GHL reports the budget mostly spent (by peers), the call waits for a lease')
  await wait
  l.release()
  t.equal(store.queries, 1, 'one lease')
})

t.test('far below the budget, one unleased call at a time: a burst started by every instance at once is leased', async (t) => {
  const url = await migratedDatabase(t)
  const store = await budgetStore(t, url)
  const l = limiter(t, store, 'loc_burst', 100)
  l.observe(headers(100, 100))
  t.equal(l.acquire(), undefined, 'the first call of a burst goes at once, unleased')
  const second = l.acquire()
  t.ok(second !== undefined, 'the second, while the first awaits its answer, waits for a lease (peers cannot see unleased calls)')
  await second
  t.equal(store.queries, 1, 'one lease for it')
  l.release()
  l.release()
})

t.test('rate_limited is said when the budget holds calls back, once per episode, never for a lease round trip', async (t) => {
  const url = await migratedDatabase(t)
  const store = await budgetStore(t, url)
  const said: number[] = []
  const l = new FleetLimiter({ store, connection: 'loc_said', settings: { max: 10, windowMs: 1000 }, log: silentLogger, tooLong: (ms) => new TooLong(ms), onLimited: (ms) => said.push(ms) })
  t.teardown(() => { l.close(new Error('closed')) })
  await take(l, 3)
  t.same(said, [], 'calls that only waited for their lease are not rate limited')
  await take(l, 15)
  t.equal(said.length, 1, 'calls held back until the window frees: said once')
  t.ok(said[0] > 0, `with the expected wait (${said[0]} ms)`)
})

t.test('a 429 pauses the peers too (NOTIFY), and a queued call fails at once when the pause outlasts its budget', async (t) => {
  const url = await migratedDatabase(t)
  const [a, b] = [await budgetStore(t, url), await budgetStore(t, url)]
  const lb = limiter(t, b, 'loc_pause')
  const heard = new Promise<number>((resolve) => { void b.subscribe((connection, ms) => { if (connection === 'loc_pause') resolve(ms) }).then((sub) => t.teardown(() => sub.close())) })
  await new Promise((resolve) => setTimeout(resolve, 200)) // LISTEN is up
  const la = limiter(t, a, 'loc_pause')
  la.block(2000)
  const ms = await heard
  t.ok(ms > 1500 && ms <= 2000, `the peer heard a pause of ${ms} ms`)
  lb.heardPause(ms)
  await t.rejects(lb.acquire(500)!, { message: /too long/ }, 'a call that may wait 500 ms fails at once')
  const patient = lb.acquire(10_000)
  t.ok(patient !== undefined, 'a call with budget left waits')
  const started = performance.now()
  await patient
  lb.release()
  t.ok(performance.now() - started >= 1400, 'and goes after the pause')
  const row = await a.read('loc_pause', 10, 101)
  t.equal(row?.blockedForMs, 0, 'the pause is over in the table too')
})

t.test('a pause that starts while calls are queued fails those whose budget it outlasts', async (t) => {
  const url = await migratedDatabase(t)
  const store = await budgetStore(t, url)
  const l = limiter(t, store, 'loc_queued', 2)
  await take(l, 2) // the window is used up
  const short = l.acquire(300)
  const long = l.acquire(60_000)
  t.ok(short !== undefined && long !== undefined, 'both queue')
  l.block(1500)
  await t.rejects(short!, { message: /too long/ }, 'the call with 300 ms of budget fails when the 1.5 s pause begins')
  await long
  l.release()
  t.pass('the other one goes after the pause')
})

t.test('the database out of reach: calls fall back to the local limiter and still go', async (t) => {
  const url = await migratedDatabase(t)
  const store = createPgTokenStore({ connectionString: url })
  const budget = rateBudgetOf(store)!
  const l = limiter(t, budget, 'loc_down', 5)
  l.observe(headers(1, 5)) // GHL says peers spent the budget: leases are needed
  await store.close()
  await take(l, 1)
  t.equal(l.state().degraded, true, 'the lease failed: the state says the instance limits itself')
  const ms = await take(l, 2)
  t.ok(ms < 5000, `2 more calls went through the local limiter (${Math.round(ms)} ms)`)
})

t.test('the window full: a lease books the next slots to free, so the peer waits for its turn instead of asking again', async (t) => {
  const url = await migratedDatabase(t)
  const [a, b] = [await budgetStore(t, url), await budgetStore(t, url)]
  const la = limiter(t, a, 'loc_turns')
  const lb = limiter(t, b, 'loc_turns')
  await take(lb, 1) // the peer's first lease (its pool connects, it learns the database clock)
  await take(la, 9) // the window is used up
  const before = b.queries
  const ms = await take(lb, 5) // half the budget: one turn
  t.ok(ms >= 800, `the peer's 5 slots came when the first ones freed (${Math.round(ms)} ms)`)
  t.equal(b.queries - before, 1, 'one lease: it booked them ahead, no empty lease and no second round trip')
  const row = await a.read('loc_turns', 10, 101)
  t.ok(row !== null && row.used <= 10, `never more than the budget booked in a window (${row?.used})`)
})

t.test('far below the budget, a burst that queues while the first lease is on its way goes with it: one lease', async (t) => {
  const url = await migratedDatabase(t)
  const store = await budgetStore(t, url)
  const l = limiter(t, store, 'loc_burst_lease', 1000)
  await take(l, 50)
  t.equal(store.queries, 1, 'one lease for the whole burst: it was sent once the calls started together had queued')
})

t.test('a pause heard that ends with the pause on already is the same wave (this instance\'s own, echoed): not longer', async (t) => {
  const url = await migratedDatabase(t)
  const store = await budgetStore(t, url)
  let now = 1000
  const l = new FleetLimiter({ store, connection: 'loc_echo', settings: { max: 10, windowMs: 1000 }, log: silentLogger, tooLong: (ms) => new TooLong(ms), now: () => now })
  t.teardown(() => { l.close(new Error('closed')) })
  const left = (): number => (l.state().blockedUntil ?? 0) - Date.now()
  l.block(1000)
  now += 80 // the echo arrives 80 ms later, saying 1000 ms
  l.heardPause(1000)
  t.ok(Math.abs(left() - 920) < 20, `the pause still ends 1000 ms after the 429 (${left()} ms left)`)
  now += 100
  l.heardPause(1000) // a later wave (a peer's 429, 180 ms on)
  t.ok(Math.abs(left() - 1000) < 20, `a pause that ends a tenth later is a new one (${left()} ms left)`)
})

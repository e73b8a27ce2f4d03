import t from 'tap'
import { RateLimiter } from '../../lib/client/rate-limiter.js'

function fakeClock (start = 1000): { now: () => number, advance: (ms: number) => void } {
  let time = start
  return { now: () => time, advance: (ms) => { time += ms } }
}

const closed = new Error('closed')

t.test('a slot is held while in flight, then for one window from completion', async (t) => {
  const clock = fakeClock()
  const limiter = new RateLimiter({ max: 3, windowMs: 1000, marginMs: 0 }, clock.now)
  t.teardown(() => { limiter.close(closed) })
  t.equal(limiter.acquire(), undefined)
  t.equal(limiter.acquire(), undefined)
  t.equal(limiter.acquire(), undefined)
  t.match(limiter.state(), { remaining: 0, inFlight: 3 })
  const p = limiter.acquire()
  t.type(p, Promise, 'full while 3 are in flight, whatever the time')
  clock.advance(5000)
  t.equal(limiter.queued, 1)
  limiter.release() // completes at t=6000: its slot is used until 7000
  t.equal(limiter.queued, 1, 'a completion keeps its slot for a window')
  t.match(limiter.state(), { inFlight: 2, remaining: 0 })
  limiter.close(closed)
  await t.rejects(p as Promise<void>, { message: 'closed' })
})

t.test('slots free one window after completion (real timers), FIFO', async (t) => {
  const limiter = new RateLimiter({ max: 2, windowMs: 100, marginMs: 0 })
  t.teardown(() => { limiter.close(closed) })
  const order: number[] = []
  const started = performance.now()
  await Promise.all([1, 2, 3, 4, 5].map(async (n) => {
    const p = limiter.acquire()
    if (p !== undefined) await p
    order.push(n)
    limiter.release()
  }))
  const elapsed = performance.now() - started
  t.same(order, [1, 2, 3, 4, 5])
  t.ok(elapsed >= 190 && elapsed < 1500, `5 calls at 2 per 100 ms take 2 windows (${Math.round(elapsed)} ms)`)
  t.equal(limiter.queued, 0)
  t.equal(limiter.state().inFlight, 0)
})

t.test('no window ever holds more than max completions+in-flight (real timers, 3 windows)', async (t) => {
  const limiter = new RateLimiter({ max: 5, windowMs: 200, marginMs: 0 })
  t.teardown(() => { limiter.close(closed) })
  const sent: number[] = []
  const done: number[] = []
  await Promise.all(Array.from({ length: 17 }, async (_, i) => {
    const p = limiter.acquire()
    if (p !== undefined) await p
    sent.push(performance.now())
    await new Promise((resolve) => setTimeout(resolve, 5 + (i % 3) * 10))
    done.push(performance.now())
    limiter.release()
  }))
  sent.sort((a, b) => a - b)
  done.sort((a, b) => a - b)
  for (let i = 5; i < sent.length; i++) {
    t.ok(sent[i] - done[i - 5] >= 199, `send ${i} is a window after completion ${i - 5}`)
  }
})

t.test('onLimited fires once per queueing episode', async (t) => {
  const waits: number[] = []
  const limiter = new RateLimiter({ max: 2, windowMs: 50, marginMs: 0 }, undefined, (w) => waits.push(w))
  t.teardown(() => { limiter.close(closed) })
  await Promise.all(Array.from({ length: 6 }, async () => {
    const p = limiter.acquire()
    if (p !== undefined) await p
    limiter.release()
  }))
  t.ok(waits.length >= 1 && waits.length <= 3, `episodes: ${waits.length}`)
  t.ok(waits.every((w) => w >= 0 && w <= 50))
})

t.test('adapts to X-RateLimit-Remaining lower than our own count', async (t) => {
  const clock = fakeClock()
  const limiter = new RateLimiter({ max: 10, windowMs: 1000, marginMs: 0 }, clock.now)
  t.teardown(() => { limiter.close(closed) })
  t.equal(limiter.acquire(), undefined)
  t.equal(limiter.state().remaining, 9)
  // another instance spent 6 of the budget: GHL says 3 left (our call, in flight, is counted by both)
  limiter.observe({ 'x-ratelimit-remaining': '3', 'x-ratelimit-max': '10', 'x-ratelimit-interval-milliseconds': '1000', 'x-ratelimit-daily-remaining': '199990', 'x-ratelimit-limit-daily': '200000' })
  limiter.release()
  const s = limiter.state()
  t.equal(s.remaining, 3)
  t.equal(s.serverRemaining, 3)
  t.equal(s.serverMax, 10)
  t.equal(s.serverIntervalMs, 1000)
  t.equal(s.dailyRemaining, 199990)
  t.equal(s.dailyLimit, 200000)
  t.ok(s.observedAt !== null)
  for (let i = 0; i < 3; i++) t.equal(limiter.acquire(), undefined)
  const p = limiter.acquire()
  t.type(p, Promise, 'the phantom slots count')
  limiter.close(closed)
  await t.rejects(p as Promise<void>)
})

t.test('a higher server remaining does not loosen the local limit', async (t) => {
  const clock = fakeClock()
  const limiter = new RateLimiter({ max: 2, windowMs: 1000, marginMs: 0 }, clock.now)
  t.teardown(() => { limiter.close(closed) })
  limiter.acquire()
  limiter.acquire()
  limiter.observe({ 'x-ratelimit-remaining': '98' })
  t.equal(limiter.state().remaining, 0)
  t.equal(limiter.state().max, 2)
})

t.test('a smaller X-RateLimit-Max lowers the capacity; a longer interval lengthens the window', async (t) => {
  const clock = fakeClock()
  const limiter = new RateLimiter({ max: 100, windowMs: 1000, marginMs: 0 }, clock.now)
  t.teardown(() => { limiter.close(closed) })
  limiter.observe({ 'x-ratelimit-remaining': '50', 'x-ratelimit-max': '50', 'x-ratelimit-interval-milliseconds': '2000' })
  t.match(limiter.state(), { max: 50, remaining: 50, windowMs: 2000 })
})

t.test('block() after a 429 holds every call; restOfWindow measures from the oldest completion', async (t) => {
  const clock = fakeClock()
  const limiter = new RateLimiter({ max: 10, windowMs: 1000, marginMs: 0 }, clock.now)
  t.teardown(() => { limiter.close(closed) })
  t.equal(limiter.restOfWindow(), 1000, 'nothing sent: a whole window')
  limiter.acquire()
  limiter.release()
  clock.advance(300)
  limiter.acquire()
  limiter.release()
  t.equal(limiter.restOfWindow(), 700)
  t.equal(limiter.restOfWindow(2000), 1700, 'X-RateLimit-Interval-Milliseconds wins')
  clock.advance(1500)
  t.equal(limiter.restOfWindow(), 1000, 'all completions out of the window')
  limiter.block(500)
  t.ok(limiter.state().blockedUntil !== null)
  const p = limiter.acquire()
  t.type(p, Promise)
  limiter.close(closed)
  await t.rejects(p as Promise<void>)
  t.rejects(limiter.acquire() as Promise<void>, { message: 'closed' }, 'closed for good')
})

t.test('disabled: never waits, still records GHL headers', async (t) => {
  const limiter = new RateLimiter(false)
  for (let i = 0; i < 1000; i++) t.equal(limiter.acquire(), undefined)
  limiter.release()
  limiter.observe({ 'x-ratelimit-remaining': '7', 'x-ratelimit-daily-remaining': '10' })
  limiter.observe({})
  const s = limiter.state()
  t.match(s, { enabled: false, serverRemaining: 7, dailyRemaining: 10, inFlight: 0 })
  limiter.block(1000)
  t.equal(limiter.acquire(), undefined)
  t.ok(limiter.idle())
  t.equal(limiter.restOfWindow(500), 500)
})

t.test('idle: nothing in flight or queued and last completion out of the window', async (t) => {
  const clock = fakeClock()
  const limiter = new RateLimiter({ max: 5, windowMs: 100, marginMs: 0 }, clock.now)
  t.ok(limiter.idle())
  limiter.acquire()
  t.notOk(limiter.idle(), 'in flight')
  limiter.release()
  t.notOk(limiter.idle(), 'completed inside the window')
  clock.advance(101)
  t.ok(limiter.idle())
})

t.test('default margin: 1 % of the window within [10, 100] ms', async (t) => {
  const clock = fakeClock()
  const limiter = new RateLimiter({ max: 1, windowMs: 1000 }, clock.now)
  t.teardown(() => { limiter.close(closed) })
  limiter.acquire()
  limiter.release()
  clock.advance(1005)
  const p = limiter.acquire()
  t.type(p, Promise, 'still inside window + 10 ms')
  limiter.close(closed)
  await t.rejects(p as Promise<void>)
})

// The fleet limiter's parts that need no database: the latency margin's memory (fleet-sends.ts) and the database
// clock as seen from an instance (fleet-clock.ts).
import t from 'tap'
import { DbClock } from '../../lib/client/fleet-clock.js'
import { FleetSends } from '../../lib/client/fleet-sends.js'

t.test('the latency margin remembers a long call for windows, halving every three', async (t) => {
  const sends = new FleetSends(100, 1000, 10)
  sends.took(120, 0)
  for (let now = 100; now < 2500; now += 100) sends.took(10, now) // small grants after the large one
  t.ok(sends.longest(2500) > 60, `2.5 windows later the long call still counts (${sends.longest(2500).toFixed(0)} ms)`)
  t.ok(Math.abs(sends.longest(3000) - 60) < 1, 'three windows later, half of it')
  sends.took(90, 3000)
  t.equal(sends.longest(3000), 90, 'a longer one replaces it')
})

t.test('the database clock: leases narrow the offset to the fastest round trip; crossed bounds start over', async (t) => {
  const clock = new DbClock()
  t.equal(clock.uncertainty(0), undefined, 'unknown before any lease')
  // The database clock is local + 5000. A slow lease (200 ms round trip, read 150 ms in), then a fast one (4 ms).
  clock.observe(5000 + 150, 0, 0, 200)
  t.equal(clock.uncertainty(200), 200, 'one lease: its whole round trip')
  clock.observe(5000 + 1002, 1000, 0, 1004)
  t.ok(clock.uncertainty(1004)! < 5, `two: about the fast one's (${clock.uncertainty(1004)!.toFixed(2)} ms)`)
  const start = clock.localStart(5000 + 3000, 1004)
  const end = clock.localEnd(5000 + 3000, 1004)
  t.ok(start >= 3000 && start - 3000 < 5, `database time 8000 has surely come at local ${start.toFixed(2)} (truly 3000)`)
  t.ok(end <= 3000 && 3000 - end < 5, `and surely not before local ${end.toFixed(2)}`)
  t.ok(clock.uncertainty(101_004)! > clock.uncertainty(1004)! + 30, 'the bounds widen with age (the clocks may drift)')
  // The database clock was stepped back by a second: the bounds cross, and start over from this lease.
  clock.observe(4000 + 2010, 2000, 0, 2020)
  t.equal(clock.uncertainty(2020), 20, 'a stepped clock: the new lease\'s bounds alone')
  t.ok(clock.localStart(4000 + 2500, 2020) >= 2500, 'and they are safe for the new offset')
})

t.test('the database clock: the wait for the row lock is not uncertain', async (t) => {
  const clock = new DbClock()
  // Sent at 0, the database got it at ~5, waited 80 ms for the lock, read its clock at ~85 (local + 1000), answered at 90.
  clock.observe(1000 + 85, 0, 80, 90)
  t.equal(clock.uncertainty(90), 10, '90 ms round trip, 80 of them waiting: 10 ms uncertain')
})

// The database's clock as seen from one instance (fleet-limiter.ts): slots are booked in database time, sent by the
// instance's own monotonic clock. Each lease read the database clock at a moment between `sent + waited` (the
// statement waited that long for the row lock after it reached the database) and `received`, so the offset
// database − local lies in [dbMs − received, dbMs − sent − waited]. The bounds of every lease together narrow it to
// about the fastest round trip, where one lease alone leaves its whole round trip uncertain (a lease answered late on
// a loaded machine left a grant booked ahead no usable time at all). The bounds widen by DRIFT per ms of their age
// (the two clocks may run at slightly different rates), and start over from one lease's when they cross (a clock was
// stepped).

/** How fast the two clocks may drift apart: 200 ppm. */
const DRIFT = 2e-4

export class DbClock {
  #lo = -Infinity
  #hi = Infinity
  #at = 0

  /** A lease read the database clock `dbMs` (epoch ms), asked at `sent`, waited `waitedMs`, answered at `received`. */
  observe (dbMs: number, sent: number, waitedMs: number, received: number): void {
    const lo = dbMs - received
    const hi = dbMs - sent - Math.max(0, waitedMs)
    const widen = (received - this.#at) * DRIFT
    let nlo = Math.max(this.#lo - widen, lo)
    let nhi = Math.min(this.#hi + widen, hi)
    if (nlo > nhi) {
      nlo = lo
      nhi = hi
    }
    this.#lo = nlo
    this.#hi = nhi
    this.#at = received
  }

  /**
   * A lease's grant by the local clock, from when its first bucket has surely begun to before its last one may have
   * ended (`dbMs` null: the lease read no clock, nothing usable). Observes the lease first.
   */
  grant (dbMs: number | null, startsInMs: number, validForMs: number, sent: number, waitedMs: number, received: number): { from: number, until: number } {
    if (dbMs === null) return { from: received, until: received }
    this.observe(dbMs, sent, waitedMs, received)
    const from = startsInMs === 0 ? received : Math.max(received, this.localStart(dbMs + startsInMs, received))
    return { from, until: this.localEnd(dbMs + validForMs, received) }
  }

  /** How uncertain the offset is now (ms), or undefined before any lease. */
  uncertainty (now: number): number | undefined {
    if (this.#lo === -Infinity) return undefined
    return this.#hi - this.#lo + 2 * (now - this.#at) * DRIFT
  }

  /** The local time (monotonic) by which the database time `dbMs` has surely come. */
  localStart (dbMs: number, now: number): number {
    return dbMs - (this.#lo - (now - this.#at) * DRIFT)
  }

  /** The local time (monotonic) before which the database time `dbMs` has surely not come. */
  localEnd (dbMs: number, now: number): number {
    return dbMs - (this.#hi + (now - this.#at) * DRIFT)
  }
}

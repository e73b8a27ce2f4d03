// What one instance sent for a connection on the fleet budget (fleet-limiter.ts): its recent sends, its unleased
// sends not booked in the table yet, and the latency margin (how late after its send GHL may count a request).
//
// The margin is the longest recent call, remembered with a half-life of LONGEST_HALF_LIFE_WINDOWS windows: a busy
// instance alternates large and small grants, and a margin learnt from the small ones alone (a window or two) was too
// short for the next large one, whose last requests reach GHL later (4 instances at the limit: 20 % of requests
// answered 429 on a loaded machine).
import { LONGEST_HALF_LIFE_WINDOWS } from './fleet-limiter-tuning.js'

/** The largest value noted lately: each note counts less with its age, halving every `halfLifeMs`. */
export class DecayingMax {
  readonly #halfLifeMs: number
  #value = 0
  #at = 0

  constructor (halfLifeMs: number) {
    this.#halfLifeMs = halfLifeMs
  }

  note (value: number, now: number): void {
    if (value >= this.get(now)) {
      this.#value = value
      this.#at = now
    }
  }

  get (now: number): number {
    if (this.#value === 0) return 0
    return this.#value * 0.5 ** (Math.max(0, now - this.#at) / this.#halfLifeMs)
  }
}

export class FleetSends {
  readonly #windowMs: number
  /** Send times of this instance's recent calls (monotonic), a ring of `max`. */
  readonly #sent: Float64Array
  #sentCount = 0
  /** Send times of this instance's unleased calls (monotonic), a ring; those from #reported on are not booked yet. */
  readonly #freeSent: Float64Array
  #freeCount = 0
  #reported = 0
  /** The longest recent call (ms). */
  readonly #longest: DecayingMax

  constructor (max: number, windowMs: number, freePerWindow: number) {
    this.#windowMs = windowMs
    this.#sent = new Float64Array(max)
    this.#freeSent = new Float64Array(freePerWindow)
    this.#longest = new DecayingMax(LONGEST_HALF_LIFE_WINDOWS * windowMs)
  }

  /** A call goes now. */
  sent (now: number): void {
    this.#sent[this.#sentCount % this.#sent.length] = now
    this.#sentCount++
  }

  /** A call goes now without a lease (booked in the table with the next lease). */
  sentUnleased (now: number): void {
    this.#freeSent[this.#freeCount % this.#freeSent.length] = now
    this.#freeCount++
    this.sent(now)
  }

  /** This instance's sends within the last window (at most `max`). */
  within (now: number): number {
    const len = this.#sent.length
    const n = Math.min(this.#sentCount, len)
    let lo = this.#sentCount - n
    let hi = this.#sentCount
    const since = now - this.#windowMs
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.#sent[mid % len] > since) hi = mid
      else lo = mid + 1
    }
    return this.#sentCount - lo
  }

  /** True when the `n`-th last send was within the last window. */
  recentAtLeast (n: number, now: number): boolean {
    return this.#sentCount >= n && this.#sent[(this.#sentCount - n) % this.#sent.length] > now - this.#windowMs
  }

  /** True when nothing was sent within the last window. */
  quiet (now: number): boolean {
    return this.#sentCount === 0 || this.#sent[(this.#sentCount - 1) % this.#sent.length] <= now - this.#windowMs
  }

  /** Unleased sends within the last window not booked yet, and the mark to pass to `booked` once they are. */
  unbooked (now: number): { n: number, mark: number } {
    let n = 0
    const len = this.#freeSent.length
    for (let i = Math.max(this.#reported, this.#freeCount - len); i < this.#freeCount; i++) {
      if (this.#freeSent[i % len] > now - this.#windowMs) n++
    }
    return { n, mark: this.#freeCount }
  }

  booked (mark: number): void {
    this.#reported = mark
  }

  /** A call took `durationMs` (from its send to its answer). */
  took (durationMs: number, now: number): void {
    this.#longest.note(durationMs, now)
  }

  /** The longest recent call (ms), decayed by its age. */
  longest (now: number): number {
    return this.#longest.get(now)
  }
}

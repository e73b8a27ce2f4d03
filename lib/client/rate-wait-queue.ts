// The FIFO of calls waiting for a rate-limit slot (fleet-limiter.ts). Each call may wait out a 429 pause only until its
// own deadline (its rate-limit budget): a pause that outlasts it fails the call at once. Given-up calls stay in the
// array, marked done, and are skipped.

interface Waiter {
  resolve: () => void
  reject: (err: Error) => void
  /** Monotonic time past which the call may not wait out a 429 pause. */
  deadline: number
  done: boolean
}

export class WaitQueue {
  #queue: Waiter[] = []
  #head = 0

  /** A call waits; it may wait out pauses until `deadline` (monotonic ms). */
  push (deadline: number): Promise<void> {
    return new Promise<void>((resolve, reject) => { this.#queue.push({ resolve, reject, deadline, done: false }) })
  }

  /** True when no call waits (given-up ones dropped from the front). */
  get empty (): boolean {
    const queue = this.#queue
    while (this.#head < queue.length && queue[this.#head].done) queue[this.#head++] = undefined as unknown as Waiter
    if (this.#head < queue.length) return false
    this.#queue = []
    this.#head = 0
    return true
  }

  /** Calls waiting (not given up). */
  get size (): number {
    let n = 0
    for (let i = this.#head; i < this.#queue.length; i++) if (!this.#queue[i].done) n++
    return n
  }

  /** Lets the first waiting call go; false when none waits. */
  resolveNext (): boolean {
    if (this.empty) return false
    const waiter = this.#queue[this.#head]
    this.#queue[this.#head++] = undefined as unknown as Waiter
    waiter.done = true
    waiter.resolve()
    return true
  }

  /** Takes the first waiting call out, to settle it elsewhere: `go()` lets it go, `fail(err)` fails it. */
  take (): { deadline: number, go: () => boolean, fail: (err: Error) => void } | undefined {
    if (this.empty) return undefined
    const waiter = this.#queue[this.#head]
    this.#queue[this.#head++] = undefined as unknown as Waiter
    return {
      deadline: waiter.deadline,
      go: () => {
        if (waiter.done) return false
        waiter.done = true
        waiter.resolve()
        return true
      },
      fail: (err) => {
        if (waiter.done) return
        waiter.done = true
        waiter.reject(err)
      }
    }
  }

  /** A pause until `until`: the calls whose deadline comes first fail now with `err()`. */
  rejectBefore (until: number, err: () => Error): void {
    for (let i = this.#head; i < this.#queue.length; i++) {
      const waiter = this.#queue[i]
      if (waiter.done || waiter.deadline >= until) continue
      waiter.done = true
      waiter.reject(err())
    }
  }

  rejectAll (err: Error): void {
    for (let i = this.#head; i < this.#queue.length; i++) {
      const waiter = this.#queue[i]
      if (waiter.done) continue
      waiter.done = true
      waiter.reject(err)
    }
    this.#queue = []
    this.#head = 0
  }
}

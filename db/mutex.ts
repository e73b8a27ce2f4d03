// In-process waiting primitives for the store: a keyed mutex (PGlite has one connection, so its
// advisory locks cannot make callers wait; this does) and a semaphore (bounds how many pool clients the
// node-postgres store holds in refresh transactions, so the pool always keeps a client for other work).

export type Release = () => void

interface Waiter {
  grant: () => void
}

/** A counting semaphore whose waits time out. */
export class Semaphore {
  readonly #waiters: Waiter[] = []
  #available: number

  constructor (readonly size: number) {
    this.#available = size
  }

  /** Resolves a release function, or null when no permit was free within timeoutMs (0: do not wait). */
  acquire (timeoutMs: number): Promise<Release | null> {
    if (this.#available > 0) {
      this.#available--
      return Promise.resolve(this.#releaser())
    }
    if (timeoutMs <= 0) return Promise.resolve(null)
    return new Promise((resolve) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(timer)
          resolve(this.#releaser())
        }
      }
      const timer = setTimeout(() => {
        const at = this.#waiters.indexOf(waiter)
        if (at !== -1) this.#waiters.splice(at, 1)
        resolve(null)
      }, timeoutMs)
      timer.unref()
      this.#waiters.push(waiter)
    })
  }

  /** No holder and no waiter. */
  idle (): boolean {
    return this.#available === this.size && this.#waiters.length === 0
  }

  #releaser (): Release {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.#waiters.shift()
      if (next !== undefined) next.grant()
      else this.#available++
    }
  }
}

/** One holder per key; waiters queue in order and give up after their timeout. */
export class KeyedMutex {
  readonly #locks = new Map<string, Semaphore>()

  isHeld (key: string): boolean {
    return this.#locks.has(key)
  }

  async acquire (key: string, timeoutMs: number): Promise<Release | null> {
    let lock = this.#locks.get(key)
    if (lock === undefined) {
      lock = new Semaphore(1)
      this.#locks.set(key, lock)
    }
    const holders = lock
    const release = await holders.acquire(timeoutMs)
    if (release === null) return null
    return () => {
      release()
      // Forget the key once nobody holds or waits for it, so the map does not grow with every id.
      if (this.#locks.get(key) === holders && holders.idle()) this.#locks.delete(key)
    }
  }
}

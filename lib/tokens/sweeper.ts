// The refresh sweep: finds the connections whose tokens enter the refresh window (through the expiry index) and
// refreshes them with bounded concurrency. Instances split the work with try-locks: a connection another instance is
// refreshing is skipped ('busy'), and one it already refreshed is seen as not due after the lock (the token manager
// reads the row again), so each due token is refreshed once fleet-wide. Also prunes stored webhook ids past their
// retention, at most once an hour, and tries suspended connections (location not active at GHL) again on their slow
// schedule (hourly by default). plugins/refresher.ts runs it on a schedule.
import type { TokenStore } from '../../db/types.js'
import type { RefresherSettings } from '../config.js'
import type { GhlLogger } from '../logger.js'
import { DEFAULT_LOCATION_INACTIVE_RETRY_MS } from './settings.js'
import type { TokenManager } from './types.js'

const PRUNE_EVERY_MS = 60 * 60_000

export interface SweepResult {
  due: number
  refreshed: number
  skipped: number
  busy: number
  failed: number
  prunedWebhooks: number
  /** Suspended connections tried again in this sweep. */
  suspendedRetried: number
  durationMs: number
}

export interface SweeperOptions {
  manager: TokenManager
  store: TokenStore
  settings: Pick<RefresherSettings, 'concurrency' | 'batchSize'>
  /** Webhook ids older than this are deleted. */
  webhookRetentionMs: number
  /** How often suspended connections are tried again. Default 1 h. */
  suspendedRetryMs?: number
  log: GhlLogger
  now?: () => number
  random?: () => number
}

export interface Sweeper {
  /** One sweep now (a sweep already running in this instance is joined, not doubled). */
  sweep (): Promise<SweepResult>
  /** No new sweep starts; waits for the one running. */
  stop (): Promise<void>
  readonly stopped: boolean
}

const EMPTY: SweepResult = Object.freeze({ due: 0, refreshed: 0, skipped: 0, busy: 0, failed: 0, prunedWebhooks: 0, suspendedRetried: 0, durationMs: 0 })

export function createSweeper (options: SweeperOptions): Sweeper {
  const { manager, store, log } = options
  const now = options.now ?? Date.now
  const random = options.random ?? Math.random
  let running: Promise<SweepResult> | undefined
  let stopped = false
  let lastPrune = 0
  let lastSuspendedRetry = 0
  const suspendedRetryMs = options.suspendedRetryMs ?? DEFAULT_LOCATION_INACTIVE_RETRY_MS

  async function run (): Promise<SweepResult> {
    const started = now()
    const result: SweepResult = { ...EMPTY }
    const due = await manager.listDue(options.settings.batchSize)
    result.due = due.length
    // Each instance walks the batch in its own random order. In list order (or from a random start) instances sweeping
    // at once catch up with each other and then walk in step, colliding on every row; shuffled, they rarely meet, and a
    // row a peer already refreshed is skipped on its announce without a query.
    const queue = shuffle(due, random)
    let next = 0
    const worker = async (): Promise<void> => {
      while (!stopped && next < queue.length) {
        const connection = queue[next++]
        let outcome: 'refreshed' | 'skipped' | 'busy' | 'failed'
        try {
          outcome = await manager.refreshIfDue(connection, 'scheduled')
        } catch (err) {
          outcome = 'failed'
          log.warn({ connection, err: (err as Error).message }, 'GHL scheduled refresh failed')
        }
        result[outcome]++
      }
    }
    await Promise.all(Array.from({ length: Math.min(options.settings.concurrency, queue.length) }, worker))

    if (!stopped && now() - lastPrune >= PRUNE_EVERY_MS) {
      lastPrune = now()
      try {
        result.prunedWebhooks = await store.pruneWebhooks(new Date(now() - options.webhookRetentionMs))
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'GHL webhook ids could not be pruned')
      }
    }
    if (!stopped && now() - lastSuspendedRetry >= suspendedRetryMs) {
      lastSuspendedRetry = now()
      try {
        result.suspendedRetried = await manager.retrySuspended()
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'GHL suspended connections could not be tried again')
      }
    }
    result.durationMs = now() - started
    if (result.due > 0) log.info({ ...result }, 'GHL refresh sweep done')
    return result
  }

  return {
    get stopped () { return stopped },
    sweep () {
      if (stopped) return Promise.resolve({ ...EMPTY })
      running ??= run().finally(() => { running = undefined })
      return running
    },
    async stop () {
      stopped = true
      await running?.catch(() => {})
    }
  }
}

/** Fisher–Yates over a copy. */
function shuffle<T> (items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const swap = out[i]
    out[i] = out[j]
    out[j] = swap
  }
  return out
}

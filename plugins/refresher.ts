// The scheduled refresher: every intervalSeconds (plus jitter) it finds the connections whose tokens enter the refresh
// window (through the expiry index) and refreshes them with bounded concurrency. Instances split the work with
// try-locks: a connection another instance is refreshing is skipped ('busy'), and one it already refreshed is seen as
// not due after the lock (the token manager reads the row again), so each due token is refreshed once fleet-wide.
// Also prunes stored webhook ids past their retention, at most once an hour.
import fastifySchedule from '@fastify/schedule'
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { AsyncTask, SimpleIntervalJob } from 'toad-scheduler'
import type { TokenStore } from '../db/types.js'
import type { RefresherSettings } from '../lib/config.js'
import type { GhlLogger } from '../lib/logger.js'
import type { TokenManager } from '../lib/tokens/types.js'

export const REFRESHER_JOB_ID = 'fastify-ghl-refresher'
const PRUNE_EVERY_MS = 60 * 60_000

export interface SweepResult {
  due: number
  refreshed: number
  skipped: number
  busy: number
  failed: number
  prunedWebhooks: number
  durationMs: number
}

export interface SweeperOptions {
  manager: TokenManager
  store: TokenStore
  settings: Pick<RefresherSettings, 'concurrency' | 'batchSize'>
  /** Webhook ids older than this are deleted. */
  webhookRetentionMs: number
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

const EMPTY: SweepResult = Object.freeze({ due: 0, refreshed: 0, skipped: 0, busy: 0, failed: 0, prunedWebhooks: 0, durationMs: 0 })

export function createSweeper (options: SweeperOptions): Sweeper {
  const { manager, store, log } = options
  const now = options.now ?? Date.now
  const random = options.random ?? Math.random
  let running: Promise<SweepResult> | undefined
  let stopped = false
  let lastPrune = 0

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

export interface RefresherPluginOptions {
  sweeper: Sweeper
  settings: RefresherSettings
  log: GhlLogger
}

const refresher: FastifyPluginAsync<RefresherPluginOptions> = async (fastify, opts) => {
  const { sweeper, settings, log } = opts
  // A host that registered @fastify/schedule shares its scheduler; otherwise this encapsulated context gets its own.
  if (!fastify.hasDecorator('scheduler')) await fastify.register(fastifySchedule)

  let jitterTimer: NodeJS.Timeout | undefined
  let wake: (() => void) | undefined
  const jitter = async (): Promise<void> => {
    const ms = Math.floor(Math.random() * settings.jitterSeconds * 1000)
    if (ms <= 0) return
    await new Promise<void>((resolve) => {
      wake = resolve
      jitterTimer = setTimeout(resolve, ms)
      jitterTimer.unref()
    })
    wake = undefined
  }

  const task = new AsyncTask(REFRESHER_JOB_ID, async () => {
    await jitter()
    await sweeper.sweep()
  }, (err) => {
    log.error({ err: { message: err.message, code: (err as { code?: string }).code } }, 'GHL refresh sweep failed')
  })
  const job = new SimpleIntervalJob({ milliseconds: Math.round(settings.intervalSeconds * 1000) }, task, { id: REFRESHER_JOB_ID, preventOverrun: true })
  fastify.scheduler.addSimpleIntervalJob(job)
  // toad-scheduler keeps its interval referenced; a job must not hold the process open on its own.
  ;(job as unknown as { timer?: NodeJS.Timeout }).timer?.unref()

  fastify.addHook('onClose', async () => {
    clearTimeout(jitterTimer)
    wake?.()
    if (fastify.scheduler.existsById(REFRESHER_JOB_ID)) fastify.scheduler.removeById(REFRESHER_JOB_ID)
    await sweeper.stop()
  })
}

export default fp(refresher, {
  fastify: '5.x',
  name: 'fastify-ghl-refresher',
  dependencies: ['fastify-ghl'],
  encapsulate: true
})

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

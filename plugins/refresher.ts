// The scheduled refresher: every intervalSeconds (plus jitter) it runs the refresh sweep (lib/tokens/sweeper.ts).
import fastifySchedule from '@fastify/schedule'
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { AsyncTask, SimpleIntervalJob } from 'toad-scheduler'
import type { RefresherSettings } from '../lib/config.js'
import type { GhlLogger } from '../lib/logger.js'
import type { Sweeper } from '../lib/tokens/sweeper.js'

export const REFRESHER_JOB_ID = 'fastify-ghl-refresher'

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

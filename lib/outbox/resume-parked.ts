// A connection that works again (breaker closed, tokens stored or refreshed): the jobs of a queue parked for it are due
// now, and every relay of that queue in the fleet stops skipping it (JobStore.resume signals them). Each queue whose
// relay parks jobs (the outbox, the webhook handlers) listens; without it a parked job waits for its recheck.
import type { JobStore } from '../../db/job-store.js'
import type { GhlEventEmitter } from '../events.js'
import type { GhlLogger } from '../logger.js'

const RECOVERY_EVENTS = ['breaker:close', 'token:refreshed', 'app:connected'] as const

/** Listens for the recovery events; returns the function that stops listening. */
export function resumeParkedOnRecovery (jobs: JobStore, queue: string, events: GhlEventEmitter, log: GhlLogger): () => void {
  const resume = ({ connection }: { connection: string }): void => {
    jobs.resume(connection, queue).catch((err: unknown) => {
      log.warn({ err: (err as Error).message, connection, queue }, 'fastify-ghl: resuming parked jobs failed; they wait for their recheck')
    })
  }
  for (const name of RECOVERY_EVENTS) events.on(name, resume)
  return () => { for (const name of RECOVERY_EVENTS) events.off(name, resume) }
}

// The fleet-budget tests' set-up: a sandbox at a burst limit, a migrated database with the location installed, and
// processes running the real plugin on it (test/fixtures/fleet-budget-worker.ts) with the fleet budget on.
import type { Test } from 'tap'
import { sandboxFor } from '../helpers/sandbox.js'
import { install, managerFor, migratedDatabase, TEST_KEY } from '../helpers/tokens.js'
import { startWorker, type Worker } from '../helpers/worker.js'

const WORKER = 'test/fixtures/fleet-budget-worker.ts'

/** What a worker answers for reads: successes, failures by code, time taken, and its pg pool's statements. */
export interface Reads { ok: number, failed: number, codes: Record<string, number>, ms: number, queries: number }

export interface FleetOptions {
  location: string
  processes: number
  /** Requests per window, at the sandbox and in the plugin. */
  max: number
  windowMs: number
  /** Each call's rate budget (rateLimit.budgetMs). */
  budgetMs: number
}

export interface Fleet {
  sb: Awaited<ReturnType<typeof sandboxFor>>
  workers: Worker[]
  /** A read of the location. */
  path: string
}

export async function startFleet (t: Test, o: FleetOptions): Promise<Fleet> {
  const sb = await sandboxFor(t, { rateLimit: { burst: o.max, windowMs: o.windowMs, daily: 200_000 } })
  const url = await migratedDatabase(t)
  const seeder = await managerFor(t, sb, url)
  await install(sb, seeder.manager, o.location)
  const env = {
    DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY: TEST_KEY, LOCATION: o.location,
    MAX: String(o.max), WINDOW_MS: String(o.windowMs), FLEET: 'on', BUDGET_MS: String(o.budgetMs)
  }
  const workers = await Promise.all(Array.from({ length: o.processes }, async () => await startWorker(t, WORKER, env)))
  return { sb, workers, path: `/locations/${o.location}/customFields` }
}

// The backfill's pace: its jobs take `share` of the location's rate budget, so live traffic keeps the rest. Each
// backfill job is enqueued with a `runAt` one spacing after the previous one (spacing = calls per job ÷ (share ×
// requests per ms)); the relays deliver a job only once it is due, so the backfill drains at its share whatever the
// number of instances, and a live signup (due now) is never behind it. A resumed backfill continues after the last
// slot its earlier run took, so two runs never double the pace.

/** GHL's documented per-location limits: 100 requests per 10 s (burst) and 200,000 a day. */
export const GHL_DAILY_LIMIT = 200_000
/** A new contact's signup is an upsert and an add-tags call. */
export const CALLS_PER_SIGNUP = 2
const DAY_MS = 86_400_000

export interface RateBudget {
  /** Requests per window. */
  max: number
  windowMs: number
  /** Requests a day. */
  daily: number
}

/** Time between two backfill jobs at `share` of the budget. */
export function spacingMs (budget: RateBudget, share: number, callsPerJob = CALLS_PER_SIGNUP): number {
  return (callsPerJob * budget.windowMs) / (budget.max * share)
}

export interface Estimate {
  jobs: number
  calls: number
  /** Jobs a second at the share of the burst budget. */
  jobsPerSecond: number
  /** Jobs a day at the share of the daily budget. */
  jobsPerDay: number
  /** The longer of the burst-paced and the daily-limited duration. */
  ms: number
  /** True when the daily budget, not the burst budget, sets the duration. */
  dailyBound: boolean
}

export function estimate (jobs: number, budget: RateBudget, share: number, callsPerJob = CALLS_PER_SIGNUP): Estimate {
  const spacing = spacingMs(budget, share, callsPerJob)
  const jobsPerDay = Math.floor((budget.daily * share) / callsPerJob)
  const paced = jobs * spacing
  // Whole days of the daily budget first, then the rest at the burst pace.
  const days = jobsPerDay > 0 ? Math.floor(Math.max(0, jobs - 1) / jobsPerDay) : 0
  const daily = days * DAY_MS + (jobs - days * jobsPerDay) * spacing
  return { jobs, calls: jobs * callsPerJob, jobsPerSecond: 1000 / spacing, jobsPerDay, ms: Math.max(paced, daily), dailyBound: daily > paced }
}

/** Hands out run times one spacing apart, never in the past. */
export class Pacer {
  #next = 0
  readonly spacing: number

  constructor (spacing: number) {
    this.spacing = spacing
  }

  /** The run time of the next new job (not taken until `take`: a row whose job existed takes no slot). */
  peek (now = Date.now()): Date {
    return new Date(Math.max(now, this.#next))
  }

  take (at: Date): void {
    this.#next = Math.max(this.#next, at.getTime() + this.spacing)
  }

  /** An earlier run's job still waits at `runAt`: new jobs go after it. */
  after (runAt: Date): void {
    this.#next = Math.max(this.#next, runAt.getTime() + this.spacing)
  }
}

export function formatDuration (ms: number): string {
  if (!Number.isFinite(ms)) return '?'
  let s = Math.max(0, Math.round(ms / 1000))
  const d = Math.floor(s / 86_400)
  s -= d * 86_400
  const h = Math.floor(s / 3600)
  s -= h * 3600
  const m = Math.floor(s / 60)
  s -= m * 60
  if (d > 0) return `${d}d${String(h).padStart(2, '0')}h${String(m).padStart(2, '0')}m`
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m${String(s).padStart(2, '0')}s`
  if (m > 0) return `${m}m${String(s).padStart(2, '0')}s`
  return `${s}s`
}

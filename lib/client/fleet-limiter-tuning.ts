// The fleet limiter's tuning (lib/client/fleet-limiter.ts): bucket size, lease batching and booking ahead, backoff
// after empty leases, the latency margin's memory.
/** Buckets per GHL window. */
export const BUCKETS_PER_WINDOW = 100
// Shares: the latency margin at most (of the window); a busy instance's turn, and the free slots a grant waits for
// when fewer are free now (of the budget: fewer, larger leases, and the freed slots merge into batches); the random
// extra wait per lease in a row that got nothing (of the window).
export const MAX_MARGIN_SHARE = 0.25
/** The latency margin at least (of the window). */
export const MIN_MARGIN_SHARE = 0.05
export const BATCH_SHARE = 0.5
export const MISS_BACKOFF_SHARE = 0.1
/** After a failed lease, calls go through the local limiter for this long before the database is tried again. */
export const DEGRADED_MS = 1000
/** A lease valid for less than half a bucket, or 1.5 lease round trips plus the timers' lateness, is booked on the next bucket. */
export const MIN_VALID_BUCKET_SHARE = 0.5
export const MIN_VALID_ROUND_TRIPS = 1.5
/** The latency margin remembers the longest recent call with this half-life (in windows): fleet-sends.ts. */
export const LONGEST_HALF_LIFE_WINDOWS = 3
/** A lease that finds the window full books the next slots to free, at most this many windows ahead. */
export const AHEAD_WINDOWS = 8

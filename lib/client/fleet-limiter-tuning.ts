// The fleet limiter's tuning (lib/client/fleet-limiter.ts): bucket size, lease batching, backoff after empty leases.
/** Buckets per GHL window. */
export const BUCKETS_PER_WINDOW = 100
// Shares of the window: the latency margin at most; how much longer than the first free slot a short grant waits
// for half the budget to free (fewer, larger leases); the random extra wait per lease in a row that got nothing.
export const MAX_MARGIN_SHARE = 0.25
export const BATCH_SHARE = 0.5
export const BATCH_WAIT_SHARE = 0.2
export const MISS_BACKOFF_SHARE = 0.1
/** After a failed lease, calls go through the local limiter for this long before the database is tried again. */
export const DEGRADED_MS = 1000
/** A lease valid for less than half a bucket, or 1.5 lease round trips, is booked on the next bucket. */
export const MIN_VALID_BUCKET_SHARE = 0.5
export const MIN_VALID_ROUND_TRIPS = 1.5

// The fleet's GHL rate budget per connection (table ghl_rate_budget): instances lease request slots a batch at a time
// with one INSERT … ON CONFLICT DO UPDATE … RETURNING on the connection's row (the row lock serialises the leases of
// every instance), pause the connection for everyone after a 429 (NOTIFY tells the peers at once), and share the daily
// remaining GHL last reported.
//
// Slots are counted in time buckets of `bucketMs` on the database clock: a ring of RING (bucket number, count) pairs
// in two arrays. A lease at bucket `cur` sees as used every count whose bucket is newer than `cur - buckets` (future
// buckets included: a lease valid for `validBuckets` more buckets is booked on its last bucket), and books its grant
// on bucket `cur + validBuckets`. The caller picks `buckets` so that a slot stays booked one GHL window past the end of
// its validity (see lib/client/fleet-limiter.ts).
import { sql, type SQL } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type { DbNamespace } from './namespace.js'

type Db = PgDatabase<PgQueryResultHKT>

/** LISTEN/NOTIFY channel of the shared 429 pauses (of the public schema; db/namespace.ts): payload `<ms> <connection>`. */
export { RATE_BUDGET_CHANNEL } from './namespace.js'
/** Entries of the ring; a lease's `buckets + validBuckets` must stay below it. */
export const RATE_BUDGET_RING = 256

export interface LeaseRequest {
  connection: string
  /** Slots wanted now (0: only report and read). */
  want: number
  /** Requests the fleet may send per GHL window. */
  max: number
  bucketMs: number
  /** Buckets a slot stays booked. */
  buckets: number
  /** The slots may be used until the end of the bucket this many buckets ahead (of the one `minValidMs` from now). */
  validBuckets: number
  /** Book on the next bucket when the current one ends sooner than this (ms). */
  minValidMs: number
  /** Buckets the grant stays booked past its last valid bucket, on top of `buckets` (the latency margin). */
  holdBuckets: number
  /** When the grant falls short: `batchFreeInMs` tells when at least this many slots are free (default 1). */
  batch?: number
  /** Requests this instance sent without a lease since it last reported (booked now, before the grant). */
  report: number
  /** The daily budget GHL last reported to this instance, with when (epoch ms), if it did. */
  daily?: { remaining: number, limit: number | null, at: number }
}

export interface Lease {
  granted: number
  /** ms from now (database clock) until the slots granted may no longer be used. */
  validForMs: number
  /** ms from now until a slot is free (null when none is booked). */
  freeInMs: number | null
  /** ms from now until `batch` slots are free, counting those free now (null when none is booked). */
  batchFreeInMs: number | null
  /** ms from now until the shared pause after a 429 ends (0 when none). */
  blockedForMs: number
  /** The freshest daily budget any instance reported. */
  dailyRemaining: number | null
  dailyLimit: number | null
}

export interface RateBudgetRow {
  connection: string
  /** Slots booked in the window ending now (the given `buckets` of `bucketMs`). */
  used: number
  blockedForMs: number
  dailyRemaining: number | null
  dailyLimit: number | null
  dailyObservedAt: Date | null
}

export interface RateBudgetSubscription { close (): Promise<void> }

export interface RateBudgetStoreParts {
  db: Db
  /** The schema's table and channel names. */
  names: DbNamespace
  /** LISTEN on the schema's rate budget channel on the backend's own listening connection. */
  listen: (onMessage: (message: string) => void) => Promise<RateBudgetSubscription>
}

function rowsOf (result: unknown): Array<Record<string, unknown>> {
  return (result as { rows: Array<Record<string, unknown>> }).rows
}

const num = (v: unknown): number | null => v === null || v === undefined ? null : Number(v)

/**
 * The current bucket number on the database clock. clock_timestamp(), not clock_timestamp(): a lease that waited for the row lock
 * must not date its slots from before the wait.
 */
function current (bucketMs: number): SQL {
  return sql`floor(extract(epoch from clock_timestamp()) * 1000 / ${bucketMs}::float8)::bigint`
}

/** Slots booked on buckets newer than `cur - buckets`, read from the row `t` (ghl_rate_budget before the update). */
function usedOf (t: SQL, cur: SQL, buckets: number): SQL {
  return sql`(select coalesce(sum(u.c), 0)::int from unnest(${t}.counts, ${t}.stamps) as u(c, s) where u.s > ${cur} - ${buckets}::int)`
}

function leaseQuery (table: SQL, r: LeaseRequest): SQL {
  const t = sql.raw('b')
  const cur = current(r.bucketMs)
  const target = sql`(floor((extract(epoch from clock_timestamp()) * 1000 + ${r.minValidMs}::float8) / ${r.bucketMs}::float8)::bigint + ${r.validBuckets}::int)`
  const booked = sql`(${target} + ${r.holdBuckets}::int)`
  const j = sql`((${booked} % ${RATE_BUDGET_RING}::int)::int + 1)`
  const want = Math.max(0, Math.floor(r.want))
  const report = Math.max(0, Math.floor(r.report))
  const grant = sql`case when ${t}.blocked_until > clock_timestamp() then 0
    else greatest(0, least(${want}::int, ${r.max}::int - ${usedOf(t, cur, r.buckets)} - ${report}::int)) end`
  const daily = r.daily
  const at = daily === undefined ? sql`null::timestamptz` : sql`to_timestamp(${daily.at}::float8 / 1000)`
  const newer = sql`(${at} is not null and (${t}.daily_observed_at is null or ${t}.daily_observed_at < ${at}))`
  const stamps = sql`(select array_agg(case when i = ${j} then ${booked} end order by i) from generate_series(1, ${RATE_BUDGET_RING}::int) as i)`
  const firstGrant = sql`greatest(0, least(${want}::int, ${r.max}::int - ${report}::int))`
  // RETURNING sees the row after the update: the earliest bucket whose freeing makes `n` slots free.
  const freeIn = (n: number): SQL => sql`(select (min(x.s) + ${r.buckets}::int) * ${r.bucketMs}::float8 - extract(epoch from clock_timestamp()) * 1000
    from (select u.s, sum(u.c) over (order by u.s) as freed from unnest(${t}.counts, ${t}.stamps) as u(c, s)
      where u.s > ${cur} - ${r.buckets}::int and u.c > 0) as x
    where x.freed >= ${n}::int - (${r.max}::int - ${usedOf(t, cur, r.buckets)}))`
  return sql`insert into ${table} as ${t} (connection, stamps, counts, granted, daily_remaining, daily_limit, daily_observed_at, updated_at)
    values (${r.connection}, ${stamps}, (select array_agg(case when i = ${j} then ${firstGrant} + ${report}::int end order by i)
      from generate_series(1, ${RATE_BUDGET_RING}::int) as i), ${firstGrant},
      ${daily?.remaining ?? null}::int, ${daily?.limit ?? null}::int, ${at}, clock_timestamp())
    on conflict (connection) do update set
      counts[${j}] = case when ${t}.stamps[${j}] = ${booked} then coalesce(${t}.counts[${j}], 0) else 0 end + ${grant} + ${report}::int,
      stamps[${j}] = ${booked},
      granted = ${grant},
      daily_remaining = case when ${newer} then ${daily?.remaining ?? null}::int else ${t}.daily_remaining end,
      daily_limit = case when ${newer} then coalesce(${daily?.limit ?? null}::int, ${t}.daily_limit) else ${t}.daily_limit end,
      daily_observed_at = case when ${newer} then ${at} else ${t}.daily_observed_at end,
      updated_at = clock_timestamp()
    returning granted,
      (${target} + 1) * ${r.bucketMs}::float8 - extract(epoch from clock_timestamp()) * 1000 as valid_ms,
      ${freeIn(1)} as free_ms,
      ${freeIn(Math.max(1, Math.floor(r.batch ?? 1)))} as batch_free_ms,
      greatest(0, coalesce(extract(epoch from (blocked_until - clock_timestamp())) * 1000, 0))::float8 as blocked_ms,
      daily_remaining, daily_limit`
}

export class RateBudgetStore {
  readonly #db: Db
  readonly #listen: RateBudgetStoreParts['listen']
  readonly #names: DbNamespace
  /** Round trips this store made (leases, pauses, reads): what the fleet budget costs the database. */
  queries = 0

  constructor (parts: RateBudgetStoreParts) {
    this.#db = parts.db
    this.#listen = parts.listen
    this.#names = parts.names
  }

  async #run (query: SQL): Promise<Array<Record<string, unknown>>> {
    this.queries++
    return rowsOf(await this.#db.execute(query))
  }

  /** Books `report` unleased requests, then grants up to `want` slots (fewer when the window is full, none while paused). */
  async lease (request: LeaseRequest): Promise<Lease> {
    const [row] = await this.#run(leaseQuery(this.#names.rateBudget, request))
    return {
      granted: Number(row.granted),
      validForMs: Math.max(0, Number(row.valid_ms)),
      freeInMs: row.free_ms === null ? null : Math.max(0, Number(row.free_ms)),
      batchFreeInMs: row.batch_free_ms === null ? null : Math.max(0, Number(row.batch_free_ms)),
      blockedForMs: Number(row.blocked_ms),
      dailyRemaining: num(row.daily_remaining),
      dailyLimit: num(row.daily_limit)
    }
  }

  /** GHL answered 429: nobody in the fleet leases for `ms` from now; the peers are told at once (NOTIFY). */
  async pause (connection: string, ms: number): Promise<void> {
    const until = sql`now() + ${Math.max(1, Math.ceil(ms))}::float8 * interval '1 millisecond'`
    await this.#run(sql`with paused as (
      insert into ${this.#names.rateBudget} as b (connection, blocked_until, updated_at) values (${connection}, ${until}, now())
      on conflict (connection) do update set blocked_until = greatest(coalesce(b.blocked_until, ${until}), ${until}), updated_at = now()
      returning connection, blocked_until)
      select pg_notify(${this.#names.channels.rateBudget}, ceil(extract(epoch from (blocked_until - now())) * 1000)::bigint || ' ' || connection) from paused`)
  }

  /** The connection's row as the fleet sees it (null when no instance leased for it yet). */
  async read (connection: string, bucketMs: number, buckets: number): Promise<RateBudgetRow | null> {
    const t = sql.raw('b')
    const [row] = await this.#run(sql`select connection, ${usedOf(t, current(bucketMs), buckets)} as used,
      greatest(0, coalesce(extract(epoch from (blocked_until - now())) * 1000, 0))::float8 as blocked_ms,
      daily_remaining, daily_limit, daily_observed_at
      from ${this.#names.rateBudget} as b where connection = ${connection}`)
    if (row === undefined) return null
    return {
      connection: row.connection as string,
      used: Number(row.used),
      blockedForMs: Number(row.blocked_ms),
      dailyRemaining: num(row.daily_remaining),
      dailyLimit: num(row.daily_limit),
      dailyObservedAt: row.daily_observed_at === null ? null : new Date(row.daily_observed_at as string)
    }
  }

  /** Shared pauses announced by any instance: `onPause(connection, ms)`. */
  async subscribe (onPause: (connection: string, ms: number) => void): Promise<RateBudgetSubscription> {
    return await this.#listen((message) => {
      const space = message.indexOf(' ')
      const ms = Number(message.slice(0, space))
      if (space > 0 && Number.isFinite(ms)) onPause(message.slice(space + 1), ms)
    })
  }
}

/** A token store that keeps the fleet's rate budget (the built-in pg and PGlite stores). */
export interface RateBudgetSource { rateBudget (): RateBudgetStore }

/** The store's rate budget, or undefined for a host's own TokenStore without one. */
export function rateBudgetOf (store: object): RateBudgetStore | undefined {
  const source = store as Partial<RateBudgetSource>
  return typeof source.rateBudget === 'function' ? source.rateBudget() : undefined
}

// The fleet's GHL rate budget per connection (table ghl_rate_budget): instances lease request slots a batch at a time
// with one statement on the connection's row (SELECT … FOR UPDATE serialises the leases of every instance, then the
// row is updated or, the first time, inserted), pause the connection for everyone after a 429 (NOTIFY tells the peers
// at once), and share the daily remaining GHL last reported.
//
// Slots are counted in time buckets of `bucketMs` on the database clock: (bucket number, count) pairs in two arrays,
// the bookings still live (older ones are dropped by each lease). A booking on bucket `s` holds its slots until bucket
// `s + buckets`, so a lease starting at bucket `x` sees as used every count whose bucket is newer than `x - buckets`.
// A lease takes the slots free now when there are enough; otherwise it books the next ones to free, in the future
// (starting at the bucket where `batch` slots are free, at most `aheadBuckets` ahead): an instance that asks when the
// window is full gets its turn instead of nothing, so instances never race for a freed batch. A grant usable until
// the end of bucket `target` is booked on `target + holdBuckets`; the caller picks `buckets` so that a slot stays
// booked one GHL window past the end of its validity (see lib/client/fleet-limiter.ts).
import { sql, type SQL } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type { DbNamespace } from './namespace.js'

type Db = PgDatabase<PgQueryResultHKT>

/** LISTEN/NOTIFY channel of the shared 429 pauses (of the public schema; db/namespace.ts): payload `<ms> <connection>`. */
export { RATE_BUDGET_CHANNEL } from './namespace.js'

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
  /** Fewer slots than this (or `want`) free now: the grant starts where this many are free (default 1; where the first
   * slot frees when that is beyond `aheadBuckets`). */
  batch?: number
  /** A grant starts at most this many buckets ahead of the current one (default 0: only slots free now). */
  aheadBuckets?: number
  /** Requests this instance sent without a lease since it last reported (booked now, before the grant). */
  report: number
  /** The daily budget GHL last reported to this instance, with when (epoch ms), if it did. */
  daily?: { remaining: number, limit: number | null, at: number }
}

export interface Lease {
  granted: number
  /** ms from now (database clock) until the slots granted may be used (0: now). */
  startsInMs: number
  /** ms from now (database clock) until the slots granted may no longer be used. */
  validForMs: number
  /** Nothing granted: ms from now until it is worth asking again (null: never, with these settings). */
  freeInMs: number | null
  /** ms from now until the shared pause after a 429 ends (0 when none). */
  blockedForMs: number
  /** ms the statement waited for the row lock (behind peers' leases) before it read the clock: "now" above. */
  waitedMs: number
  /** "Now": the database clock (epoch ms) the lease read (null when it got no row). */
  nowMs: number | null
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
  const want = Math.max(0, Math.floor(r.want))
  const report = Math.max(0, Math.floor(r.report))
  const need = Math.max(1, Math.min(want, Math.floor(r.batch ?? 1)))
  const ahead = Math.max(0, Math.floor(r.aheadBuckets ?? 0))
  const bucketMs = sql`${r.bucketMs}::float8`
  const buckets = sql`${r.buckets}::int`
  const minValid = sql`${r.minValidMs}::float8`
  const daily = r.daily
  const at = daily === undefined ? sql`null::timestamptz` : sql`to_timestamp(${daily.at}::float8 / 1000)`
  const remaining = sql`${daily?.remaining ?? null}::int`
  const limit = sql`${daily?.limit ?? null}::int`
  // One clock reading, after the row lock (a lease that waited behind its peers must not date its slots from before).
  // `opens`: the first bucket a grant may start in (after a shared pause). `cand`: the buckets where slots free, each
  // with the slots free then; `f`: where the grant starts.
  return sql`with locked as (select b.counts, b.stamps, b.blocked_until from ${table} as b where b.connection = ${r.connection} for update),
    clock as (select extract(epoch from clock_timestamp()) * 1000 as ms, extract(epoch from clock_timestamp() - statement_timestamp()) * 1000 as waited,
        l.counts, l.stamps,
        coalesce(extract(epoch from l.blocked_until) * 1000, 0) as blocked_ms, l.stamps is not null as found
      from (select 1) as one left join locked as l on true),
    base as (select c.*, floor(c.ms / ${bucketMs})::bigint as cur,
        case when c.blocked_ms > c.ms then ceil(c.blocked_ms / ${bucketMs})::bigint else floor(c.ms / ${bucketMs})::bigint end as opens
      from clock as c),
    live as (select u.s, u.c from base, unnest(base.counts, base.stamps) as u(c, s) where u.s > base.cur - ${buckets} and u.c > 0),
    cand as (select xs.x, ${r.max}::int - ${report}::int - (select coalesce(sum(l.c), 0)::int from live as l where l.s > xs.x - ${buckets}) as free
      from (select base.opens as x from base union select l.s + ${buckets} from live as l, base where l.s + ${buckets} > base.opens) as xs),
    pick as (select base.*, (select min(x) from cand where free >= 1) as f1, (select min(x) from cand where free >= ${need}::int) as fb from base),
    starts as (select p.*, case when p.fb is not null and p.fb - p.cur <= ${ahead}::int then p.fb else p.f1 end as f from pick as p),
    g as (select s.*, case when s.f is null or s.f - s.cur > ${ahead}::int then 0
        else least(${want}::int, (select cand.free from cand where cand.x = s.f)) end as granted from starts as s),
    gt as (select g.*, case when g.granted > 0
        then greatest(g.f + ceil(${minValid} / ${bucketMs})::bigint - 1, floor((g.ms + ${minValid}) / ${bucketMs})::bigint)
        else floor((g.ms + ${minValid}) / ${bucketMs})::bigint end + ${r.validBuckets}::int as target from g),
    merged as (select m.s, sum(m.c)::int as c from (select s, c from live
        union all select gt.target + ${r.holdBuckets}::int, gt.granted + ${report}::int from gt where gt.granted + ${report}::int > 0) as m group by m.s),
    arrays as (select coalesce(array_agg(c order by s), '{}') as counts, coalesce(array_agg(s order by s), '{}') as stamps from merged),
    upd as (update ${table} as b set counts = a.counts, stamps = a.stamps, granted = gt.granted,
        daily_remaining = case when ${at} is not null and (b.daily_observed_at is null or b.daily_observed_at < ${at}) then ${remaining} else b.daily_remaining end,
        daily_limit = case when ${at} is not null and (b.daily_observed_at is null or b.daily_observed_at < ${at}) then coalesce(${limit}, b.daily_limit) else b.daily_limit end,
        daily_observed_at = case when ${at} is not null and (b.daily_observed_at is null or b.daily_observed_at < ${at}) then ${at} else b.daily_observed_at end,
        updated_at = clock_timestamp()
      from gt, arrays as a where b.connection = ${r.connection} and gt.found
      returning b.daily_remaining, b.daily_limit),
    ins as (insert into ${table} (connection, stamps, counts, granted, daily_remaining, daily_limit, daily_observed_at, updated_at)
      select ${r.connection}, a.stamps, a.counts, gt.granted, ${remaining}, ${limit}, ${at}, clock_timestamp() from gt, arrays as a where not gt.found
      on conflict (connection) do nothing
      returning daily_remaining, daily_limit)
    select gt.granted,
      case when gt.granted > 0 then greatest(0, gt.f * ${bucketMs} - gt.ms) else 0 end as starts_ms,
      (gt.target + 1) * ${bucketMs} - gt.ms as valid_ms,
      case when gt.granted > 0 or gt.f is null then null else greatest(0, (gt.f - ${ahead}::int) * ${bucketMs} - gt.ms) end as free_ms,
      greatest(0, gt.blocked_ms - gt.ms)::float8 as blocked_ms, greatest(0, gt.waited)::float8 as waited_ms, gt.ms::float8 as now_ms,
      r.daily_remaining, r.daily_limit
    from gt, (select * from upd union all select * from ins) as r`
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

  /**
   * Books `report` unleased requests, then grants up to `want` slots: free now, or the next ones to free (at most
   * `aheadBuckets` ahead, and after a shared pause); none when they free later than that.
   */
  async lease (request: LeaseRequest): Promise<Lease> {
    const [row] = await this.#run(leaseQuery(this.#names.rateBudget, request))
    // No row: a peer inserted the connection's first row at the same moment (ON CONFLICT DO NOTHING); ask again.
    if (row === undefined) return { granted: 0, startsInMs: 0, validForMs: 0, freeInMs: 0, blockedForMs: 0, waitedMs: 0, nowMs: null, dailyRemaining: null, dailyLimit: null }
    return {
      granted: Number(row.granted),
      startsInMs: Math.max(0, Number(row.starts_ms)),
      validForMs: Math.max(0, Number(row.valid_ms)),
      freeInMs: row.free_ms === null ? null : Math.max(0, Number(row.free_ms)),
      blockedForMs: Number(row.blocked_ms),
      waitedMs: Number(row.waited_ms),
      nowMs: Number(row.now_ms),
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

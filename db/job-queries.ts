// The SQL of the durable job queue, in one place (as pg-boss keeps its plans): enqueue, the fair claim with
// FOR UPDATE SKIP LOCKED, lease renewal and expiry, and the state changes of a claimed job. Every statement is a
// drizzle `sql` object, so it runs on a drizzle database, a drizzle transaction, or (rendered to text and params)
// on a host's pg client or PGlite transaction. Times are the database's clock: the fleet shares one.
import { sql, type SQL } from 'drizzle-orm'
import type { JobRow, JobStatus, NewJob } from './job-types.js'
import type { DbNamespace } from './namespace.js'

const NOW = sql.raw('clock_timestamp()')

/** `now + ms` on the database's clock. */
function later (ms: number): SQL {
  return sql`(${NOW} + ${Math.max(0, Math.round(ms))}::float8 * interval '1 millisecond')`
}

/** ids as one text parameter (drizzle expands JS arrays into lists; this keeps one parameter on every backend). */
function idList (ids: readonly number[]): SQL {
  return sql`string_to_array(${ids.map((id) => String(Math.trunc(id))).join(',')}, ',')::bigint[]`
}

const COLUMNS = ['id', 'queue', 'op', 'key', 'group_key', 'connection', 'payload', 'status', 'attempts', 'max_attempts', 'run_at',
  'locked_until', 'locked_by', 'parked_reason', 'last_error', 'result', 'created_at', 'updated_at', 'delivered_at']
export const JOB_COLUMNS = sql.raw(COLUMNS.join(', '))
/** The columns qualified by the claim's table alias (its UPDATE … FROM joins another relation with an id). */
const CLAIMED_COLUMNS = sql.raw(COLUMNS.map((c) => 'j.' + c).join(', '))

/** Inserts the job unless its key exists; an inserted job NOTIFYs the queue's relays (at commit, when in a transaction). */
export function insertJob (q: DbNamespace, job: NewJob, queue: string): SQL {
  return sql`insert into ${q.jobs} (queue, op, key, group_key, connection, payload, max_attempts, run_at)
    values (${queue}, ${job.op}, ${job.key}, ${job.group ?? job.key}, ${job.connection}, ${JSON.stringify(job.payload ?? null)}::jsonb,
      ${job.maxAttempts}, coalesce(${job.runAt?.toISOString() ?? null}::timestamptz, now()))
    on conflict (key) do nothing
    returning id, key, status, pg_notify(${q.channels.jobs}, ${queue}) is null as notified`
}

export function jobByKey (q: DbNamespace, key: string): SQL {
  return sql`select id, key, status from ${q.jobs} where key = ${key}`
}

/**
 * Claims up to `limit` due jobs, fairly across connections, one group step at a time:
 * 1. a skip scan over the claim index lists the connections with pending work (one index probe each);
 * 2. per connection, its first due jobs in id order whose group has no earlier unfinished job;
 * 3. ranked by their position within their connection (every connection's first job before anyone's second), ties
 *    shuffled, so one location's backlog of 50,000 never delays another location's new job;
 * 4. locked with SKIP LOCKED (another instance's claim is skipped, never waited for) and leased.
 * A claim counts as an attempt started; parking gives it back.
 */
export function claimJobs (q: DbNamespace, queue: string, worker: string, limit: number, leaseMs: number, skip: readonly string[] = []): SQL {
  // Connections parked fleet-wide (breaker open, re-authorization) are skipped without a look at their jobs.
  const skipped = skip.length === 0 ? sql`` : sql` and conns.connection <> all(array(select jsonb_array_elements_text(${JSON.stringify(skip)}::jsonb)))`
  return sql`with recursive conns as (
      (select connection from ${q.jobs} where queue = ${queue} and status = 'pending' order by connection limit 1)
      union all
      select (select j.connection from ${q.jobs} j
              where j.queue = ${queue} and j.status = 'pending' and j.connection > conns.connection
              order by j.connection limit 1)
      from conns where conns.connection is not null
    ),
    live as (
      select connection from conns where conns.connection is not null${skipped}
    ),
    -- Each connection's first due job: with at least \`limit\` of them (many connections), that is the whole claim.
    firsts as (
      select c.id, 1::bigint as rn from live cross join lateral (
        select p.id from ${q.jobs} p
        where p.queue = ${queue} and p.connection = live.connection and p.status = 'pending' and p.run_at <= ${NOW}
          and not exists (select 1 from ${q.jobs} e
                          where e.group_key = p.group_key and e.id < p.id and e.status in ('pending', 'in_flight'))
        order by p.id limit 1
      ) c
    ),
    -- Second and later jobs per connection, looked at only when the firsts do not fill the claim (few connections).
    rest as (
      select c.id, c.rn from live cross join lateral (
        select p.id, row_number() over (order by p.id) as rn from (
          select p.id from ${q.jobs} p
          where p.queue = ${queue} and p.connection = live.connection and p.status = 'pending' and p.run_at <= ${NOW}
            and not exists (select 1 from ${q.jobs} e
                            where e.group_key = p.group_key and e.id < p.id and e.status in ('pending', 'in_flight'))
          order by p.id limit ${limit}
        ) p
      ) c
      where (select count(*) from firsts) < ${limit} and c.rn > 1
    ),
    candidates as (
      select id from (select id, rn from firsts union all select id, rn from rest) ranked
      order by rn, random()
      limit ${limit}
    ),
    picked as (
      select j.id from ${q.jobs} j
      where j.id in (select id from candidates) and j.status = 'pending' and j.run_at <= ${NOW}
      for update skip locked
    )
    update ${q.jobs} j set status = 'in_flight', attempts = j.attempts + 1, locked_by = ${worker},
      locked_until = ${later(leaseMs)}, parked_reason = null, updated_at = ${NOW}
    from picked where j.id = picked.id
    returning ${CLAIMED_COLUMNS}`
}

export function renewLeases (q: DbNamespace, ids: readonly number[], worker: string, leaseMs: number): SQL {
  return sql`update ${q.jobs} set locked_until = ${later(leaseMs)}
    where id = any(${idList(ids)}) and locked_by = ${worker} and status = 'in_flight' returning id`
}

/** In-flight jobs whose lease ran out (their instance died or hung) go back to pending, or dead past max_attempts. */
export function expireLeases (q: DbNamespace, queue: string): SQL {
  return sql`update ${q.jobs} set
      status = case when attempts >= max_attempts then 'dead' else 'pending' end,
      last_error = 'the lease of ' || coalesce(locked_by, '?') || ' expired before the delivery was recorded (instance stopped or crashed)',
      locked_by = null, locked_until = null, run_at = ${NOW}, updated_at = ${NOW}
    where status = 'in_flight' and locked_until < ${NOW} and queue = ${queue}
    returning ${JOB_COLUMNS}`
}

/**
 * Delivered, lease released, in one statement. Also accepted from pending: a job whose lease expired while its
 * delivery still succeeded is done, not to be delivered again.
 */
export function completeJob (q: DbNamespace, id: number, result: unknown): SQL {
  return sql`update ${q.jobs} set status = 'delivered', result = ${JSON.stringify(result ?? null)}::jsonb,
      delivered_at = ${NOW}, updated_at = ${NOW}, locked_by = null, locked_until = null, parked_reason = null, last_error = null
    where id = ${id} and status in ('in_flight', 'pending')
    returning ${JOB_COLUMNS}`
}

/** A failed attempt: back to pending after `delayMs`, or dead when it was the last one (or `dead` says so). */
export function failJob (q: DbNamespace, id: number, worker: string, error: string, delayMs: number, dead: boolean): SQL {
  const status = dead ? sql`'dead'` : sql`case when attempts >= max_attempts then 'dead' else 'pending' end`
  return sql`update ${q.jobs} set status = ${status}, last_error = ${error}, run_at = ${later(delayMs)},
      locked_by = null, locked_until = null, parked_reason = null, updated_at = ${NOW}
    where id = ${id} and locked_by = ${worker} and status = 'in_flight'
    returning ${JOB_COLUMNS}`
}

/** Waits without burning the attempt: back to pending until `delayMs` from now, with the reason. */
export function parkJob (q: DbNamespace, id: number, worker: string, reason: string, delayMs: number): SQL {
  return sql`update ${q.jobs} set status = 'pending', attempts = greatest(attempts - 1, 0), run_at = ${later(delayMs)},
      parked_reason = ${reason}, last_error = ${reason}, locked_by = null, locked_until = null, updated_at = ${NOW}
    where id = ${id} and locked_by = ${worker} and status = 'in_flight'
    returning ${JOB_COLUMNS}`
}

/** The other due jobs of a connection that cannot work now wait too, so they are not claimed one by one to learn it. */
export function parkConnection (q: DbNamespace, queue: string, connection: string, reason: string, delayMs: number): SQL {
  return sql`update ${q.jobs} set run_at = ${later(delayMs)}, parked_reason = ${reason}, updated_at = ${NOW}
    where queue = ${queue} and connection = ${connection} and status = 'pending' and run_at < ${later(delayMs)}
    returning id`
}

/** The connection works again (breaker closed, new tokens): its parked jobs are due now. */
export function resumeConnection (q: DbNamespace, queue: string, connection: string): SQL {
  return sql`update ${q.jobs} set run_at = ${NOW}, parked_reason = null, updated_at = ${NOW}
    where queue = ${queue} and connection = ${connection} and status = 'pending' and parked_reason is not null
    returning id`
}

/** Hands claimed jobs back (a stopping instance), attempts given back. */
export function releaseJobs (q: DbNamespace, ids: readonly number[], worker: string): SQL {
  return sql`update ${q.jobs} set status = 'pending', attempts = greatest(attempts - 1, 0), run_at = ${NOW},
      locked_by = null, locked_until = null, updated_at = ${NOW}
    where id = any(${idList(ids)}) and locked_by = ${worker} and status = 'in_flight'
    returning id`
}

/** A dead job back to pending with fresh attempts. */
export function retryJob (q: DbNamespace, id: number): SQL {
  return sql`update ${q.jobs} set status = 'pending', attempts = 0, run_at = ${NOW}, parked_reason = null, updated_at = ${NOW}
    where id = ${id} and status = 'dead'
    returning ${JOB_COLUMNS}`
}

/** Every dead job of the queue (or of one connection) back to pending with fresh attempts, in one statement. */
export function retryDeadJobs (q: DbNamespace, queue: string, connection?: string): SQL {
  return sql`with retried as (
      update ${q.jobs} set status = 'pending', attempts = 0, run_at = ${NOW}, parked_reason = null, updated_at = ${NOW}
      where queue = ${queue} and status = 'dead'${connection === undefined ? sql`` : sql` and connection = ${connection}`}
      returning 1)
    select count(*)::int as n from retried`
}

export function notifyQueue (q: DbNamespace, queue: string, payload: string = queue): SQL {
  return sql`select pg_notify(${q.channels.jobs}, ${payload})`
}

/** Connections with parked jobs still waiting, and for how long (an instance that starts learns the fleet's parks). */
export function parkedConnections (q: DbNamespace, queue: string): SQL {
  return sql`select connection, ceil(extract(epoch from (max(run_at) - ${NOW})) * 1000)::float8 as ms, min(parked_reason) as reason
    from ${q.jobs} where queue = ${queue} and status = 'pending' and parked_reason is not null and run_at > ${NOW}
    group by connection`
}

/** Counts by status of the given jobs (a backfill's progress). */
export function statusCounts (q: DbNamespace, ids: readonly number[]): SQL {
  return sql`select status, count(*)::int as n from ${q.jobs} where id = any(${idList(ids)}) group by status`
}

/**
 * Exact counts per status (one statement, one snapshot), of the queue or of one connection. A pending job is parked
 * (waiting for its connection), scheduled (not due yet: a later runAt, a paced backfill, a retry's backoff) or due.
 * The oldest pending age counts a never-tried job from when it became due (a job scheduled for tomorrow is not "old").
 */
export function jobStats (q: DbNamespace, queue: string, connection?: string): SQL {
  const due = sql`case when attempts = 0 and parked_reason is null then greatest(created_at, run_at) else created_at end`
  return sql`select status, count(*)::int as n, count(*) filter (where parked_reason is not null)::int as parked,
      count(*) filter (where parked_reason is null and run_at > ${NOW})::int as scheduled,
      greatest(coalesce(extract(epoch from (${NOW} - min(${due}))), 0), 0)::float8 as oldest
    from ${q.jobs} where queue = ${queue}${connection === undefined ? sql`` : sql` and connection = ${connection}`} group by status`
}

export function pruneDelivered (q: DbNamespace, queue: string, before: Date): SQL {
  return sql`with pruned as (
      delete from ${q.jobs} where status = 'delivered' and delivered_at < ${before.toISOString()}::timestamptz and queue = ${queue}
      returning 1)
    select count(*)::int as n from pruned`
}

function date (value: unknown): Date {
  return value instanceof Date ? value : new Date(value as string)
}

function maybeDate (value: unknown): Date | null {
  return value === null || value === undefined ? null : date(value)
}

/** A row as returned by the statements above (snake_case, int8 as text on node-postgres). */
export function toJobRow (row: Record<string, unknown>): JobRow {
  return {
    id: Number(row.id),
    queue: row.queue as string,
    op: row.op as string,
    key: row.key as string,
    groupKey: row.group_key as string,
    connection: row.connection as string,
    payload: row.payload,
    status: row.status as JobStatus,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    runAt: date(row.run_at),
    lockedUntil: maybeDate(row.locked_until),
    lockedBy: (row.locked_by ?? null) as string | null,
    parkedReason: (row.parked_reason ?? null) as string | null,
    lastError: (row.last_error ?? null) as string | null,
    result: row.result ?? null,
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
    deliveredAt: maybeDate(row.delivered_at)
  }
}

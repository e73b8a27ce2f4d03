// The job queue's store on both backends (node-postgres on a real Postgres, and PGlite): idempotent enqueue, enqueue
// inside each kind of host transaction, per-group order, fairness across connections, leases, park/resume, dead and
// retry, stats and pruning, NOTIFY on enqueue.
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import pg from 'pg'
import t, { type Test } from 'tap'
import { createPgliteTokenStore, createPgTokenStore, type JobStore, type NewJob, type TokenStore } from '../../db/index.js'
import { parseQueueMessage } from '../../db/job-types.js'
import { eventually } from '../helpers/app.js'
import { testDatabase } from '../helpers/db.js'

interface Backend {
  store: TokenStore
  jobs: JobStore
  /** Runs fn in each host-transaction kind of this backend; `commit: false` rolls back. */
  txKinds: Array<{ name: string, run: (commit: boolean, fn: (tx: any) => Promise<void>) => Promise<void> }>
  sql: (text: string) => Promise<any[]>
}

class Rollback extends Error {}

async function pgBackend (t: Test): Promise<Backend> {
  const pool = new pg.Pool({ connectionString: await testDatabase(t), max: 6 })
  pool.on('error', () => {})
  const store = createPgTokenStore({ pool })
  t.teardown(async () => { await store.close(); await pool.end() })
  await store.migrate()
  const db = drizzlePg(pool)
  return {
    store,
    jobs: store.jobs!(),
    sql: async (text) => (await pool.query(text)).rows,
    txKinds: [
      {
        name: 'pg.PoolClient inside BEGIN',
        run: async (commit, fn) => {
          const client = await pool.connect()
          try {
            await client.query('BEGIN')
            await fn(client)
            await client.query(commit ? 'COMMIT' : 'ROLLBACK')
          } finally { client.release() }
        }
      },
      {
        name: 'drizzle transaction over pg',
        run: async (commit, fn) => {
          await db.transaction(async (tx) => {
            await fn(tx)
            if (!commit) throw new Rollback()
          }).catch((err) => { if (!(err instanceof Rollback)) throw err })
        }
      }
    ]
  }
}

async function pgliteBackend (t: Test): Promise<Backend> {
  const pglite = new PGlite()
  const store = createPgliteTokenStore({ pglite })
  t.teardown(async () => { await store.close(); await pglite.close() })
  await store.migrate()
  const db = drizzlePglite(pglite)
  return {
    store,
    jobs: store.jobs!(),
    sql: async (text) => (await pglite.query(text)).rows as any[],
    txKinds: [
      {
        name: 'drizzle transaction over PGlite',
        run: async (commit, fn) => {
          await db.transaction(async (tx) => {
            await fn(tx)
            if (!commit) throw new Rollback()
          }).catch((err) => { if (!(err instanceof Rollback)) throw err })
        }
      },
      {
        name: 'PGlite transaction',
        run: async (commit, fn) => {
          await pglite.transaction(async (tx) => {
            await fn(tx)
            if (!commit) await tx.rollback()
          })
        }
      }
    ]
  }
}

const job = (key: string, extra: Partial<NewJob> = {}): NewJob => ({ op: 'test', key, connection: 'loc_a', payload: { key }, maxAttempts: 3, ...extra })
const W = 'worker-1'
const LEASE = 30_000

for (const [name, open] of [['pg', pgBackend], ['pglite', pgliteBackend]] as const) {
  t.test(`${name}: the migration widens the connection status check to 'suspended'`, async (t) => {
    const b = await open(t)
    await b.sql("INSERT INTO ghl_connections (id, user_type, status) VALUES ('loc_s', 'Location', 'suspended')")
    await t.rejects(b.sql("INSERT INTO ghl_connections (id, user_type, status) VALUES ('loc_x', 'Location', 'bogus')"), 'other values are still refused')
    await t.rejects(b.sql("INSERT INTO ghl_jobs (op, key, group_key, connection, payload, max_attempts, status) VALUES ('x', 'k', 'k', 'c', '{}', 1, 'bogus')"), 'job status is checked')
  })

  t.test(`${name}: enqueue is idempotent on the key`, async (t) => {
    const b = await open(t)
    const first = await b.jobs.enqueue(job('k1'))
    const second = await b.jobs.enqueue(job('k1', { payload: { other: true } }))
    t.match(first, { key: 'k1', status: 'pending', created: true })
    t.match(second, { id: first.id, key: 'k1', status: 'pending', created: false })
    t.equal((await b.sql('SELECT count(*)::int AS n FROM ghl_jobs'))[0].n, 1)
    t.same((await b.jobs.get(first.id))?.payload, { key: 'k1' }, 'the first payload is kept')
    t.equal((await b.jobs.getByKey('k1'))?.id, first.id)
  })

  t.test(`${name}: enqueue joins each kind of host transaction`, async (t) => {
    const b = await open(t)
    const heard: string[] = []
    await b.jobs.subscribe((q) => { heard.push(q) })
    for (const kind of b.txKinds) {
      const committed = `${kind.name} commit`
      const rolled = `${kind.name} rollback`
      await kind.run(true, async (tx) => { t.match(await b.jobs.enqueue(job(committed), tx), { created: true }) })
      await kind.run(false, async (tx) => { t.match(await b.jobs.enqueue(job(rolled), tx), { created: true }) })
      t.ok(await b.jobs.getByKey(committed), `${kind.name}: committed job stored`)
      t.equal(await b.jobs.getByKey(rolled), null, `${kind.name}: rolled-back job never stored`)
    }
    const claimed = await b.jobs.claim({ worker: W, limit: 10, leaseMs: LEASE })
    t.same(claimed.map((j) => j.key).sort(), b.txKinds.map((k) => `${k.name} commit`).sort(), 'only committed jobs are ever claimed')
    await new Promise((resolve) => setTimeout(resolve, 200))
    t.ok(heard.length >= 1 && heard.every((q) => q === 'outbox'), 'NOTIFY on the jobs channel with the queue name')
  })

  t.test(`${name}: jobs of one group run one at a time, in order`, async (t) => {
    const b = await open(t)
    for (const step of ['s1', 's2', 's3']) await b.jobs.enqueue(job(step, { group: 'signup-1' }))
    await b.jobs.enqueue(job('solo'))
    const first = await b.jobs.claim({ worker: W, limit: 10, leaseMs: LEASE })
    t.same(first.map((j) => j.key).sort(), ['s1', 'solo'], 'only the head of the group is claimable')
    t.same(await b.jobs.claim({ worker: W, limit: 10, leaseMs: LEASE }), [], 'nothing while s1 is in flight')
    const s1 = first.find((j) => j.key === 's1')!
    // A failed step blocks the next one too, while it waits for its retry.
    await b.jobs.fail(s1.id, W, 'boom', 0)
    const again = await b.jobs.claim({ worker: W, limit: 10, leaseMs: LEASE })
    t.same(again.map((j) => j.key), ['s1'], 's1 again, not s2')
    await b.jobs.complete(s1.id, { ok: true })
    t.same((await b.jobs.claim({ worker: W, limit: 10, leaseMs: LEASE })).map((j) => j.key), ['s2'])
  })

  t.test(`${name}: fair across connections — a backlog never starves another location's new job`, async (t) => {
    const b = await open(t)
    await b.sql(`INSERT INTO ghl_jobs (op, key, group_key, connection, payload, max_attempts)
      SELECT 'test', 'big-' || i, 'big-' || i, 'loc_big', '{}', 3 FROM generate_series(1, 5000) AS i`)
    await b.jobs.enqueue(job('small-1', { connection: 'loc_small' }))
    const started = performance.now()
    const claimed = await b.jobs.claim({ worker: W, limit: 4, leaseMs: LEASE })
    const ms = performance.now() - started
    t.equal(claimed.length, 4)
    t.ok(claimed.some((j) => j.key === 'small-1'), 'the small location is served in the first claim')
    t.same(claimed.filter((j) => j.connection === 'loc_big').map((j) => j.key), ['big-1', 'big-2', 'big-3'].filter((k) => claimed.some((j) => j.key === k)), 'the backlog in order')
    t.ok(ms < 2000, `the claim stays quick over a 5,000 backlog (${ms.toFixed(1)} ms)`)
  })

  t.test(`${name}: leases — renewal, expiry and takeover, release on stop`, async (t) => {
    const b = await open(t)
    const { id } = await b.jobs.enqueue(job('leased'))
    const [mine] = await b.jobs.claim({ worker: 'dead-instance', limit: 1, leaseMs: 200 })
    t.equal(mine.id, id)
    t.same(await b.jobs.renew([id], 'someone-else', LEASE), [], 'only the holder renews')
    t.same(await b.jobs.claim({ worker: W, limit: 1, leaseMs: LEASE }), [], 'held: nobody else claims it')
    await new Promise((resolve) => setTimeout(resolve, 300))
    const expired = await b.jobs.expireLeases()
    t.match(expired, [{ id, status: 'pending', lastError: /lease of dead-instance expired/ }])
    const [taken] = await b.jobs.claim({ worker: W, limit: 1, leaseMs: LEASE })
    t.match(taken, { id, lockedBy: W, attempts: 2 })
    t.same(await b.jobs.renew([id], W, LEASE), [id])
    t.equal(await b.jobs.release([id], W), 1)
    t.match(await b.jobs.get(id), { status: 'pending', attempts: 1, lockedBy: null })
  })

  t.test(`${name}: fail with backoff, dead at max attempts, park gives the attempt back, retry`, async (t) => {
    const b = await open(t)
    const { id } = await b.jobs.enqueue(job('failing', { maxAttempts: 2 }))
    await b.jobs.claim({ worker: W, limit: 1, leaseMs: LEASE })
    t.match(await b.jobs.fail(id, W, '503 from GHL', 60_000), { status: 'pending', attempts: 1, lastError: '503 from GHL' })
    t.same(await b.jobs.claim({ worker: W, limit: 1, leaseMs: LEASE }), [], 'not due during its backoff')
    await b.sql(`UPDATE ghl_jobs SET run_at = now() WHERE id = ${id}`)
    await b.jobs.claim({ worker: W, limit: 1, leaseMs: LEASE })
    t.match(await b.jobs.park(id, W, 'breaker open', 60_000), { status: 'pending', attempts: 1, parkedReason: 'breaker open' }, 'parking burns no attempt')
    t.equal(await b.jobs.resume('loc_a'), 1, 'resume makes it due')
    await b.jobs.claim({ worker: W, limit: 1, leaseMs: LEASE })
    t.match(await b.jobs.fail(id, W, '503 again', 0), { status: 'dead', attempts: 2 }, 'dead at max attempts')
    t.match(await b.jobs.stats(), { pending: 0, dead: 1 })
    t.match(await b.jobs.retry(id), { status: 'pending', attempts: 0 })
    t.equal(await b.jobs.retry(id), null, 'only a dead job is retried')
    const [again] = await b.jobs.claim({ worker: W, limit: 1, leaseMs: LEASE })
    t.match(await b.jobs.complete(again.id, { contactId: 'c1' }), { status: 'delivered', result: { contactId: 'c1' }, lockedBy: null })
    t.equal(await b.jobs.fail(id, W, 'late', 0), null, 'a delivered job is not failed by a stale holder')
  })

  t.test(`${name}: parkConnection, stats, list and prune`, async (t) => {
    const b = await open(t)
    for (let i = 0; i < 3; i++) await b.jobs.enqueue(job(`a${i}`))
    await b.jobs.enqueue(job('b0', { connection: 'loc_b' }))
    t.equal(await b.jobs.parkConnection('loc_a', 'reauth required', 60_000), 3)
    const claimed = await b.jobs.claim({ worker: W, limit: 10, leaseMs: LEASE })
    t.same(claimed.map((j) => j.key), ['b0'], 'the parked connection waits; the other flows')
    await b.jobs.complete(claimed[0].id, null)
    const stats = await b.jobs.stats()
    t.match(stats, { pending: 3, inFlight: 0, delivered: 1, dead: 0, parked: 3 })
    t.ok(stats.oldestPendingSeconds >= 0)
    t.same((await b.jobs.list({ connection: 'loc_a', limit: 2 })).map((j) => j.key), ['a2', 'a1'], 'newest first, filtered')
    t.same((await b.jobs.list({ status: 'delivered' })).map((j) => j.key), ['b0'])
    t.equal(await b.jobs.prune(new Date(Date.now() - 60_000)), 0, 'recent deliveries kept')
    t.equal(await b.jobs.prune(new Date(Date.now() + 60_000)), 1)
    t.match(await b.jobs.stats(), { delivered: 0, pending: 3 })
  })

  t.test(`${name}: fleet-wide parks (signals, skip, parked connections) and exact stats per connection`, async (t) => {
    const b = await open(t)
    const heard: string[] = []
    await b.jobs.subscribe((m) => { heard.push(m) })
    await b.jobs.enqueue(job('p0'))
    await b.jobs.enqueue(job('q0', { connection: 'loc_b' }))
    t.same((await b.jobs.claim({ worker: W, limit: 10, leaseMs: LEASE, skip: ['loc_a'] })).map((j) => j.key), ['q0'], 'a skipped connection is not claimed')
    const [p0] = await b.jobs.claim({ worker: W, limit: 10, leaseMs: LEASE })
    await b.jobs.park(p0.id, W, 'reauth required', 60_000)
    await b.jobs.announcePark('loc_a', 'reauth required', 60_000)
    const parks = await b.jobs.parkedConnections()
    t.equal(parks.length, 1)
    t.match(parks[0], { connection: 'loc_a', reason: 'reauth required' })
    t.ok(parks[0].delayMs > 55_000 && parks[0].delayMs <= 60_000, `parked for the rest of its delay (${parks[0].delayMs} ms)`)
    await b.jobs.resume('loc_a')
    t.same(await b.jobs.parkedConnections(), [], 'resumed: nothing parked')
    await eventually(() => heard.length >= 4, 5000, 'the signals heard')
    const signals = heard.map((m) => parseQueueMessage(m))
    t.match(signals.find((m) => m?.type === 'park'), { type: 'park', queue: 'outbox', connection: 'loc_a', delayMs: 60_000, reason: 'reauth required' })
    t.match(signals.find((m) => m?.type === 'resume'), { type: 'resume', queue: 'outbox', connection: 'loc_a' })
    t.same(parseQueueMessage('outbox'), { type: 'wake', queue: 'outbox' })
    t.equal(parseQueueMessage('{"type":"park"}'), null, 'a malformed signal is ignored')

    await b.jobs.enqueue(job('later', { runAt: new Date(Date.now() + 3_600_000) }))
    await b.jobs.enqueue(job('due2', { connection: 'loc_b' }))
    await b.sql("UPDATE ghl_jobs SET created_at = now() - interval '90 seconds', run_at = now() - interval '90 seconds' WHERE key = 'due2'")
    await b.sql("UPDATE ghl_jobs SET created_at = now() - interval '2 hours' WHERE key = 'later'")
    const all = await b.jobs.stats()
    t.match(all, { pending: 3, inFlight: 1, scheduled: 1, parked: 0 }, 'p0 due again, later scheduled, due2 due; q0 in flight')
    t.ok(all.oldestPendingSeconds >= 89 && all.oldestPendingSeconds < 200, `a job scheduled for later is not the oldest pending (${all.oldestPendingSeconds} s)`)
    t.match(await b.jobs.stats(undefined, 'loc_b'), { pending: 1, inFlight: 1, scheduled: 0 }, 'one connection counted alone')
    const ids = (await b.jobs.list({ limit: 10 })).map((j) => j.id)
    t.same(await b.jobs.countStatuses(ids), { pending: 3, in_flight: 1, delivered: 0, dead: 0 })
    t.same(await b.jobs.countStatuses([]), { pending: 0, in_flight: 0, delivered: 0, dead: 0 })
  })
}

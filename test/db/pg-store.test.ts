import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import t, { type Test } from 'tap'
import {
  createPgTokenStore,
  findMigrationsFolder,
  LISTEN_APPLICATION_NAME,
  lockKeyFor,
  MIGRATIONS_SCHEMA,
  MIGRATIONS_TABLE,
  type NewConnection,
  type TokenStore
} from '../../db/index.js'
import { DATABASE_URL, pgStore, sqlClient, testDatabase } from '../helpers/db.js'

// What only the node-postgres store does: several pools on one database, connections that die,
// pool hygiene, and migrations raced by several instances.

const LOCK = { lockTimeoutMs: 5000, idleTimeoutMs: 10_000 }

function connection (id: string): NewConnection {
  return {
    id,
    userType: 'Location',
    locationId: id,
    accessTokenCiphertext: 'access-1',
    refreshTokenCiphertext: 'refresh-1',
    keyId: 'key-1',
    expiresAt: new Date(Date.now() + 3600_000)
  }
}

function deferred<T = void> (): { promise: Promise<T>, resolve: (value: T) => void } {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((res) => { resolve = res })
  return { promise, resolve }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

async function eventually<T> (what: string, fn: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await fn()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(25)
  }
}

/** Pids of the sessions holding an advisory lock in the current database. */
async function advisoryHolders (client: pg.Client): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>(`
    SELECT pid FROM pg_locks
    WHERE locktype = 'advisory' AND granted
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`)
  return rows.map((r) => r.pid)
}

async function twoStores (t: Test): Promise<{ url: string, a: TokenStore, b: TokenStore, admin: pg.Client }> {
  const url = await testDatabase(t)
  const a = await pgStore(t, { connectionString: url })
  const b = await pgStore(t, { connectionString: url, migrate: false })
  const admin = await sqlClient(t, url)
  return { url, a, b, admin }
}

t.test('createPgTokenStore needs a pool or a connection string', async (t) => {
  t.throws(() => createPgTokenStore({}), /options.pool or options.connectionString/)
  t.throws(() => createPgTokenStore({ connectionString: 'postgres://x/y', channel: 'Bad-Name' }), /options.channel/)
})

t.test('markRefreshStarted is visible to other pools at once and survives a rollback', async (t) => {
  const { a, b } = await twoStores(t)
  await a.insertIfAbsent(connection('loc-1'))
  const failure = new Error('instance died mid-refresh')
  await t.rejects(a.withRefreshLock('loc-1', LOCK, async (h) => {
    await h.markRefreshStarted()
    const seen = await b.get('loc-1')
    t.ok(seen?.refreshStartedAt instanceof Date, 'another pool sees the mark while the lock is held')
    throw failure
  }), failure)
  const after = await a.get('loc-1')
  t.ok(after?.refreshStartedAt instanceof Date, 'the mark outlives the rolled-back transaction')
  t.equal(after?.version, 0)
})

t.test('no lock outlives withRefreshLock: nothing leaks into the pool', async (t) => {
  const { a, admin } = await twoStores(t)
  await a.insertIfAbsent(connection('loc-1'))
  await a.withRefreshLock('loc-1', LOCK, async () => {
    t.equal((await advisoryHolders(admin)).length, 1, 'held during fn')
  })
  await t.rejects(a.withRefreshLock('loc-1', LOCK, async () => { throw new Error('x') }))
  t.same(await a.withRefreshLock('loc-1', { ...LOCK, tryOnly: true }, async () => 1), { acquired: true, value: 1 })
  t.same(await advisoryHolders(admin), [], 'released after commit, rollback and tryOnly')
  const { rows } = await admin.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'")
  t.equal(rows[0].n, 0, 'no session was left in a transaction')
})

t.test('the lock key is the 64-bit key of the connection id', async (t) => {
  const { a, admin } = await twoStores(t)
  await a.withRefreshLock('loc-1', LOCK, async () => {
    const { rows } = await admin.query<{ key: string }>(`
      SELECT ((classid::bigint << 32) | objid::bigint)::bigint::text AS key FROM pg_locks
      WHERE locktype = 'advisory' AND granted AND objsubid = 1
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`)
    t.same(rows.map((r) => BigInt.asIntN(64, BigInt(r.key))), [lockKeyFor('loc-1')])
  })
})

t.test('a killed lock holder releases the lock', async (t) => {
  const { a, b, admin } = await twoStores(t)
  await a.insertIfAbsent(connection('loc-1'))
  const held = deferred()
  const gate = deferred()
  const holder = a.withRefreshLock('loc-1', LOCK, async (h) => {
    held.resolve()
    await gate.promise
    return await h.writeTokens({ accessTokenCiphertext: 'a', refreshTokenCiphertext: 'r', keyId: 'k', expiresAt: new Date() }, 0)
  })
  await held.promise
  const [pid] = await advisoryHolders(admin)
  t.ok(pid > 0, 'found the holder backend')
  const waiter = b.withRefreshLock('loc-1', LOCK, async (h) => h.row?.version)
  await sleep(100)
  await admin.query('SELECT pg_terminate_backend($1)', [pid])
  t.same(await waiter, { acquired: true, value: 0 }, 'the waiter got the lock when the holder died')
  gate.resolve()
  await t.rejects(holder, 'the dead holder cannot commit')
  t.match(await a.get('loc-1'), { version: 0 }, 'nothing of the dead holder was written')
  t.same(await a.withRefreshLock('loc-1', LOCK, async (h) => h.row?.version), { acquired: true, value: 0 }, 'the store works afterwards')
})

t.test('a holder idle past idleTimeoutMs is ended by the server', async (t) => {
  const { a, b } = await twoStores(t)
  await a.insertIfAbsent(connection('loc-1'))
  const holder = a.withRefreshLock('loc-1', { lockTimeoutMs: 1000, idleTimeoutMs: 200 }, async (h) => {
    await sleep(600) // a hung GHL call
    return await h.writeTokens({ accessTokenCiphertext: 'a', refreshTokenCiphertext: 'r', keyId: 'k', expiresAt: new Date() }, 0)
  })
  await sleep(400)
  t.same(await b.withRefreshLock('loc-1', { ...LOCK, tryOnly: true }, async () => 'free'), { acquired: true, value: 'free' },
    'the lock was released when the server ended the idle session')
  await t.rejects(holder)
  t.match(await a.get('loc-1'), { version: 0 })
})

t.test('markRefreshStarted works when every other pool client is busy', async (t) => {
  const url = await testDatabase(t)
  const pool = new pg.Pool({ connectionString: url, max: 2 })
  // pool.end() resolves before idle clients are gone; the database is dropped (FORCE) right after, at teardown.
  pool.on('error', () => {})
  t.teardown(() => pool.end())
  const store = createPgTokenStore({ pool })
  t.teardown(() => store.close())
  await store.migrate()
  for (const id of ['a', 'b', 'c']) await store.insertIfAbsent(connection(id))
  // With max 2, one lock transaction at a time holds a client; the other client stays free for the marks.
  const results = await Promise.all(['a', 'b', 'c'].map((id) => store.withRefreshLock(id, LOCK, async (h) => {
    await h.markRefreshStarted()
    await sleep(50)
    return id
  })))
  t.same(results.map((r) => r.acquired && r.value), ['a', 'b', 'c'])
  for (const id of ['a', 'b', 'c']) t.ok((await store.get(id))?.refreshStartedAt instanceof Date)
})

t.test('with a one-connection pool markRefreshStarted is written in the transaction', async (t) => {
  const url = await testDatabase(t)
  const pool = new pg.Pool({ connectionString: url, max: 1 })
  // pool.end() resolves before idle clients are gone; the database is dropped (FORCE) right after, at teardown.
  pool.on('error', () => {})
  t.teardown(() => pool.end())
  const store = createPgTokenStore({ pool })
  t.teardown(() => store.close())
  await store.migrate()
  await store.insertIfAbsent(connection('a'))
  const result = await store.withRefreshLock('a', { lockTimeoutMs: 2000, idleTimeoutMs: 5000 }, async (h) => {
    await h.markRefreshStarted()
    return 'marked'
  })
  t.same(result, { acquired: true, value: 'marked' })
  t.ok((await store.get('a'))?.refreshStartedAt instanceof Date)
  t.throws(() => createPgTokenStore({ pool, maxLockHolders: 0 }), /maxLockHolders/)
})

t.test('a passed pool is used, not closed, and its error handler removed on close', async (t) => {
  const url = await testDatabase(t)
  const pool = new pg.Pool({ connectionString: url })
  // pool.end() resolves before idle clients are gone; the database is dropped (FORCE) right after, at teardown.
  pool.on('error', () => {})
  t.teardown(() => pool.end())
  const before = pool.listenerCount('error')
  const store = createPgTokenStore({ pool })
  t.equal(pool.listenerCount('error'), before + 1, 'the store guards the pool against idle errors')
  await store.migrate()
  t.equal(store.backend, 'pg')
  await store.close()
  await store.close()
  t.equal(pool.listenerCount('error'), before)
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM ghl_connections')
  t.equal(rows[0].n, 0, 'the pool still works')
})

t.test('a terminated idle pool connection is reported, not fatal', async (t) => {
  const { url, admin } = await twoStores(t)
  const errors: Error[] = []
  const warnings: string[] = []
  const store = createPgTokenStore({
    connectionString: url,
    onError: (err) => errors.push(err),
    log: { warn: (_obj, msg) => warnings.push(msg), error: (_obj, msg) => warnings.push(msg) }
  })
  t.teardown(() => store.close())
  t.equal(await store.get('x'), null) // leaves one idle client in the pool
  const { rows } = await admin.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = \'idle\'')
  for (const { pid } of rows) await admin.query('SELECT pg_terminate_backend($1)', [pid])
  await eventually('the pool error', async () => errors.length > 0 ? true : undefined)
  t.ok(warnings.length > 0, 'logged')
  t.equal(await store.get('x'), null, 'the pool replaced the connection')
})

t.test('publish and subscribe across two pools', async (t) => {
  const { a, b } = await twoStores(t)
  const got = deferred<string>()
  const sub = await a.subscribe((m) => got.resolve(m))
  t.teardown(() => sub.close())
  await b.publish('hello from b')
  t.equal(await got.promise, 'hello from b')
})

t.test('a subscription survives pg_terminate_backend of its LISTEN connection', async (t) => {
  const { url, a, b, admin } = await twoStores(t)
  const errors: Error[] = []
  const store = createPgTokenStore({ connectionString: url, onError: (err) => errors.push(err) })
  t.teardown(() => store.close())
  const messages: string[] = []
  let reconnected = deferred()
  const sub = await store.subscribe((m) => messages.push(m), { onReconnect: () => reconnected.resolve() })
  t.teardown(() => sub.close())

  const listenerPids = async (): Promise<number[]> => (await admin.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1', [LISTEN_APPLICATION_NAME])).rows.map((r) => r.pid)

  await a.publish('one')
  await eventually('message one', async () => messages.includes('one') ? true : undefined)

  for (const round of [1, 2]) {
    const [pid] = await listenerPids()
    t.ok(pid > 0, `round ${round}: found the LISTEN backend`)
    await admin.query('SELECT pg_terminate_backend($1)', [pid])
    await reconnected.promise
    reconnected = deferred()
    const pids = await listenerPids()
    t.equal(pids.length, 1, `round ${round}: one LISTEN connection again`)
    t.not(pids[0], pid, `round ${round}: on a new backend`)
    await b.publish(`after kill ${round}`)
    await eventually(`message after kill ${round}`, async () => messages.includes(`after kill ${round}`) ? true : undefined)
  }
  t.ok(errors.length >= 2, 'each drop was reported through onError')

  await sub.close()
  t.same(await listenerPids(), [], 'closing the subscription ends its connection')
})

t.test('a subscription keeps retrying while the database refuses connections, and close() stops it', async (t) => {
  const url = await testDatabase(t)
  const admin = await sqlClient(t, DATABASE_URL) // ALTER DATABASE ... ALLOW_CONNECTIONS needs another database
  const errors: Error[] = []
  const store = await pgStore(t, { connectionString: url, migrate: false, onError: (err) => errors.push(err) })
  const reconnected = deferred()
  const sub = await store.subscribe(() => {}, { onReconnect: () => reconnected.resolve() })
  const dbName = new URL(url).pathname.slice(1)
  // Refuse new connections, kill the listener: reconnects fail until connections are allowed again.
  await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS false`)
  t.teardown(() => admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`))
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = $2',
    [LISTEN_APPLICATION_NAME, dbName])
  await eventually('failed reconnects', async () => errors.length >= 3 ? true : undefined)
  await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`)
  await reconnected.promise
  t.pass('reconnected once the database accepted connections')
  await sub.close()
})

t.test('the expiry index serves listDue', async (t) => {
  const { a, url } = await twoStores(t)
  for (let i = 0; i < 20; i++) await a.insertIfAbsent(connection(`loc-${i}`))
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  t.teardown(() => client.end())
  await client.query('SET enable_seqscan = off')
  const { rows } = await client.query(`EXPLAIN SELECT * FROM ghl_connections
    WHERE status = 'active' AND expires_at < now() + interval '5 minutes' ORDER BY expires_at LIMIT 50`)
  const plan = rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')
  t.match(plan, /Index Scan using ghl_connections_due_idx/, plan)
})

t.test('four instances migrating a fresh database at once apply each migration once', async (t) => {
  const url = await testDatabase(t)
  const stores = [1, 2, 3, 4].map(() => createPgTokenStore({ connectionString: url }))
  t.teardown(() => Promise.all(stores.map((s) => s.close())))
  const results = await Promise.allSettled(stores.map((s) => s.migrate()))
  t.same(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled'],
    results.map((r) => r.status === 'rejected' ? String(r.reason) : 'ok').join('; '))
  const admin = await sqlClient(t, url)
  const { rows } = await admin.query<{ hash: string, n: number }>(
    `SELECT hash, count(*)::int AS n FROM "${MIGRATIONS_SCHEMA}"."${MIGRATIONS_TABLE}" GROUP BY hash`)
  const journal = JSON.parse(readFileSync(join(findMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
  t.equal(rows.length, journal.entries.length, 'every migration recorded')
  t.ok(rows.every((r) => r.n === 1), 'each exactly once')
  await stores[0].migrate()
  const again = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${MIGRATIONS_SCHEMA}"."${MIGRATIONS_TABLE}"`)
  t.equal(again.rows[0].n, journal.entries.length, 'migrating again is a no-op')
  t.same(await advisoryHolders(admin), [], 'the migration lock was released')
  await stores[0].insertIfAbsent(connection('loc-1'))
  t.equal((await stores[3].get('loc-1'))?.id, 'loc-1')
})

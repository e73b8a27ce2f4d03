// Tables in a schema of the host's choice (options.schema): the migrations create the schema and keep their own table
// in it, every statement names its tables with the schema (a host pool's search_path is left alone, and an enqueue
// inside the host's transaction lands in the schema whatever that search_path is), and two installs in two schemas of
// one database share no row, no NOTIFY and no advisory lock. The default, public, keeps every name as before.
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import t, { type Test } from 'tap'
import { createPgliteTokenStore, createPgTokenStore, lockKeyFor, type NewConnection, type TokenStore } from '../../db/index.js'
import { dbNamespace } from '../../db/namespace.js'
import { rateBudgetOf, type RateBudgetStore } from '../../db/rate-budget-store.js'
import { eventually } from '../helpers/app.js'
import { storeOnPool, tablesIn, testDatabase } from '../helpers/db.js'

const LOCK = { lockTimeoutMs: 5000, idleTimeoutMs: 10_000 }
const TABLES = ['__fastify_ghl_migrations', 'ghl_admin_login_failures', 'ghl_connections', 'ghl_jobs', 'ghl_oauth_nonces', 'ghl_rate_budget', 'ghl_webhook_events']

function connection (id: string, refresh: string): NewConnection {
  return {
    id,
    userType: 'Location',
    locationId: id,
    accessTokenCiphertext: 'access',
    refreshTokenCiphertext: refresh,
    keyId: 'k1',
    expiresAt: new Date(Date.now() + 3600_000)
  }
}

/** A pool of the host, with its own search_path (a schema of the host's app), and stores over it; closed at teardown. */
async function hostPool (t: Test, url: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 6, options: '-c search_path=host_app' })
  pool.on('error', () => {})
  t.teardown(async () => { await pool.end() })
  await pool.query('CREATE SCHEMA IF NOT EXISTS host_app')
  return pool
}



t.test('the migrations create the schema, its tables and their own table inside it, and leave the host search_path alone', async (t) => {
  const pool = await hostPool(t, await testDatabase(t))
  const store = storeOnPool(t, pool, 'ghl_app')
  // Two instances booting at once: applied once, no error.
  await Promise.all([store.migrate(), storeOnPool(t, pool, 'ghl_app').migrate()])
  t.same(await tablesIn(pool, 'ghl_app'), TABLES)
  t.same(await tablesIn(pool, 'host_app'), [], 'nothing in the schema the host pool points at')
  t.same(await tablesIn(pool, 'public'), [], 'nothing in public')
  t.same(await tablesIn(pool, 'drizzle'), [], 'the public install\'s migrations table is not used')
  const { rows: applied } = await pool.query('SELECT count(*)::int AS n FROM ghl_app.__fastify_ghl_migrations')
  t.ok(applied[0].n >= 6, `every migration recorded once in the schema (${String(applied[0].n)})`)
  const client = await pool.connect()
  try {
    t.equal((await client.query('SHOW search_path')).rows[0].search_path, 'host_app', 'a pool client after the migration has the host\'s search_path')
  } finally { client.release() }

  await store.saveAuthorization(connection('loc_1', 'r1'))
  t.equal((await store.get('loc_1'))?.refreshTokenCiphertext, 'r1')
  t.equal((await pool.query('SELECT count(*)::int AS n FROM ghl_app.ghl_connections')).rows[0].n, 1, 'the row is in the schema')
})

t.test('two installs in two schemas of one database share no row, no NOTIFY and no lock; public keeps its names', async (t) => {
  const url = await testDatabase(t)
  const pool = await hostPool(t, url)
  const plain = new pg.Pool({ connectionString: url, max: 4 })
  plain.on('error', () => {})
  t.teardown(async () => { await plain.end() })
  const a = storeOnPool(t, pool, 'ghl_a')
  const b = storeOnPool(t, pool, 'ghl_b')
  const pub = storeOnPool(t, plain)
  await a.migrate()
  await b.migrate()
  await pub.migrate()
  t.same(await tablesIn(plain, 'public'), TABLES.slice(1), 'the default install is where it always was')
  t.equal(dbNamespace('public').channels.tokens, 'fastify_ghl')
  t.equal(dbNamespace('public').refreshLockKey('loc_1'), lockKeyFor('loc_1'), 'public keeps its lock keys')

  await a.saveAuthorization(connection('loc_1', 'from-a'))
  await b.saveAuthorization(connection('loc_1', 'from-b'))
  t.equal((await a.get('loc_1'))?.refreshTokenCiphertext, 'from-a')
  t.equal((await b.get('loc_1'))?.refreshTokenCiphertext, 'from-b')
  t.equal(await pub.get('loc_1'), null)

  // Jobs: enqueued in a, claimed in a only; b's relay hears nothing.
  const heardA: string[] = []
  const heardB: string[] = []
  const subA = await a.jobs!().subscribe((m) => { heardA.push(m) })
  const subB = await b.jobs!().subscribe((m) => { heardB.push(m) })
  t.teardown(async () => { await subA.close(); await subB.close() })
  await a.jobs!().enqueue({ op: 'request', key: 'k1', connection: 'loc_1', payload: {}, maxAttempts: 3 })
  await eventually(() => heardA.length > 0, 5000, 'a hears its enqueue')
  t.same(await b.jobs!().claim({ worker: 'b', limit: 10, leaseMs: 10_000 }), [], 'b claims nothing')
  t.equal((await a.jobs!().claim({ worker: 'a', limit: 10, leaseMs: 10_000 })).length, 1, 'a claims its job')
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.same(heardB, [], 'b heard no NOTIFY of a')

  // Refresh locks: a holds loc_1; b and public take theirs at once (tryOnly), a second a waits.
  let release!: () => void
  const held = new Promise<void>((resolve) => { release = resolve })
  let entered!: () => void
  const inside = new Promise<void>((resolve) => { entered = resolve })
  const holder = a.withRefreshLock('loc_1', LOCK, async () => { entered(); await held })
  await inside
  t.equal((await b.withRefreshLock('loc_1', { ...LOCK, tryOnly: true }, async () => 'b')).acquired, true, 'b has its own lock key')
  t.equal((await pub.withRefreshLock('loc_1', { ...LOCK, tryOnly: true }, async () => 'p')).acquired, true, 'public has its own lock key')
  t.equal((await a.withRefreshLock('loc_1', { ...LOCK, tryOnly: true }, async () => 'a')).acquired, false, 'a second holder in a is refused')
  release()
  await holder

  // The rate budget: a's 429 pause reaches a's peers only.
  const budget = (store: TokenStore): RateBudgetStore => rateBudgetOf(store) as RateBudgetStore
  const pausedA: string[] = []
  const pausedB: string[] = []
  const rbA = await budget(a).subscribe((c: string) => { pausedA.push(c) })
  const rbB = await budget(b).subscribe((c: string) => { pausedB.push(c) })
  t.teardown(async () => { await rbA.close(); await rbB.close() })
  await budget(a).pause('loc_1', 2000)
  await eventually(() => pausedA.length > 0, 5000, 'a hears its pause')
  t.equal((await budget(b).read('loc_1', 100, 100)), null, 'b has no budget row')
  t.ok(((await budget(a).read('loc_1', 100, 100))?.blockedForMs ?? 0) > 0, 'a\'s row is paused')
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.same(pausedB, [], 'b heard no pause of a')
})

t.test('an enqueue inside the host transaction lands in the schema whatever the host search_path is', async (t) => {
  const pool = await hostPool(t, await testDatabase(t))
  const store = storeOnPool(t, pool, 'ghl_tx')
  await store.migrate()
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('CREATE TABLE host_app.users (email text)')
    await client.query("INSERT INTO users VALUES ('a@example.com')")
    const queued = await store.jobs!().enqueue({ op: 'syncSignup', key: 'signup:a', connection: 'loc_1', payload: {}, maxAttempts: 3 }, client)
    t.equal(queued.created, true)
    await client.query('COMMIT')
  } finally { client.release() }
  t.equal((await pool.query("SELECT count(*)::int AS n FROM ghl_tx.ghl_jobs WHERE key = 'signup:a'")).rows[0].n, 1)
  t.equal((await store.jobs!().getByKey('signup:a'))?.op, 'syncSignup')
})

t.test('PGlite: the schema\'s tables, and the search_path put back after the migration', async (t) => {
  const pglite = new PGlite()
  t.teardown(async () => { await pglite.close() })
  const store = createPgliteTokenStore({ pglite, schema: 'ghl_embedded' })
  t.teardown(async () => { await store.close() })
  const before = (await pglite.query<{ search_path: string }>('SHOW search_path')).rows[0].search_path
  await store.migrate()
  t.equal((await pglite.query<{ search_path: string }>('SHOW search_path')).rows[0].search_path, before)
  const { rows } = await pglite.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'ghl_embedded' ORDER BY 1")
  t.same(rows.map((r) => r.name), TABLES)
  await store.saveAuthorization(connection('loc_e', 'r'))
  t.equal((await store.get('loc_e'))?.refreshTokenCiphertext, 'r')
  const heard: string[] = []
  const sub = await store.jobs!().subscribe((m) => { heard.push(m) })
  t.teardown(async () => { await sub.close() })
  await store.jobs!().enqueue({ op: 'request', key: 'e1', connection: 'loc_e', payload: {}, maxAttempts: 1 })
  await eventually(() => heard.length > 0, 5000, 'the queue channel of the schema is heard')
})

t.test('a schema name the plugin does not accept is refused before any statement', async (t) => {
  for (const bad of ['Ghl', 'ghl-app', '1ghl', 'pg_ghl', 'information_schema', 'x'.repeat(64), 'a"; drop table x; --']) {
    t.throws(() => createPgTokenStore({ connectionString: 'postgres://127.0.0.1:1/none', schema: bad }), /schema .* (must|names)/, JSON.stringify(bad))
  }
  const long = 'g'.repeat(63)
  const channels = dbNamespace(long).channels
  for (const channel of Object.values(channels)) t.ok(channel.length <= 63, `${channel} fits Postgres' 63 characters`)
  t.equal(new Set(Object.values(channels)).size, 3)
})

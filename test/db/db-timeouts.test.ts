// Postgres timeouts on the pools the plugin creates, and GHL_DATABASE for a database that fails (issue 13). A TCP
// proxy (node:net) between the store and Postgres stops forwarding — a partition: no RST, no FIN, nothing — and every
// store operation then fails with GHL_DATABASE within the configured timeouts instead of hanging; the driver's error
// is on `cause`, the query's parameters are not in the message; once the proxy forwards again the store recovers.
import { createServer, connect, type Server, type Socket } from 'node:net'
import pg from 'pg'
import t, { type Test } from 'tap'
import { poolConfig } from '../../db/open.js'
import { createPgTokenStore, type TokenStore } from '../../db/index.js'
import Fastify from 'fastify'
import fastifyGhl from '../../index.js'
import { ADMIN_TOKEN, LOCATION, pluginOptions, PREFIX } from '../helpers/app.js'
import { testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'

const TIMEOUTS = { connectMs: 600, queryMs: 800, idleInTransactionMs: 1500, keepAliveDelayMs: 1000 }
const LOCK = { lockTimeoutMs: 2000, idleTimeoutMs: 3000 }

interface Proxy { url: string, partition (): void, heal (): void }

/** Forwards 127.0.0.1:<port> to the database's server; partition() drops every byte both ways (and new connections hang). */
async function tcpProxy (t: Test, databaseUrl: string): Promise<Proxy> {
  const target = new URL(databaseUrl)
  let partitioned = false
  const sockets = new Set<Socket>()
  const server: Server = createServer((client) => {
    sockets.add(client)
    client.on('error', () => {})
    client.on('close', () => sockets.delete(client))
    if (partitioned) return // accepted, never answered
    const upstream = connect(Number(target.port || 5432), target.hostname)
    sockets.add(upstream)
    upstream.on('error', () => client.destroy())
    upstream.on('close', () => { sockets.delete(upstream); client.destroy() })
    client.on('close', () => upstream.destroy())
    client.on('data', (chunk) => { if (!partitioned) upstream.write(chunk) })
    upstream.on('data', (chunk) => { if (!partitioned) client.write(chunk) })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(async () => {
    for (const s of sockets) s.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  const url = new URL(databaseUrl)
  url.hostname = '127.0.0.1'
  url.port = String((server.address() as { port: number }).port)
  return { url: url.toString(), partition: () => { partitioned = true }, heal: () => { partitioned = false } }
}

async function storeThrough (t: Test, url: string): Promise<{ store: TokenStore, pool: pg.Pool }> {
  const pool = new pg.Pool(poolConfig(url, 3, TIMEOUTS))
  pool.on('error', () => {})
  const store = createPgTokenStore({ pool })
  t.teardown(async () => { await store.close(); await pool.end().catch(() => {}) })
  return { store, pool }
}

async function timed (run: () => Promise<unknown>): Promise<{ err: any, ms: number }> {
  const started = performance.now()
  const err = await run().then(() => null, (e: unknown) => e)
  return { err, ms: performance.now() - started }
}

t.test('the pool sets the server-side timeouts and keepalive', async (t) => {
  const databaseUrl = await testDatabase(t)
  const config = poolConfig(databaseUrl, 3, TIMEOUTS)
  t.match(config, { connectionTimeoutMillis: 600, query_timeout: 1800, statement_timeout: 800, idle_in_transaction_session_timeout: 1500, keepAlive: true, keepAliveInitialDelayMillis: 1000 })
  const pool = new pg.Pool(config)
  t.teardown(() => pool.end())
  const { rows } = await pool.query("SELECT current_setting('statement_timeout') AS s, current_setting('idle_in_transaction_session_timeout') AS i")
  t.same(rows[0], { s: '800ms', i: '1500ms' })
  const slow = await timed(async () => await pool.query('SELECT pg_sleep(5)'))
  t.match(slow.err, { code: '57014' }, 'a statement longer than queryMs is cancelled by the server')
  t.ok(slow.ms < 4000, `after ${Math.round(slow.ms)} ms`)
})

t.test('a partitioned database: GHL_DATABASE within the configured timeouts, not a hang; recovered after', async (t) => {
  const databaseUrl = await testDatabase(t)
  const proxy = await tcpProxy(t, databaseUrl)
  const { store } = await storeThrough(t, proxy.url)
  await store.migrate()
  const row = { id: 'loc-param-7f3a', userType: 'Location' as const, accessTokenCiphertext: 'a', refreshTokenCiphertext: 'r', keyId: 'k', expiresAt: new Date(Date.now() + 3600_000) }
  t.equal(await store.insertIfAbsent(row), true)
  t.match(await store.get(row.id), { id: row.id })

  proxy.partition()
  const read = await timed(async () => await store.get(row.id))
  t.match(read.err, { code: 'GHL_DATABASE', statusCode: 503, message: /the database failed \(read a connection\): .*check DATABASE_URL/ })
  t.match(read.err.cause, { message: /Query read timeout|Connection terminated/ }, 'the driver\'s error is on cause')
  t.notMatch(read.err.message, /loc-param-7f3a|params/, 'no query parameters in the message')
  t.ok(read.ms >= TIMEOUTS.queryMs - 100 && read.ms < TIMEOUTS.queryMs + 3000, `a read failed after ${Math.round(read.ms)} ms (queryMs ${TIMEOUTS.queryMs}, the client waits 1 s longer)`)

  // Every client the pool had is now either destroyed or stuck: new connections hang at the proxy (connect timeout).
  const results = await Promise.all([
    timed(async () => await store.list()),
    timed(async () => await store.countByStatus()),
    timed(async () => await store.withRefreshLock(row.id, LOCK, async (h) => h.row)),
    timed(async () => await store.recordWebhook({ webhookId: 'wh-1', type: 'ContactCreate', payload: {}, receivedAt: new Date() }))
  ])
  for (const [i, r] of results.entries()) {
    t.match(r.err, { code: 'GHL_DATABASE' }, `operation ${i}: GHL_DATABASE`)
    t.ok(r.ms < TIMEOUTS.queryMs + TIMEOUTS.connectMs + 2500, `operation ${i}: after ${Math.round(r.ms)} ms`)
  }

  proxy.heal()
  let back: unknown
  for (let i = 0; i < 20 && back === undefined; i++) {
    back = await store.get(row.id).catch(() => undefined)
    if (back === undefined) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  t.match(back, { id: row.id }, 'the store works again once the network does')
})

t.test('raw driver errors become GHL_DATABASE with the SQLSTATE; errors of a lock body pass through untouched', async (t) => {
  const databaseUrl = await testDatabase(t)
  const pool = new pg.Pool(poolConfig(databaseUrl, 3, TIMEOUTS))
  const store = createPgTokenStore({ pool })
  t.teardown(async () => { await store.close(); await pool.end() })
  const missing = await timed(async () => await store.get('loc-1'))
  t.match(missing.err, { code: 'GHL_DATABASE', message: /relation "ghl_connections" does not exist \[42P01\]/, cause: { code: '42P01' } }, 'before migrate')
  t.match(missing.err.sql, /select .* from "ghl_connections"/, 'the statement (placeholders only) is kept on sql')
  await store.migrate()
  const mine = new Error('the body failed')
  await t.rejects(store.withRefreshLock('loc-1', LOCK, async () => { throw mine }), mine)
  const refused = createPgTokenStore({ connectionString: 'postgres://postgres@127.0.0.1:1/nothing' })
  t.teardown(() => refused.close())
  await t.rejects(refused.get('x'), { code: 'GHL_DATABASE', message: /ECONNREFUSED/ })
})

t.test('through the plugin: a partitioned database answers /status with GHL_DATABASE (503) in time; an unreachable one fails registration fast', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const proxy = await tcpProxy(t, databaseUrl)
  const issued = sb.issueTokens({ locationId: LOCATION })
  const app = Fastify({ logger: false })
  t.teardown(async () => { proxy.heal(); await app.close() })
  await app.register(fastifyGhl, { ...pluginOptions(sb, proxy.url), refreshToken: issued.refresh_token, refresher: false, outbox: false, webhooks: false, databaseTimeouts: TIMEOUTS })
  await app.ready()
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` }
  t.equal((await app.inject({ url: `${PREFIX}/status`, headers: admin })).statusCode, 200)

  proxy.partition()
  const started = performance.now()
  const res = await app.inject({ url: `${PREFIX}/status`, headers: admin })
  const ms = performance.now() - started
  t.equal(res.statusCode, 503, res.body)
  t.match(res.json(), { code: 'GHL_DATABASE' })
  t.ok(ms < TIMEOUTS.queryMs + TIMEOUTS.connectMs + 3000, `/status answered after ${Math.round(ms)} ms`)

  const down = await tcpProxy(t, databaseUrl)
  down.partition()
  const bootStarted = performance.now()
  const other = Fastify({ logger: false })
  t.teardown(async () => { await other.close() })
  await t.rejects((async () => { await other.register(fastifyGhl, { ...pluginOptions(sb, down.url), databaseTimeouts: TIMEOUTS }); await other.ready() })(), { code: 'GHL_DATABASE' })
  t.ok(performance.now() - bootStarted < TIMEOUTS.connectMs + 3000, `registration failed after ${Math.round(performance.now() - bootStarted)} ms`)
})

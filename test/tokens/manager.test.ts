// The token manager in one process (or two on separate pools) against real Postgres and the sandbox.
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import type { TokenStore } from '../../db/index.js'
import { parseKeyRing } from '../../lib/tokens/crypto.js'
import { sqlClient } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { apiStatus, install, managerFor, TEST_KEY, migratedDatabase } from '../helpers/tokens.js'
import { decryptRow } from '../../lib/tokens/codec.js'


t.test('hot path: a cached token costs no query and no network', async (t) => {
  const sb = await sandboxFor(t)
  const fx = await managerFor(t, sb, await migratedDatabase(t))
  const conn = await install(sb, fx.manager)
  const first = await fx.manager.getValidToken(conn)
  const queries = fx.queries()
  const tokenCalls = sb.stats().tokenCalls.total
  for (let i = 0; i < 1000; i++) t.equal(await fx.manager.getValidToken(conn), first)
  t.equal(fx.queries(), queries, 'no database query for 1000 calls')
  t.equal(sb.stats().tokenCalls.total, tokenCalls, 'no token call')
  t.equal(await apiStatus(sb, first), 404, 'GHL accepts it')
})

t.test('single-flight: 50 concurrent callers of a due token share one refresh', async (t) => {
  const sb = await sandboxFor(t, { accessTokenTtlSeconds: 200 })
  const url = await migratedDatabase(t)
  const fx = await managerFor(t, sb, url, { refreshWindowSeconds: 100 })
  const conn = await install(sb, fx.manager)
  sb.resetStats()
  // A clock 140 s ahead: with 60 s left the token is inside the 100 s window.
  const fx2 = await managerFor(t, sb, url, { refreshWindowSeconds: 100, now: () => Date.now() + 140_000 })
  const tokens = await Promise.all(Array.from({ length: 50 }, async () => await fx2.manager.getValidToken(conn)))
  t.equal(new Set(tokens).size, 1)
  t.equal(sb.stats().refreshes, 1)
  t.equal(fx2.seen.filter((e) => e.name === 'token:refreshed').length, 1)
  t.match(fx2.seen.find((e) => e.name === 'token:refreshed')?.payload, { connection: conn, trigger: 'window' })
  t.equal(await apiStatus(sb, tokens[0] as string), 404)
})

t.test('a restart with a stale refresh token in the environment never clobbers the rotated one', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  const fx = await managerFor(t, sb, url)
  const issued = sb.issueTokens({ locationId: 'loc_seed' })
  t.equal(await fx.manager.seed({ connection: 'loc_seed', refreshToken: issued.refresh_token }), true, 'first boot seeds')
  const token = await fx.manager.getValidToken('loc_seed')
  t.equal(sb.stats().refreshes, 1, 'a seed without access token is refreshed on first use')
  // Next boot: same old refresh token in the environment.
  const again = await managerFor(t, sb, url)
  t.equal(await again.manager.seed({ connection: 'loc_seed', refreshToken: issued.refresh_token }), false)
  t.equal(await again.manager.getValidToken('loc_seed'), token)
  await again.manager.forceRefresh('loc_seed')
  t.equal(sb.stats().invalidGrant, 0, 'the stored rotated token was used, not the stale one')
})

t.test('invalid_grant → reauth_required, one event, a typed error, and no retry storm', async (t) => {
  const sb = await sandboxFor(t)
  const fx = await managerFor(t, sb, await migratedDatabase(t))
  const conn = await install(sb, fx.manager, 'loc_dead')
  sb.revokeRefreshTokens({ locationId: conn })
  await t.rejects(fx.manager.forceRefresh(conn), { code: 'GHL_REAUTH_REQUIRED', message: /loc_dead.*\/api\/integrations\/ghl\/auth-url/ })
  const calls = sb.stats().tokenCalls.total
  for (let i = 0; i < 20; i++) await t.rejects(fx.manager.getValidToken(conn), { code: 'GHL_REAUTH_REQUIRED' })
  await t.rejects(fx.manager.forceRefresh(conn), { code: 'GHL_REAUTH_REQUIRED' })
  t.equal(sb.stats().tokenCalls.total, calls, 'no further refresh attempt')
  t.equal(fx.seen.filter((e) => e.name === 'token:reauth_required').length, 1, 'one event')
  const view = await fx.manager.status(conn)
  t.equal(view?.status, 'reauth_required')
  t.match(view?.lastError, /rejected the refresh token/)
  // New tokens (a new authorization) bring it back.
  await install(sb, fx.manager, conn)
  t.equal(await apiStatus(sb, await fx.manager.getValidToken(conn)), 404)
})

t.test('token endpoint 5xx ×3 then OK: refreshed, and no call failed meanwhile', async (t) => {
  const sb = await sandboxFor(t, { accessTokenTtlSeconds: 200 })
  const fx = await managerFor(t, sb, await migratedDatabase(t), { refreshWindowSeconds: 300 })
  const conn = await install(sb, fx.manager, 'loc_5xx')
  sb.addFault({ path: '/oauth/token', status: 503, count: 3 })
  const token = await fx.manager.getValidToken(conn)
  t.equal(sb.stats().refreshes, 1)
  const failed = fx.seen.filter((e) => e.name === 'token:refresh_failed').map((e) => e.payload as { attempt: number, willRetry: boolean })
  t.same(failed.map((f) => [f.attempt, f.willRetry]), [[1, true], [2, true], [3, true]])
  t.equal(await apiStatus(sb, token), 404)
})

t.test('refresh keeps failing: the current token is served while valid, with the warning', async (t) => {
  const sb = await sandboxFor(t, { accessTokenTtlSeconds: 200 })
  const fx = await managerFor(t, sb, await migratedDatabase(t), { refreshWindowSeconds: 300, refreshRetry: { attempts: 2, baseMs: 10, capMs: 20 } })
  const conn = await install(sb, fx.manager, 'loc_fallback')
  const before = await fx.manager.status(conn)
  sb.addFault({ path: '/oauth/token', status: 502, count: 2 })
  const token = await fx.manager.getValidToken(conn)
  t.equal(await apiStatus(sb, token), 404, 'the old, still valid token is used')
  t.ok(fx.logs.some((l) => l.level === 'warn' && /GHL token refresh failed; using current token until \d{4}-/.test(l.msg ?? '')))
  const calls = sb.stats().tokenCalls.total
  await fx.manager.getValidToken(conn)
  t.equal(sb.stats().tokenCalls.total, calls, 'cooldown: no new attempt right away')
  t.same((await fx.manager.status(conn))?.expiresAt, before?.expiresAt, 'nothing was written')
})

t.test('a refresh whose response was lost: one more try, then reauth_required with the reason', async (t) => {
  const sb = await sandboxFor(t)
  const fx = await managerFor(t, sb, await migratedDatabase(t))
  const conn = await install(sb, fx.manager, 'loc_lost')
  sb.addFault({ path: '/oauth/token', drop: 'before-response' })
  await t.rejects(fx.manager.forceRefresh(conn), { code: 'GHL_REAUTH_REQUIRED' })
  t.equal(sb.stats().tokenCalls.refresh_token, 2, 'exactly one retry after the lost response')
  t.match((await fx.manager.status(conn))?.lastError, /refresh response lost in transit/)
})

t.test('a failed write of rotated tokens keeps calls working and is retried until stored', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  let lockedFailures = 1
  let plainFailures = 1
  // The database write fails (a mock at the store boundary: a real outage would also break the lock).
  const override = <T extends object>(target: T, methods: Partial<T>): T => new Proxy(target, {
    get: (obj, prop) => {
      if (prop in methods) return (methods as Record<string | symbol, unknown>)[prop]
      const value = Reflect.get(obj, prop, obj) as unknown
      return typeof value === 'function' ? value.bind(obj) : value
    }
  })
  const wrapStore = (store: TokenStore): TokenStore => override(store, {
    withRefreshLock: async (id, opts, fn) => await store.withRefreshLock(id, opts, async (handle) => await fn(override(handle, {
      writeTokens: async (write, version) => {
        if (lockedFailures-- > 0) throw new Error('connection terminated')
        return await handle.writeTokens(write, version)
      }
    }))),
    writeTokens: async (id, write, version) => {
      if (plainFailures-- > 0) throw new Error('connection terminated')
      return await store.writeTokens(id, write, version)
    }
  })
  const fx = await managerFor(t, sb, url, { wrapStore })
  const conn = await install(sb, fx.manager, 'loc_persist')
  const sql = await sqlClient(t, url)
  const v0 = (await sql.query('SELECT version FROM ghl_connections WHERE id = $1', [conn])).rows[0].version as number
  await fx.manager.forceRefresh(conn).catch(() => undefined)
  const token = await fx.manager.getValidToken(conn)
  t.equal(await apiStatus(sb, token), 404, 'the new token works although it is not stored yet')
  t.ok(fx.seen.some((e) => e.name === 'token:persist_failed'), 'persist_failed event')
  t.ok(fx.logs.some((l) => l.level === 'error' && /could not be written/.test(l.msg ?? '')))
  let row
  for (let i = 0; i < 100; i++) {
    row = (await sql.query('SELECT * FROM ghl_connections WHERE id = $1', [conn])).rows[0]
    if (row.version > v0) break
    await sleep(100)
  }
  t.ok(row.version > v0, 'the retry stored the rotated tokens')
  const stored = await fx.store.get(conn)
  t.equal(decryptRow(fx.keyRing, stored!).accessToken, token)
  await fx.manager.forceRefresh(conn)
  t.equal(sb.stats().invalidGrant, 0, 'the stored refresh token is the live one')
})

t.test('no token in clear anywhere in the table; a rotated key ring still decrypts and re-encrypts on write', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  const fx = await managerFor(t, sb, url)
  const issued = sb.issueTokens({ locationId: 'loc_secret' })
  await fx.manager.saveAuthorization(issued as never)
  const sql = await sqlClient(t, url)
  const raw = JSON.stringify((await sql.query('SELECT * FROM ghl_connections')).rows)
  t.notOk(raw.includes(issued.access_token), 'access token not in clear')
  t.notOk(raw.includes(issued.refresh_token), 'refresh token not in clear')
  const oldKey = TEST_KEY.slice(3)
  const rotated = await managerFor(t, sb, url, { key: `k2:${Buffer.alloc(32, 9).toString('base64')},k1:${oldKey}` })
  t.equal(await rotated.manager.getValidToken('loc_secret'), issued.access_token, 'decrypts rows under the old key')
  await rotated.manager.forceRefresh('loc_secret')
  const keyId = (await sql.query('SELECT key_id FROM ghl_connections WHERE id = $1', ['loc_secret'])).rows[0].key_id
  t.equal(keyId, 'k2', 're-encrypted under the current key on its next write')
  const after = JSON.stringify((await sql.query('SELECT * FROM ghl_connections')).rows)
  const current = await rotated.manager.getValidToken('loc_secret')
  t.notOk(after.includes(current))
  t.ok(parseKeyRing(`k2:${Buffer.alloc(32, 9).toString('base64')}`).has('k2'))
})

t.test('a refresh on instance A reaches instance B through NOTIFY, without B querying per call', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  const a = await managerFor(t, sb, url)
  const b = await managerFor(t, sb, url)
  const conn = await install(sb, a.manager, 'loc_notify')
  const old = await b.manager.getValidToken(conn)
  const invalidated = new Promise((resolve) => { b.events.once('token:invalidated', resolve) })
  await a.manager.forceRefresh(conn)
  await invalidated
  const fresh = await b.manager.getValidToken(conn)
  t.not(fresh, old, 'B dropped its copy and uses the refreshed token')
  t.equal(fresh, await a.manager.getValidToken(conn))
  const queries = b.queries()
  for (let i = 0; i < 100; i++) await b.manager.getValidToken(conn)
  t.equal(b.queries(), queries, 'B reads from memory again')
})

t.test('after an invalidation, 200 concurrent callers on B share one database read', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  const a = await managerFor(t, sb, url)
  const b = await managerFor(t, sb, url)
  const conn = await install(sb, a.manager, 'loc_herd')
  await b.manager.getValidToken(conn)
  const invalidated = new Promise((resolve) => { b.events.once('token:invalidated', resolve) })
  await a.manager.forceRefresh(conn)
  await invalidated
  const queries = b.queries()
  const tokens = await Promise.all(Array.from({ length: 200 }, async () => await b.manager.getValidToken(conn)))
  t.equal(new Set(tokens).size, 1)
  t.equal(tokens[0], await a.manager.getValidToken(conn), 'the refreshed token')
  // managerFor counts a pool.query twice (the pool's and its client's): one read shows as at most 2.
  t.ok(b.queries() - queries <= 2, `one read for 200 callers (${b.queries() - queries} counted)`)
})

t.test('a sweep skips connections another instance announced as refreshed, without a lock transaction', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  const a = await managerFor(t, sb, url)
  const b = await managerFor(t, sb, url)
  const conns = [await install(sb, a.manager, 'loc_sweep_1'), await install(sb, a.manager, 'loc_sweep_2')]
  const sql = await sqlClient(t, url)
  await sql.query("UPDATE ghl_connections SET expires_at = now() + interval '60 seconds'")
  t.same((await b.manager.listDue(10)).sort(), [...conns].sort(), 'both due for B')
  let announced = 0
  let heard!: () => void
  const bothHeard = new Promise<void>((resolve) => { heard = resolve })
  const listener = await b.store.subscribe((raw) => { if (JSON.parse(raw).r === 'refreshed' && ++announced === conns.length) heard() })
  t.teardown(async () => { await listener.close() })
  for (const c of conns) t.equal(await a.manager.refreshIfDue(c), 'refreshed')
  await bothHeard
  await sleep(200) // B's own LISTEN connection got the same notifications
  const queries = b.queries()
  for (const c of conns) t.equal(await b.manager.refreshIfDue(c), 'skipped', 'already refreshed by A')
  t.equal(b.queries(), queries, 'no query for either')
  t.equal(sb.stats().refreshes, conns.length, 'one refresh each')
})

// Token-endpoint answers, classified (issue 13): only a dead grant kills a connection. 429 / 404 / 408 / 5xx / an
// unreachable GHL are transient (status kept, current token served, the next refresh succeeds); a wrong client secret
// is the instance's own configuration error (GHL_CONFIG, loud) while correctly configured instances keep refreshing;
// an unknown 4xx is retried slowly; last_error holds our reason and GHL's message scrubbed of anything token-like.
// Real Postgres, the sandbox over HTTP with its fault-injection control API.
import { createServer } from 'node:net'
import t, { type Test } from 'tap'
import { createPgTokenStore } from '../../db/index.js'
import { parseKeyRing } from '../../lib/tokens/crypto.js'
import { GhlEventEmitter } from '../../lib/events.js'
import { createOAuthClient } from '../../lib/tokens/oauth-client.js'
import { createTokenManager } from '../../lib/tokens/manager.js'
import type { TokenManager } from '../../lib/tokens/types.js'
import type { Sandbox } from '../../sandbox/index.js'
import { call, sandboxFor } from '../helpers/sandbox.js'
import { apiStatus, install, managerFor, migratedDatabase, recordingLogger, TEST_KEY, type ManagerFixture } from '../helpers/tokens.js'
import { startWorker } from '../helpers/worker.js'
import { createSweeper } from '../../lib/tokens/sweeper.js'
import { silentLogger } from '../../lib/logger.js'

/** A fault through the sandbox's control API (HTTP), as an operator or another process would add it. */
async function fault (sb: Sandbox, spec: Record<string, unknown>): Promise<void> {
  const res = await call(sb, 'POST', '/__sandbox/faults', undefined, { body: spec, version: false })
  if (res.status !== 201) throw new Error(`fault refused: ${res.text}`)
}

async function expectTransient (t: Test, sb: Sandbox, fx: ManagerFixture, conn: string, token: string, what: string): Promise<void> {
  const view = await fx.manager.status(conn)
  t.equal(view?.status, 'active', `${what}: the connection stays active`)
  t.equal(await fx.manager.getValidToken(conn), token, `${what}: the still-valid token keeps serving`)
  t.equal(await apiStatus(sb, token), 404, `${what}: and GHL accepts it`)
  t.equal(fx.seen.filter((e) => e.name === 'token:reauth_required').length, 0, `${what}: no reauth_required event`)
  const after = await fx.manager.forceRefresh(conn)
  t.equal(after.status, 'active', `${what}: the next refresh succeeds`)
  t.equal(after.lastError, null, `${what}: and clears the error`)
  const fresh = await fx.manager.getValidToken(conn)
  t.not(fresh, token)
  t.equal(await apiStatus(sb, fresh), 404)
  t.equal(sb.stats().invalidGrant, 0, `${what}: the refresh token was never spent`)
}

t.test('a token-endpoint 429 (long Retry-After): forceRefresh rejects with the cause, nothing dies, the next refresh succeeds', async (t) => {
  const sb = await sandboxFor(t)
  const fx = await managerFor(t, sb, await migratedDatabase(t))
  const conn = await install(sb, fx.manager, 'loc_429')
  const token = await fx.manager.getValidToken(conn)
  await fault(sb, { path: '/oauth/token', status: 429, headers: { 'retry-after': '120' }, body: { statusCode: 429, message: 'Too many requests' } })
  const err = await fx.manager.forceRefresh(conn).then(() => null, (e: Error) => e)
  t.match(err, { code: 'GHL_REFRESH_FAILED', message: /429/, cause: { kind: 'rate_limited', status: 429, retryAfterMs: 120_000 } })
  t.equal(sb.stats().faultsInjected, 1, 'a 120 s Retry-After is not waited out inside the refresh')
  t.match((await fx.manager.status(conn))?.lastError, /^rate_limited: .*HTTP 429: Too many requests/)
  t.equal(await fx.manager.refreshIfDue(conn), 'skipped', 'the sweep honours Retry-After (cooling down)')
  t.equal(sb.stats().tokenCalls.total, 0, 'no call reached the token endpoint')
  await expectTransient(t, sb, fx, conn, token, '429')
})

t.test('a token-endpoint 429 with a short Retry-After is waited out within the refresh', async (t) => {
  const sb = await sandboxFor(t)
  const fx = await managerFor(t, sb, await migratedDatabase(t))
  const conn = await install(sb, fx.manager, 'loc_429_short')
  await fault(sb, { path: '/oauth/token', status: 429, headers: { 'retry-after': '1' } })
  const started = Date.now()
  const view = await fx.manager.forceRefresh(conn)
  t.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms (Retry-After: 1)`)
  t.match(view, { status: 'active', lastError: null })
  t.equal(sb.stats().refreshes, 1)
  t.equal(sb.stats().faultsInjected, 1, 'one 429, then the refresh')
})

for (const status of [404, 408]) {
  t.test(`a token-endpoint ${status} from something in between is transient`, async (t) => {
    const sb = await sandboxFor(t)
    const fx = await managerFor(t, sb, await migratedDatabase(t), { refreshRetry: { attempts: 3, baseMs: 10, capMs: 20 } })
    const conn = await install(sb, fx.manager, `loc_${status}`)
    const token = await fx.manager.getValidToken(conn)
    // Once: retried inside the refresh.
    await fault(sb, { path: '/oauth/token', status, body: status === 404 ? '<html>Not Found</html>' : { message: 'Request Timeout' } })
    t.match(await fx.manager.forceRefresh(conn), { status: 'active' }, 'one failure is retried')
    const current = await fx.manager.getValidToken(conn)
    t.not(current, token)
    // Every attempt: the refresh gives up, the connection stays.
    await fault(sb, { path: '/oauth/token', status, count: 3 })
    await t.rejects(fx.manager.forceRefresh(conn), { code: 'GHL_REFRESH_FAILED', cause: { kind: 'transient', status } })
    t.match((await fx.manager.status(conn))?.lastError, new RegExp(`^transient: .*HTTP ${status}`))
    await expectTransient(t, sb, fx, conn, current, String(status))
  })
}

t.test('GHL unreachable: forceRefresh rejects with the cause while the current token keeps serving calls', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  const fx = await managerFor(t, sb, url)
  const conn = await install(sb, fx.manager, 'loc_unreachable')
  const token = await fx.manager.getValidToken(conn)
  // A port nothing listens on: connection refused.
  const port = await new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => { const p = (server.address() as { port: number }).port; server.close(() => { resolve(p) }) })
  })
  const offline = createTokenManagerAt(t, `http://127.0.0.1:${port}`, sb, url)
  const err = await offline.forceRefresh(conn).then(() => null, (e: Error) => e)
  t.match(err, { code: 'GHL_REFRESH_FAILED', message: /could not reach the token endpoint \(ECONNREFUSED\)/, cause: { kind: 'unsent' } })
  t.equal(await offline.getValidToken(conn), token, 'the current token still serves calls')
  t.match(await fx.manager.status(conn), { status: 'active', lastError: /^unreachable: / })
  const cut = await managerFor(t, sb, url, { refreshRetry: { attempts: 2, baseMs: 10, capMs: 20 } })
  // Every attempt answered 503: also no refresh, also a rejection.
  await fault(sb, { path: '/oauth/token', status: 503, count: 2 })
  await t.rejects(cut.manager.forceRefresh(conn), { code: 'GHL_REFRESH_FAILED', cause: { kind: 'server', status: 503 } })
  t.equal(await cut.manager.getValidToken(conn), token)
  t.equal(await apiStatus(sb, token), 404)
  const view = await fx.manager.status(conn)
  t.match(view, { status: 'active', lastError: /^server_error: .*HTTP 503/ })
  t.match(await fx.manager.forceRefresh(conn), { status: 'active', lastError: null }, 'GHL back: the next refresh succeeds')
})

/** A manager whose OAuth client points at `baseUrl` (a dead port), on its own pool; closed at teardown. */
function createTokenManagerAt (t: Test, baseUrl: string, sb: Sandbox, databaseUrl: string, clientSecret = sb.clientSecret, now?: () => number): TokenManager & { events: GhlEventEmitter, logs: ManagerFixture['logs'] } {
  const store = createPgTokenStore({ connectionString: databaseUrl })
  const oauth = createOAuthClient({ baseUrl, clientId: sb.clientId, clientSecret, timeoutMs: 3000 })
  const events = new GhlEventEmitter()
  const logs: ManagerFixture['logs'] = []
  const manager = createTokenManager({ store, keyRing: parseKeyRing(TEST_KEY), oauth, events, log: recordingLogger(logs), refreshRetry: { attempts: 2, baseMs: 10, capMs: 20 }, ...(now === undefined ? {} : { now }) })
  t.teardown(async () => { await manager.close(); await oauth.close(); await store.close() })
  return Object.assign(manager, { events, logs })
}

t.test('a wrong client secret fails loudly on its instance while the fleet keeps calling and refreshing', async (t) => {
  const sb = await sandboxFor(t, { rateLimit: false })
  const url = await migratedDatabase(t)
  const good = await managerFor(t, sb, url)
  const conn = await install(sb, good.manager, 'loc_wrong_secret')
  const token = await good.manager.getValidToken(conn)

  // Another process configured with the wrong secret (a bad deploy, a CLI run).
  const bad = await startWorker(t, 'test/fixtures/token-worker.ts', {
    DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: 'not-the-secret', KEY: TEST_KEY, CONNECTION: conn
  })
  const forced = await bad.send<{ error?: string }>({ cmd: 'force' })
  t.match(forced.error, /invalid configuration: GHL refused this instance's client credentials \(GHL_CLIENT_ID \/ GHL_CLIENT_SECRET\)/)
  t.ok(sb.stats().invalidClient >= 1, 'GHL answered invalid_client')
  const row = await good.manager.status(conn)
  t.equal(row?.status, 'active', 'the shared connection stays active')
  t.match(row?.lastError, /^invalid_client: /)
  const round = await bad.send<{ failed: string[], statuses: number[] }>({ cmd: 'round', callers: 5 })
  t.same(round.failed, [], 'the misconfigured process still serves the valid stored token')
  t.same(round.statuses, [404])

  // In this process too, with the event and the error log.
  const local = createTokenManagerAt(t, sb.url, sb, url, 'also-wrong')
  await local.start()
  const configEvents: unknown[] = []
  local.events.on('token:config_error', (e) => configEvents.push(e))
  await t.rejects(local.forceRefresh(conn), { code: 'GHL_CONFIG', message: /client credentials/, cause: { cause: { kind: 'invalid_client', status: 401 } } })
  t.match(configEvents, [{ connection: conn, reason: /^invalid_client: / }])
  t.ok(local.logs.some((l) => l.level === 'error' && /invalid_client/.test(l.msg ?? '')), 'an error log')
  t.equal(await local.getValidToken(conn), token, 'a valid token is still served')

  // Where the token has expired (a clock two days on), callers get GHL_CONFIG, also while cooling down.
  const later = createTokenManagerAt(t, sb.url, sb, url, 'also-wrong', () => Date.now() + 2 * 86_400_000)
  await t.rejects(later.getValidToken(conn), { code: 'GHL_CONFIG' }, 'expired: GHL_CONFIG to callers')
  const calls = sb.stats().tokenCalls.total
  await t.rejects(later.getValidToken(conn), { code: 'GHL_CONFIG' }, 'and again while cooling down')
  t.equal(sb.stats().tokenCalls.total, calls, 'without asking GHL again')
  t.equal((await good.manager.status(conn))?.status, 'active')

  // The right-secret instance keeps refreshing; the misconfigured one picks up its tokens.
  const refreshed = await good.manager.forceRefresh(conn)
  t.match(refreshed, { status: 'active', lastError: null })
  const fresh = await good.manager.getValidToken(conn)
  t.equal(await apiStatus(sb, fresh), 404)
  let after: { failed: string[], statuses: number[] } = { failed: ['none'], statuses: [] }
  for (let i = 0; i < 50; i++) {
    after = await bad.send({ cmd: 'round', callers: 3 })
    if (after.failed.length === 0) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  t.same(after, { failed: [], statuses: [404], refreshes: 0 }, 'the misconfigured process uses the fleet\'s refreshed token')
  t.equal(sb.stats().invalidGrant, 0)
  t.equal((await good.manager.status(conn))?.status, 'active')
})

t.test('an unknown 4xx: transient with a long backoff and an error log; last_error is ours plus GHL\'s text scrubbed', async (t) => {
  const sb = await sandboxFor(t)
  const fx = await managerFor(t, sb, await migratedDatabase(t))
  const conn = await install(sb, fx.manager, 'loc_unknown_4xx')
  const token = await fx.manager.getValidToken(conn)
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsb2NfdW5rbm93bl80eHgifQ.c2lnbmF0dXJlLWJ5dGVzLWhlcmU'
  const opaque = 'f'.repeat(40)
  await fault(sb, {
    path: '/oauth/token',
    status: 400,
    body: { error: 'invalid_request', error_description: `Bad request for refresh_token=${opaque} (Bearer ${jwt})\n${'x '.repeat(400)}` }
  })
  const err = await fx.manager.forceRefresh(conn).then(() => null, (e: Error) => e)
  t.match(err, { code: 'GHL_REFRESH_FAILED', cause: { kind: 'rejected', status: 400 } })
  for (const text of [err?.message ?? '', JSON.stringify((err as { cause?: unknown } | null)?.cause)]) {
    t.notOk(text.includes(jwt) || text.includes(opaque), 'no token-like text in the error')
  }
  t.equal(sb.stats().faultsInjected, 1, 'not retried within the refresh')
  t.equal(sb.stats().tokenCalls.total, 0)
  const view = await fx.manager.status(conn)
  t.equal(view?.status, 'active')
  t.match(view?.lastError, /^unexpected_answer: .*\(GHL: HTTP 400: invalid_request: Bad request for refresh_token=\[redacted\] \(Bearer \[redacted\]\)/)
  t.notOk(view?.lastError?.includes(jwt) === true || view?.lastError?.includes(opaque) === true, 'no token-like text on the row')
  t.ok((view?.lastError?.length ?? 0) <= 400, `capped (${view?.lastError?.length ?? 0} characters)`)
  t.ok(fx.logs.some((l) => l.level === 'error' && /GHL token refresh failed; using current token/.test(l.msg ?? '')), 'an error log')
  t.equal(await fx.manager.refreshIfDue(conn), 'skipped', 'the long backoff holds the sweep back')
  t.equal(await fx.manager.getValidToken(conn), token)
  t.equal(await apiStatus(sb, token), 404)
  t.match(await fx.manager.forceRefresh(conn), { status: 'active', lastError: null })
})

t.test('invalid_grant still ends the connection, with our reason and GHL\'s scrubbed text', async (t) => {
  const sb = await sandboxFor(t)
  const fx = await managerFor(t, sb, await migratedDatabase(t))
  const conn = await install(sb, fx.manager, 'loc_invalid_grant')
  await fault(sb, { path: '/oauth/token', status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Invalid grant: refresh token is invalid' } })
  await t.rejects(fx.manager.forceRefresh(conn), { code: 'GHL_REAUTH_REQUIRED' })
  t.match(await fx.manager.status(conn), { status: 'reauth_required', lastError: /^invalid_grant: GHL rejected the refresh token .*\(GHL: HTTP 401: Unauthorized: Invalid grant: refresh token is invalid\)$/ })
})

t.test('"Location is not active" → suspended (not reauth_required), retried on the slow schedule, active again once reactivated', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  const fx = await managerFor(t, sb, url, { locationInactiveRetryMs: 600 })
  const peer = await managerFor(t, sb, url, { locationInactiveRetryMs: 60_000 })
  const conn = await install(sb, fx.manager, 'loc_suspended')
  const token = await fx.manager.getValidToken(conn)
  t.equal(await peer.manager.getValidToken(conn), token)
  const put = async (active: boolean): Promise<void> => {
    const res = await call(sb, 'PUT', `/__sandbox/locations/${conn}`, undefined, { body: { active }, version: false })
    t.equal(res.status, 200)
  }
  await put(false)
  await t.rejects(fx.manager.forceRefresh(conn), { code: 'GHL_LOCATION_SUSPENDED', statusCode: 503, cause: { cause: { kind: 'location_inactive', status: 400 } } })
  const view = await fx.manager.status(conn)
  t.equal(view?.status, 'suspended')
  t.match(view?.lastError, /^location_inactive: .*\(GHL: HTTP 400: .*Location is not active\)/)
  t.match(fx.seen.filter((e) => e.name === 'token:reauth_required'), [])
  const calls = sb.stats().tokenCalls.total
  await t.rejects(fx.manager.getValidToken(conn), { code: 'GHL_LOCATION_SUSPENDED', message: /next attempt after/ })
  t.equal(await fx.manager.refreshIfDue(conn), 'skipped', 'the sweep waits for the slow schedule')
  t.equal(sb.stats().tokenCalls.total, calls, 'no token call before the next attempt is due')
  // The peer hears of it and stops serving the token too (one probe of its own, then its own slow schedule).
  let peerErr: unknown
  for (let i = 0; i < 40 && peerErr === undefined; i++) {
    peerErr = await peer.manager.getValidToken(conn).then(() => undefined, (err: unknown) => err)
    if (peerErr === undefined) await new Promise((resolve) => setTimeout(resolve, 50))
  }
  t.match(peerErr, { code: 'GHL_LOCATION_SUSPENDED' }, 'the peer says suspended too')
  t.equal(sb.stats().invalidGrant, 0)

  await put(true)
  await new Promise((resolve) => setTimeout(resolve, 700))
  const back = await fx.manager.getValidToken(conn)
  t.not(back, token, 'the next attempt refreshed it')
  t.equal(await apiStatus(sb, back), 404)
  t.match(await fx.manager.status(conn), { status: 'active', lastError: null })
  let peerToken: string | undefined
  for (let i = 0; i < 40 && peerToken === undefined; i++) {
    peerToken = await peer.manager.getValidToken(conn).catch(() => undefined)
    if (peerToken === undefined) await new Promise((resolve) => setTimeout(resolve, 50))
  }
  t.equal(peerToken, back, 'the peer serves the refreshed token')
  t.equal(fx.seen.filter((e) => e.name === 'token:reauth_required').length, 0)
})

t.test('the sweep tries suspended connections again on its slow schedule', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  const fx = await managerFor(t, sb, url, { locationInactiveRetryMs: 300 })
  const conn = await install(sb, fx.manager, 'loc_sweep_suspended')
  const other = await install(sb, fx.manager, 'loc_sweep_fine')
  sb.setLocation(conn, { active: false })
  await t.rejects(fx.manager.forceRefresh(conn), { code: 'GHL_LOCATION_SUSPENDED' })
  const sweeper = createSweeper({ manager: fx.manager, store: fx.store, settings: { concurrency: 2, batchSize: 10 }, webhookRetentionMs: 86_400_000, suspendedRetryMs: 200, log: silentLogger })
  t.teardown(async () => { await sweeper.stop() })
  t.match(await sweeper.sweep(), { suspendedRetried: 0 }, 'not before its next attempt is due')
  await new Promise((resolve) => setTimeout(resolve, 350))
  t.match(await sweeper.sweep(), { suspendedRetried: 1 }, 'tried again, still not active')
  t.equal((await fx.manager.status(conn))?.status, 'suspended')
  sb.setLocation(conn, { active: true })
  await new Promise((resolve) => setTimeout(resolve, 350))
  t.match(await sweeper.sweep(), { suspendedRetried: 1 })
  t.match(await fx.manager.status(conn), { status: 'active', lastError: null }, 'active again')
  t.equal((await fx.manager.status(other))?.status, 'active')
  t.equal(await apiStatus(sb, await fx.manager.getValidToken(conn)), 404)
})

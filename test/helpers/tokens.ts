// Token-manager fixtures: a manager over its own pg pool (or a given store), against a sandbox.
import pg from 'pg'
import type { Test } from 'tap'
import { createPgTokenStore, type TokenStore } from '../../db/index.js'
import { testDatabase } from './db.js'
import { parseKeyRing, type KeyRing } from '../../lib/tokens/crypto.js'
import { GhlEventEmitter, type GhlEvents } from '../../lib/events.js'
import type { GhlLogger } from '../../lib/logger.js'
import { createOAuthClient } from '../../lib/tokens/oauth-client.js'
import { createTokenManager, type TokenManagerOptions } from '../../lib/tokens/manager.js'
import type { TokenManager } from '../../lib/tokens/types.js'
import type { Sandbox } from '../../sandbox/index.js'

export const TEST_KEY = 'k1:' + Buffer.alloc(32, 7).toString('base64')

export interface ManagerFixture {
  manager: TokenManager
  store: TokenStore
  pool: pg.Pool
  events: GhlEventEmitter
  keyRing: KeyRing
  /** Queries sent through the pool (pool.query and checked-out clients) since the fixture was made. */
  queries: () => number
  /** Every event emitted, in order. */
  seen: Array<{ name: keyof GhlEvents, payload: unknown }>
  logs: Array<{ level: string, obj: object, msg?: string }>
}

export function recordingLogger (logs: ManagerFixture['logs']): GhlLogger {
  const at = (level: string) => (obj: object, msg?: string) => { logs.push({ level, obj, msg }) }
  return { trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}

const EVENT_NAMES: Array<keyof GhlEvents> = ['token:refreshed', 'token:refresh_failed', 'token:reauth_required', 'token:persist_failed', 'token:invalidated']

export interface ManagerFixtureOptions extends Partial<Omit<TokenManagerOptions, 'store' | 'oauth' | 'events' | 'keyRing'>> {
  key?: string
  /** Wraps the store (fault injection at the database boundary). */
  wrapStore?: (store: TokenStore) => TokenStore
}

/** A started manager on its own pool against `databaseUrl` (already migrated), closed at teardown. */
export async function managerFor (t: Test, sb: Sandbox, databaseUrl: string, opts: ManagerFixtureOptions = {}): Promise<ManagerFixture> {
  const { key = TEST_KEY, wrapStore, ...rest } = opts
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 6 })
  // Kept after close: pool.end() resolves before idle clients are gone, and the database is dropped at teardown.
  pool.on('error', () => {})
  let queries = 0
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown
  ;(pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => { queries++; return query(...args) }
  pool.on('connect', (client) => {
    const q = client.query.bind(client) as (...args: unknown[]) => unknown
    ;(client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => { queries++; return q(...args) }
  })
  const base = createPgTokenStore({ pool })
  const store = wrapStore === undefined ? base : wrapStore(base)
  const events = new GhlEventEmitter()
  const seen: ManagerFixture['seen'] = []
  for (const name of EVENT_NAMES) events.on(name, (payload) => { seen.push({ name, payload }) })
  const logs: ManagerFixture['logs'] = []
  const keyRing = parseKeyRing(key)
  const oauth = createOAuthClient({ baseUrl: sb.url, clientId: sb.clientId, clientSecret: sb.clientSecret, timeoutMs: 5000 })
  const manager = createTokenManager({ store, keyRing, oauth, events, log: recordingLogger(logs), refreshRetry: { baseMs: 20, capMs: 100 }, ...rest })
  await manager.start()
  t.teardown(async () => {
    await manager.close()
    await oauth.close()
    await base.close()
    await pool.end()
  })
  return { manager, store, pool, events, keyRing, queries: () => queries, seen, logs }
}

/** Installs the app for a location in the sandbox and stores the connection through the manager. */
export async function install (sb: Sandbox, manager: TokenManager, locationId = 'loc_tokens'): Promise<string> {
  return await manager.saveAuthorization(sb.issueTokens({ locationId }) as never)
}

/** Status of one API call with `token` (200/404 = accepted, 401 = rejected). */
export async function apiStatus (sb: Sandbox | string, token: string): Promise<number> {
  const url = typeof sb === 'string' ? sb : sb.url
  const res = await fetch(`${url}/contacts/does-not-exist`, { headers: { authorization: `Bearer ${token}`, version: '2021-07-28' } })
  await res.arrayBuffer()
  return res.status
}

/** A fresh database with the migrations applied (dropped at teardown). */
export async function migratedDatabase (t: Test): Promise<string> {
  const url = await testDatabase(t)
  const store = createPgTokenStore({ connectionString: url })
  await store.migrate()
  await store.close()
  return url
}

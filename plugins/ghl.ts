// The root plugin: configuration (@fastify/env + options), the token store (Postgres or embedded PGlite), the token
// manager, the API client, metrics; decorates `fastify.ghl`; registers the routes and the scheduled refresher; closes
// everything it opened, in reverse order (refresher → LISTEN → breakers/client → dispatcher → store/pool).
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import fastifyEnv from '@fastify/env'
import type { FastifyInstance, FastifyPluginAsync, preHandlerAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import pg from 'pg'
import type { Registry } from 'prom-client'
import { Agent, type Dispatcher } from 'undici'
import { createPgliteTokenStore, createPgTokenStore } from '../db/index.js'
import type { TokenStore, UserType } from '../db/types.js'
import { createApiClient, type ApiClient, type ConnectionApi } from '../lib/client/api-client.js'
import type { BreakerState } from '../lib/client/breaker.js'
import type { RateLimitState } from '../lib/client/rate-limiter.js'
import type { RequestOptions, Requester } from '../lib/client/types.js'
import {
  consentUrl,
  DEFAULT_REFRESHER_BATCH,
  DEFAULT_REFRESHER_CONCURRENCY,
  ENV_SCHEMA,
  envError,
  normalizeSettings,
  optionsAsEnv,
  pickEnv,
  settingName,
  type EnvValues,
  type GhlConfigInput,
  type GhlSettings
} from '../lib/config.js'
import { generateKey, parseKeyRing, type KeyRing } from '../lib/tokens/crypto.js'
import { GhlConfigError, GhlNotConnectedError } from '../lib/errors.js'
import { GhlEventEmitter } from '../lib/events.js'
import type { GhlLogger } from '../lib/logger.js'
import { createGhlMetrics, statusLabel, type GhlMetrics } from '../lib/metrics.js'
import { createOAuthClient, type OAuthClient } from '../lib/tokens/oauth-client.js'
import { createOAuthState, type OAuthStateSigner } from '../lib/tokens/oauth-state.js'
import { createContactsApi, type ContactsApi } from '../lib/resources/contacts.js'
import { createSyncSignup, type SyncSignup } from '../lib/resources/sync-signup.js'
import { createTokenManager } from '../lib/tokens/manager.js'
import type { ConnectionView, TokenManager } from '../lib/tokens/types.js'
import type { TokenProvider } from '../lib/tokens/provider.js'
import { createWebhookVerifier } from '../lib/webhooks/verify.js'
import routes from '../routes/index.js'
import { adminGuard, type RouteContext } from '../routes/context.js'
import refresher, { createSweeper, type Sweeper, type SweepResult } from './refresher.js'

/** Log fields that may hold a secret, censored in everything the plugin logs. */
export const REDACTED_PATHS = [
  'access_token', 'refresh_token', 'accessToken', 'refreshToken', 'client_secret', 'clientSecret', 'authorization',
  'token', 'encryptionKey', 'adminToken',
  '*.access_token', '*.refresh_token', '*.accessToken', '*.refreshToken', '*.client_secret', '*.clientSecret',
  '*.authorization', '*.token', 'headers.authorization', 'req.headers.authorization'
]
/** Most location views kept by forLocation (each is a handful of closures). */
const MAX_LOCATION_VIEWS = 1000
/** After an agency could not provide a location token, wait this long before asking again. */
const AGENCY_MISS_COOLDOWN_MS = 60_000
/** "Before this" covers every stored expiry (Postgres cannot take JavaScript's largest date). */
const FAR_FUTURE_MS = 100 * 365 * 86_400_000

export type DbOption = pg.Pool | PGlite | TokenStore | { $client: pg.Pool | PGlite }

export interface GhlOptions extends Omit<GhlConfigInput, 'adminPreHandler' | 'db' | 'metrics'> {
  /** An existing database: a pg Pool, a PGlite instance, a drizzle database over either, or a TokenStore. Never closed by the plugin. */
  db?: DbOption
  /** Guards the admin routes instead of the admin token (e.g. the host's session check). */
  adminPreHandler?: preHandlerAsyncHookHandler
  /** Metrics options, or false for no metrics (and no /metrics route). */
  metrics?: { registry?: Registry, protect?: boolean } | false
}

/** The API bound to one location (or company) connection. */
export interface LocationApi {
  readonly locationId: string
  request: Requester
  contacts: ContactsApi
  syncSignup: SyncSignup
  rateLimitState: () => RateLimitState
  breakerState: () => BreakerState
}

// ── store and key ─────────────────────────────────────────────────────────────────────────────────────────────────

interface OpenedStore {
  store: TokenStore
  /** Whether tokens live outside this process (an encryption key is then required). */
  external: boolean
  embedded: boolean
  close: () => Promise<void>
}

function isTokenStore (db: object): db is TokenStore {
  return typeof (db as TokenStore).withRefreshLock === 'function' && typeof (db as TokenStore).migrate === 'function'
}

function isPglite (db: object): db is PGlite {
  return typeof (db as PGlite).listen === 'function' && typeof (db as PGlite).exec === 'function' && 'waitReady' in db
}

function isPgPool (db: object): db is pg.Pool {
  return typeof (db as pg.Pool).connect === 'function' && typeof (db as pg.Pool).query === 'function' && 'totalCount' in db
}

function describeDb (db: DbOption): { kind: 'store' | 'pglite' | 'pool', value: object } {
  let value: object = db
  if (!isTokenStore(value) && '$client' in value && value.$client !== null && typeof value.$client === 'object') value = value.$client as object
  if (isTokenStore(value)) return { kind: 'store', value }
  if (isPglite(value)) return { kind: 'pglite', value }
  if (isPgPool(value)) return { kind: 'pool', value }
  throw new GhlConfigError('options.db must be a pg Pool, a PGlite instance, a drizzle database over one of them, or a TokenStore')
}

function storeIsExternal (settings: GhlSettings, db: DbOption | undefined): boolean {
  if (db !== undefined) {
    const { kind, value } = describeDb(db)
    return kind === 'pool' || (kind === 'store' && (value as TokenStore).backend === 'pg')
  }
  return settings.databaseUrl !== undefined
}

function openStore (settings: GhlSettings, db: DbOption | undefined, log: GhlLogger): OpenedStore {
  const reporting = { log }
  if (db !== undefined) {
    const { kind, value } = describeDb(db)
    if (kind === 'store') {
      const store = value as TokenStore
      return { store, external: store.backend === 'pg', embedded: store.backend === 'pglite', close: async () => {} }
    }
    const store = kind === 'pglite'
      ? createPgliteTokenStore({ ...reporting, pglite: value as PGlite })
      : createPgTokenStore({ ...reporting, pool: value as pg.Pool })
    return { store, external: kind === 'pool', embedded: kind === 'pglite', close: async () => { await store.close() } }
  }
  if (settings.databaseUrl !== undefined) {
    const pool = new pg.Pool({ connectionString: settings.databaseUrl, max: settings.poolMax, application_name: 'fastify-ghl' })
    // pool.end() resolves while idle clients are still disconnecting; an error on one of them then (the server ending
    // the session) is emitted on the pool, and without a listener it would crash the host. The store listens while it
    // is open; this one stays for good.
    let closing = false
    pool.on('error', (err) => { if (closing) log.debug({ err: err.message }, 'fastify-ghl: a closing Postgres connection failed') })
    const store = createPgTokenStore({ ...reporting, pool })
    return {
      store,
      external: true,
      embedded: false,
      close: async () => {
        closing = true
        try { await store.close() } finally { await pool.end() }
      }
    }
  }
  const store = createPgliteTokenStore({ ...reporting, dataDir: settings.dataDir })
  return { store, external: false, embedded: true, close: async () => { await store.close() } }
}

/**
 * The key ring: configured; else refused for an external database; else generated for the embedded database (kept
 * next to a PGlite data directory so a restart can still read the tokens it stored).
 */
async function loadKeyRing (settings: GhlSettings, external: boolean, log: GhlLogger): Promise<KeyRing> {
  const name = settingName('encryptionKey')
  if (settings.encryptionKey !== undefined) return parseKeyRing(settings.encryptionKey, name)
  if (external) {
    throw new GhlConfigError(`${name} is required with an external database (DATABASE_URL / options.db): tokens are stored encrypted ` +
      'with it. Generate one with: node -e "console.log(require(\'node:crypto\').randomBytes(32).toString(\'base64\'))"')
  }
  if (settings.dataDir === undefined) {
    log.warn({}, `GHL_TOKEN_ENCRYPTION_KEY is not set: generated a key for the in-memory embedded database (tokens do not survive a restart); set ${name} for production`)
    return parseKeyRing(generateKey(), name)
  }
  const keyFile = settings.dataDir.replace(/[\\/]+$/, '') + '.fastify-ghl.key'
  let key: string
  try {
    key = (await readFile(keyFile, 'utf8')).trim()
    log.warn({ keyFile }, `GHL_TOKEN_ENCRYPTION_KEY is not set: using the generated key in ${keyFile}; set ${name} for production`)
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw err
    key = generateKey()
    await mkdir(dirname(keyFile), { recursive: true })
    await writeFile(keyFile, key + '\n', { mode: 0o600, flag: 'wx' })
    await chmod(keyFile, 0o600)
    log.warn({ keyFile }, `GHL_TOKEN_ENCRYPTION_KEY is not set: generated a key and saved it to ${keyFile}; set ${name} for production`)
  }
  return parseKeyRing(key, `${name} (from ${keyFile})`)
}

// ── configuration ─────────────────────────────────────────────────────────────────────────────────────────────────

/** @fastify/env over the environment and the options (options win), in an encapsulated context: nothing leaks to the host. */
async function loadEnv (fastify: FastifyInstance, opts: GhlOptions): Promise<EnvValues> {
  const source = opts.env === false ? {} : opts.env ?? process.env
  if (source === null || typeof source !== 'object') throw new GhlConfigError('options.env must be an object of variables or false')
  const data = { ...pickEnv(source), ...optionsAsEnv(opts) }
  let values: EnvValues | undefined
  await fastify.register(async function ghlConfig (child) {
    try {
      await child.register(fastifyEnv, { confKey: 'ghlConfig', schema: structuredClone(ENV_SCHEMA) as object, data, env: false, dotenv: false })
    } catch (err) {
      throw envError(err)
    }
    values = (child as unknown as { ghlConfig: EnvValues }).ghlConfig
  })
  if (values === undefined) throw new GhlConfigError('configuration could not be loaded')
  return values
}

// ── the decorator ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface GhlClientParts {
  settings: GhlSettings
  api: ApiClient
  manager: TokenManager
  events: GhlEventEmitter
  metrics: GhlMetrics | undefined
  stateSigner: OAuthStateSigner
  sweep: () => Promise<SweepResult>
  signupTags?: Record<string, readonly string[]>
}

/** Builds `fastify.ghl`: the API client surface with per-call metrics, the token operations, the events. */
export function createGhlClient (parts: GhlClientParts) {
  const { settings, api, manager, metrics } = parts
  const defaultConnection = settings.locationId

  function instrument (request: Requester): Requester {
    if (metrics === undefined) return request
    return <T>(opts: RequestOptions): Promise<T> => {
      const started = performance.now()
      return request<T>(opts).then((value) => {
        metrics.observeRequest(opts.method, opts.path, '2xx', (performance.now() - started) / 1000)
        return value
      }, (err: unknown) => {
        metrics.observeRequest(opts.method, opts.path, statusLabel(err), (performance.now() - started) / 1000)
        throw err
      })
    }
  }

  const request = instrument(api.request)
  const contacts = createContactsApi(request, defaultConnection)
  const syncSignup = createSyncSignup(contacts, parts.signupTags)
  const views = new Map<string, LocationApi>()

  /** The same API bound to another location (or company) connection. */
  function forLocation (locationId: string): LocationApi {
    let view = views.get(locationId)
    if (view !== undefined) return view
    const bound: ConnectionApi = api.forConnection(locationId)
    const boundRequest = instrument(bound.request)
    const boundContacts = createContactsApi(boundRequest, locationId)
    view = {
      locationId,
      request: boundRequest,
      contacts: boundContacts,
      syncSignup: createSyncSignup(boundContacts, parts.signupTags),
      rateLimitState: bound.rateLimitState,
      breakerState: bound.breakerState
    }
    if (views.size >= MAX_LOCATION_VIEWS) views.clear()
    views.set(locationId, view)
    return view
  }

  return {
    /** The default connection (options.locationId / GHL_LOCATION_ID), if configured. */
    locationId: defaultConnection,
    /** Any GHL endpoint, token-managed: `request({ method, path, query?, body?, connection?, idempotent? })`. */
    request,
    contacts,
    syncSignup,
    forLocation,
    tokens: {
      /** An access token valid for at least the refresh window. */
      getValidToken: async (connection?: string): Promise<string> => await manager.getValidToken(connection),
      /** Refreshes now (once fleet-wide); returns the connection's state, never a token. */
      forceRefresh: async (connection?: string): Promise<ConnectionView> => await manager.forceRefresh(connection),
      /** The connection's state (no token), or null when none is stored. */
      status: async (connection?: string): Promise<ConnectionView | null> => await manager.status(connection),
      /** Every stored connection (no tokens). */
      list: async (): Promise<ConnectionView[]> => await manager.list()
    },
    events: parts.events,
    rateLimitState: (connection?: string): RateLimitState => api.rateLimitState(connection),
    breakerState: (connection?: string): BreakerState => api.breakerState(connection),
    /** A consent URL with a fresh signed state (what GET /auth-url answers). */
    authUrl: (): { url: string, state: string } => {
      const { state } = parts.stateSigner.issue()
      return { url: consentUrl(settings, state), state }
    },
    /** Runs one refresh sweep now (what the scheduled refresher runs). */
    refreshDue: async (): Promise<SweepResult> => await parts.sweep(),
    /** The prom-client registry holding the plugin's metrics (undefined with metrics: false). */
    metrics: metrics?.registry,
    /** Settings that are not secrets. */
    config: Object.freeze({
      prefix: settings.prefix,
      locationId: settings.locationId,
      userType: settings.userType,
      appId: settings.appId,
      apiBaseUrl: settings.apiBaseUrl,
      authBaseUrl: settings.authBaseUrl,
      apiVersion: settings.apiVersion,
      redirectUri: settings.redirectUri,
      scopes: settings.scopes,
      refreshWindowSeconds: settings.refreshWindowSeconds,
      refresher: settings.refresher
    })
  }
}

export type GhlClient = ReturnType<typeof createGhlClient>

declare module 'fastify' {
  interface FastifyInstance {
    ghl: GhlClient
  }
}

// ── agency installs ───────────────────────────────────────────────────────────────────────────────────────────────

interface AgencyParts {
  store: TokenStore
  manager: TokenManager
  oauth: OAuthClient
  settings: GhlSettings
  log: GhlLogger
  now: () => number
}

/**
 * Location tokens through an agency (Company) connection, `POST /oauth/locationToken`: for forLocation(id) of a
 * location that has no connection yet, and for INSTALL webhooks of locations under an agency install.
 */
function createAgency ({ store, manager, oauth, settings, log, now }: AgencyParts) {
  const inflight = new Map<string, Promise<boolean>>()
  const misses = new Map<string, number>()

  async function companies (companyId: string | undefined): Promise<Array<{ id: string, companyId: string }>> {
    if (companyId !== undefined) {
      const row = await store.get(companyId)
      return row !== null && row.userType === 'Company' && row.status === 'active' ? [{ id: row.id, companyId: row.companyId ?? row.id }] : []
    }
    const rows = (await store.list()).filter((row) => row.userType === 'Company' && row.status === 'active')
    rows.sort((a, b) => (a.id === settings.locationId ? -1 : b.id === settings.locationId ? 1 : 0))
    return rows.map((row) => ({ id: row.id, companyId: row.companyId ?? row.id }))
  }

  async function obtain (locationId: string, companyId: string | undefined): Promise<boolean> {
    const existing = await store.get(locationId)
    if (existing !== null && existing.status === 'active') return true
    let lastError: unknown
    for (const company of await companies(companyId)) {
      try {
        const agencyToken = await manager.getValidToken(company.id)
        const response = await oauth.locationToken(agencyToken, company.companyId, locationId, settings.apiVersion)
        await manager.saveAuthorization({ ...response, userType: 'Location' as UserType, locationId: response.locationId ?? locationId, companyId: response.companyId ?? company.companyId })
        log.info({ connection: locationId, agency: company.id }, 'GHL location token obtained through the agency connection')
        return true
      } catch (err) {
        lastError = err
      }
    }
    if (lastError !== undefined) throw lastError
    return false
  }

  /** true: a location connection exists now; false: no agency connection could provide one. */
  function install (locationId: string, companyId: string | undefined): Promise<boolean> {
    const key = `${locationId}\u0000${companyId ?? ''}`
    let running = inflight.get(key)
    if (running === undefined) {
      running = obtain(locationId, companyId).finally(() => { inflight.delete(key) })
      inflight.set(key, running)
    }
    return running
  }

  return {
    install,
    /** The token provider the API client uses: the manager, plus agency location tokens for unknown locations. */
    provider (): TokenProvider {
      const fromAgency = async (connection: string, original: unknown): Promise<string> => {
        const missedAt = misses.get(connection)
        if (missedAt !== undefined && now() - missedAt < AGENCY_MISS_COOLDOWN_MS) throw original
        let ok: boolean
        try {
          ok = await install(connection, undefined)
        } catch (err) {
          misses.set(connection, now())
          throw err
        }
        if (!ok) {
          if (misses.size > MAX_LOCATION_VIEWS) misses.clear()
          misses.set(connection, now())
          throw original
        }
        return await manager.getValidToken(connection)
      }
      return {
        getValidToken: (connection) => manager.getValidToken(connection).catch(async (err: unknown) => {
          if (!(err instanceof GhlNotConnectedError)) throw err
          return await fromAgency(connection, err)
        }),
        refreshAfterUnauthorized: async (connection, rejected) => await manager.refreshAfterUnauthorized(connection, rejected),
        markReauthRequired: async (connection, reason) => await manager.markReauthRequired(connection, reason)
      }
    }
  }
}

// ── the plugin ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Closes what was opened, last opened first, each step once, failures logged and not stopping the rest. */
class Resources {
  readonly #steps: Array<{ name: string, close: () => Promise<void> | void }> = []
  #closing: Promise<void> | undefined

  constructor (private readonly log: GhlLogger) {}

  add (name: string, close: () => Promise<void> | void): void {
    this.#steps.push({ name, close })
  }

  close (): Promise<void> {
    this.#closing ??= (async () => {
      for (const step of this.#steps.reverse()) {
        try {
          await step.close()
        } catch (err) {
          this.log.error({ step: step.name, err: (err as Error).message }, 'fastify-ghl: closing a resource failed')
        }
      }
    })()
    return this.#closing
  }
}

const ghl: FastifyPluginAsync<GhlOptions> = async (fastify, opts) => {
  if (fastify.hasDecorator('ghl')) {
    throw new GhlConfigError('fastify-ghl is already registered on this Fastify instance (fastify.ghl exists); register it once and use fastify.ghl.forLocation(id) for other connections')
  }
  if (opts === null || typeof opts !== 'object') throw new GhlConfigError('options must be an object')
  const settings = normalizeSettings(await loadEnv(fastify, opts), opts as GhlConfigInput)
  const external = storeIsExternal(settings, opts.db)
  const now = opts.now ?? Date.now
  const log: GhlLogger = fastify.log.child({ plugin: 'fastify-ghl' }, { redact: { paths: REDACTED_PATHS, censor: '[redacted]' } })
  const keyRing = await loadKeyRing(settings, external, log)
  const events = new GhlEventEmitter()
  const resources = new Resources(log)

  let ctx: RouteContext
  let sweeper: Sweeper
  try {
    const opened = openStore(settings, opts.db, log)
    resources.add('store', opened.close)
    const store = opened.store
    if (settings.migrate) await store.migrate()

    const ownsDispatcher = opts.dispatcher === undefined
    const dispatcher: Dispatcher = opts.dispatcher ?? new Agent({ connect: { timeout: opts.timeouts?.connectMs ?? 10_000 } })
    if (ownsDispatcher) resources.add('dispatcher', async () => { await dispatcher.close() })

    const oauth = createOAuthClient({ baseUrl: settings.apiBaseUrl, clientId: settings.clientId, clientSecret: settings.clientSecret, dispatcher })
    resources.add('oauth client', async () => { await oauth.close() })

    const manager = createTokenManager({
      store,
      keyRing,
      oauth,
      events,
      log,
      defaultConnection: settings.locationId,
      refreshWindowSeconds: settings.refreshWindowSeconds,
      ...(settings.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: settings.lockTimeoutMs }),
      reauthUrl: `${settings.prefix}/auth-url`,
      now
    })
    const agency = createAgency({ store, manager, oauth, settings, log, now })
    const api = createApiClient({
      tokens: agency.provider(),
      events,
      apiBaseUrl: settings.apiBaseUrl,
      defaultConnection: settings.locationId,
      apiVersion: settings.apiVersion,
      dispatcher,
      timeouts: opts.timeouts,
      retry: opts.retry,
      rateLimit: opts.rateLimit,
      breaker: opts.breaker,
      log,
      signupTags: opts.signupTags
    })
    resources.add('api client', async () => { await api.close() })

    if (settings.refreshToken !== undefined && settings.locationId !== undefined) {
      const seeded = await manager.seed({
        connection: settings.locationId,
        userType: settings.userType,
        refreshToken: settings.refreshToken,
        ...(settings.accessToken === undefined ? {} : { accessToken: settings.accessToken })
      })
      log.info({ connection: settings.locationId, seeded }, seeded
        ? 'GHL connection seeded from GHL_REFRESH_TOKEN'
        : 'GHL connection already stored; GHL_REFRESH_TOKEN ignored (the database is the source of truth)')
    }
    await manager.start()
    resources.add('token manager (LISTEN)', async () => { await manager.close() })

    const pending = new Set<Promise<void>>()
    const background = (task: () => Promise<void>): void => {
      const run: Promise<void> = task()
        .catch((err: unknown) => { log.error({ err: (err as Error).message }, 'fastify-ghl background task failed') })
        .finally(() => { pending.delete(run) })
      pending.add(run)
    }
    resources.add('background tasks', async () => { await Promise.allSettled([...pending]) })

    const metrics = settings.metrics === false
      ? undefined
      : createGhlMetrics({
        events,
        registry: settings.metrics.registry as Registry | undefined,
        now,
        snapshot: async () => {
          const [soonest] = await store.listDue(new Date(now() + FAR_FUTURE_MS), 1)
          return { soonestExpiry: soonest === undefined ? undefined : soonest.expiresAt, connections: await store.countByStatus() }
        },
        rateLimit: () => settings.locationId === undefined ? undefined : api.rateLimitState(settings.locationId)
      })
    if (metrics !== undefined) resources.add('metrics', () => { metrics.close() })

    sweeper = createSweeper({
      manager,
      store,
      log,
      now,
      settings: settings.refresher === false ? { concurrency: DEFAULT_REFRESHER_CONCURRENCY, batchSize: DEFAULT_REFRESHER_BATCH } : settings.refresher,
      webhookRetentionMs: settings.webhookRetentionMs
    })
    resources.add('refresher', async () => { await sweeper.stop() })

    const stateSigner = createOAuthState({ secret: settings.stateSecret, ttlSeconds: settings.stateTtlSeconds, now })
    const client = createGhlClient({ settings, api, manager, events, metrics, stateSigner, sweep: sweeper.sweep, signupTags: opts.signupTags })
    ctx = {
      settings,
      client,
      api,
      manager,
      store,
      oauth,
      events,
      metrics,
      stateSigner,
      verifier: createWebhookVerifier({ publicKeys: settings.webhookPublicKeys, legacyKeys: settings.webhookLegacyKeys }),
      admin: adminGuard(settings.adminToken, opts.adminPreHandler),
      installLocation: agency.install,
      background,
      log,
      now
    }
    fastify.decorate('ghl', client)
  } catch (err) {
    await resources.close()
    throw err
  }
  fastify.addHook('onClose', async () => {
    await resources.close()
    events.removeAllListeners()
  })

  await fastify.register(routes, { prefix: settings.prefix, ctx })
  if (settings.refresher !== false) await fastify.register(refresher, { sweeper, settings: settings.refresher, log })
  if (settings.webhookPublicKeys.length === 0 && settings.webhookLegacyKeys.length === 0) {
    log.info({}, `GHL webhooks are refused until ${settingName('webhookPublicKey')} is set`)
  }
}

export default fp(ghl, { fastify: '5.x', name: 'fastify-ghl' })

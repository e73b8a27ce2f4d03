// A small TokenProvider over the sandbox, for client tests: hands out the sandbox-issued access token of each
// connection; refreshAfterUnauthorized refreshes through POST /oauth/token (refresh_token grant, compare-and-refresh,
// single-flight) and counts calls; markReauthRequired records the call and returns GHL_REAUTH_REQUIRED.
import type { Test } from 'tap'
import { request } from 'undici'
import { createGhlApi, type GhlApi, type GhlApiOptions } from '../../lib/ghl-api.js'
import { GhlReauthRequiredError } from '../../lib/errors.js'
import { GhlEventEmitter } from '../../lib/events.js'
import type { GhlLogger } from '../../lib/logger.js'
import type { TokenProvider } from '../../lib/tokens/provider.js'
import type { Sandbox, SandboxOptions } from '../../sandbox/index.js'
import { sandboxFor } from './sandbox.js'

interface SandboxLike {
  readonly url: string
  readonly clientId: string
  readonly clientSecret: string
  issueTokens: (input?: { locationId?: string }) => { access_token: string, refresh_token: string, userType?: string, locationId?: string }
}

interface Held {
  access: string
  refresh: string
  userType: string
}

export class SandboxTokenProvider implements TokenProvider {
  readonly #sandbox: SandboxLike
  readonly #held = new Map<string, Held>()
  readonly #inflight = new Map<string, Promise<string>>()
  /** refreshAfterUnauthorized calls, and refreshes that really went to /oauth/token. */
  refreshCalls = 0
  refreshes = 0
  getCalls = 0
  readonly reauth: Array<{ connection: string, reason: string }> = []

  constructor (sandbox: SandboxLike) {
    this.#sandbox = sandbox
  }

  /** Installs the app on `locationId` in the sandbox and keeps its tokens; returns the location id (the connection). */
  install (locationId?: string): string {
    const res = this.#sandbox.issueTokens(locationId === undefined ? {} : { locationId })
    const connection = res.locationId ?? locationId
    if (connection === undefined) throw new Error('sandbox issued a token without locationId')
    this.#held.set(connection, { access: res.access_token, refresh: res.refresh_token, userType: res.userType ?? 'Location' })
    return connection
  }

  /** The current access token of a connection (to check that no error leaks it). */
  accessToken (connection: string): string {
    return this.#must(connection).access
  }

  async getValidToken (connection: string): Promise<string> {
    this.getCalls++
    return this.#must(connection).access
  }

  async refreshAfterUnauthorized (connection: string, rejectedToken: string): Promise<string> {
    this.refreshCalls++
    const held = this.#must(connection)
    if (held.access !== rejectedToken) return held.access
    let p = this.#inflight.get(connection)
    if (p === undefined) {
      p = this.#refresh(connection, held).finally(() => { this.#inflight.delete(connection) })
      this.#inflight.set(connection, p)
    }
    return await p
  }

  async markReauthRequired (connection: string, reason: string): Promise<Error> {
    this.reauth.push({ connection, reason })
    return new GhlReauthRequiredError(connection, reason, '/api/integrations/ghl/auth-url')
  }

  async #refresh (connection: string, held: Held): Promise<string> {
    const form = new URLSearchParams({
      client_id: this.#sandbox.clientId,
      client_secret: this.#sandbox.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: held.refresh,
      user_type: held.userType
    })
    const res = await request(`${this.#sandbox.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      reset: true
    })
    const body = await res.body.json() as { access_token?: string, refresh_token?: string, error?: string }
    if (res.statusCode !== 200 || typeof body.access_token !== 'string') {
      throw new Error(`sandbox refresh failed: ${res.statusCode} ${body.error ?? ''}`)
    }
    this.refreshes++
    const next = { access: body.access_token, refresh: body.refresh_token ?? held.refresh, userType: held.userType }
    this.#held.set(connection, next)
    return next.access
  }

  #must (connection: string): Held {
    const held = this.#held.get(connection)
    if (held === undefined) throw new Error(`no tokens for connection ${connection}`)
    return held
  }
}

// ---------- a client over a fresh sandbox, for test/client ----------

export interface LogLine {
  level: 'trace' | 'debug' | 'info' | 'warn' | 'error'
  obj: object
  msg?: string
}

/** A GhlLogger that keeps its lines. */
export function memoryLogger (): GhlLogger & { lines: LogLine[] } {
  const lines: LogLine[] = []
  const at = (level: LogLine['level']) => (obj: object, msg?: string): void => { lines.push({ level, obj, msg }) }
  return { lines, trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}

export interface ClientFixture {
  sandbox: Sandbox
  tokens: SandboxTokenProvider
  /** The default connection: the sandbox's default location. */
  location: string
  events: GhlEventEmitter
  log: ReturnType<typeof memoryLogger>
  client: GhlApi
}

/**
 * Starts a sandbox (closed at teardown), installs the app on its default location, and builds a client on it
 * (closed at teardown). Retries wait little by default (baseMs 5) so tests stay fast.
 */
export async function clientFixture (t: Test, options: { sandbox?: SandboxOptions, client?: Partial<GhlApiOptions> } = {}): Promise<ClientFixture> {
  const sandbox = await sandboxFor(t, options.sandbox)
  const tokens = new SandboxTokenProvider(sandbox)
  const location = tokens.install()
  const events = new GhlEventEmitter()
  const log = memoryLogger()
  const client = createGhlApi({
    tokens,
    events,
    log,
    apiBaseUrl: sandbox.url,
    defaultConnection: location,
    ...options.client,
    retry: { baseMs: 5, capMs: 50, ...options.client?.retry }
  })
  t.teardown(async () => { await client.close() })
  return { sandbox, tokens, location, events, log, client }
}

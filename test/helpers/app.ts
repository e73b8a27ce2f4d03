// App fixtures: a Fastify app with fastify-ghl registered against a sandbox and a fresh Postgres database, closed at
// teardown; plus the OAuth round trip through inject, for tests that need a stored connection.
import { Writable } from 'node:stream'
import Fastify, { type FastifyInstance } from 'fastify'
import pg from 'pg'
import type { Test } from 'tap'
import fastifyGhl, { createPgTokenStore, type GhlOptions, type TokenStore } from '../../index.js'
import type { Sandbox, SandboxOptions } from '../../sandbox/index.js'
import { testDatabase } from './db.js'
import { request } from 'undici'
import { sandboxFor } from './sandbox.js'
import { TEST_KEY } from './tokens.js'

export const PREFIX = '/api/integrations/ghl'
export const ADMIN_TOKEN = 'admin-token-for-tests-0123456789'
/** The sandbox's default location, and the plugin's default connection in these tests. */
export const LOCATION = 'loc_sandbox_1'
/** Never contacted: the tests follow GHL's redirect themselves, to wherever the app listens. */
export const REDIRECT_URI = `http://app.test${PREFIX}/callback`

export interface BuildOptions {
  /** An existing sandbox (two apps against one GHL); default a new one. */
  sandbox?: Sandbox
  sandboxOptions?: SandboxOptions
  /** An existing database (two apps sharing one); default a fresh one. */
  databaseUrl?: string
  /** Plugin options over the defaults below. */
  options?: Partial<GhlOptions>
  /** Listen on 127.0.0.1 (for real HTTP). */
  listen?: boolean
  /** Capture the app's log lines (JSON strings). */
  logs?: string[]
  /** Or send them (at trace) to this stream, e.g. a SecretScan's logStream(). */
  logStream?: Writable
}

export interface Built {
  app: FastifyInstance
  sb: Sandbox
  databaseUrl: string
  /** http://127.0.0.1:port when listening. */
  url: string | undefined
}

export function pluginOptions (sb: Sandbox, databaseUrl: string): GhlOptions {
  return {
    env: false,
    clientId: sb.clientId,
    clientSecret: sb.clientSecret,
    redirectUri: REDIRECT_URI,
    locationId: LOCATION,
    databaseUrl,
    encryptionKey: TEST_KEY,
    apiBaseUrl: sb.url,
    authBaseUrl: sb.url,
    adminToken: ADMIN_TOKEN,
    webhookPublicKey: sb.publicKeys.ed25519Pem
  }
}

/** A registered, ready app; closed at teardown (before the sandbox and the database go). */
export async function build (t: Test, opts: BuildOptions = {}): Promise<Built> {
  const sb = opts.sandbox ?? await sandboxFor(t, opts.sandboxOptions)
  const databaseUrl = opts.databaseUrl ?? await testDatabase(t)
  const logs = opts.logs
  const stream = opts.logStream ?? (logs === undefined ? undefined : new Writable({ write (chunk, _enc, cb) { logs.push(String(chunk)); cb() } }))
  const app = Fastify(stream === undefined ? { logger: false } : { logger: { level: 'trace', stream } })
  t.teardown(async () => { await app.close() })
  await app.register(fastifyGhl, { ...pluginOptions(sb, databaseUrl), ...opts.options })
  await app.ready()
  let url: string | undefined
  if (opts.listen === true) url = await app.listen({ host: '127.0.0.1', port: 0 })
  return { app, sb, databaseUrl, url }
}

export const ADMIN_HEADERS = { authorization: `Bearer ${ADMIN_TOKEN}` }

/** The `name=value` pair of a Set-Cookie header of a response (what a browser would send back), or undefined. */
export function cookieFrom (setCookie: string | string[] | number | undefined, name: string): string | undefined {
  const all = Array.isArray(setCookie) ? setCookie : setCookie === undefined ? [] : [String(setCookie)]
  return all.map((c) => c.split(';', 1)[0]).find((pair) => pair.startsWith(`${name}=`))
}

/** GET /auth-url as the admin: the consent URL, its state, and the cookie the browser would send to the callback. */
export async function authUrl (app: FastifyInstance, headers: Record<string, string> = ADMIN_HEADERS): Promise<{ url: string, state: string, cookie: string }> {
  const auth = await app.inject({ method: 'GET', url: `${PREFIX}/auth-url`, headers })
  if (auth.statusCode !== 200) throw new Error(`auth-url answered ${auth.statusCode}: ${auth.body}`)
  const cookie = cookieFrom(auth.headers['set-cookie'], 'ghl_oauth_state')
  if (cookie === undefined) throw new Error('auth-url set no ghl_oauth_state cookie')
  return { ...auth.json(), cookie }
}

/**
 * The OAuth round trip: auth-url (inject) → the sandbox's consent page at the URL it gave (HTTP) → callback (inject)
 * with the code and state GHL redirected with. Returns the callback's JSON.
 */
export async function connect (app: FastifyInstance, _sb?: Sandbox, adminHeaders: Record<string, string> = ADMIN_HEADERS): Promise<any> {
  const auth = await authUrl(app, adminHeaders)
  const page = await request(auth.url, { method: 'GET' })
  await page.body.text()
  if (page.statusCode !== 302) throw new Error(`the consent page answered ${page.statusCode}`)
  const back = new URL(String(page.headers.location))
  const res = await app.inject({ method: 'GET', url: back.pathname + back.search, headers: { cookie: auth.cookie } })
  if (res.statusCode !== 200) throw new Error(`callback answered ${res.statusCode}: ${res.body}`)
  return res.json()
}

/**
 * A token store over its own small pool, for tests that read or write rows behind the app's back; closed at teardown.
 * The pool keeps an 'error' listener after end(): the test database is dropped right after, and a client still
 * disconnecting then must not crash the test.
 */
export async function sideStore (t: Test, databaseUrl: string): Promise<TokenStore> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 })
  pool.on('error', () => {})
  const store = createPgTokenStore({ pool })
  t.teardown(async () => { await store.close(); await pool.end() })
  return store
}

/** Polls `check` until it returns true (or fails the test after `timeoutMs`). */
export async function eventually (check: () => Promise<boolean> | boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

import type { Test } from 'tap'
import { request } from 'undici'
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index.js'

// Sandbox fixtures: one GoHighLevel stand-in per test on a free 127.0.0.1 port, closed at teardown, and small
// HTTP helpers over undici for tests that talk to it.

export const API_VERSION = '2021-07-28'

/** Starts a sandbox on a free port; closed when the test ends. */
export async function sandboxFor (t: Test, options: SandboxOptions = {}): Promise<Sandbox> {
  const sb = await startSandbox({ port: 0, ...options })
  t.teardown(() => sb.close())
  return sb
}

export interface HttpResult<T = any> {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: T
  text: string
}

export interface CallOptions {
  body?: unknown
  /** sent as application/x-www-form-urlencoded */
  form?: Record<string, string>
  headers?: Record<string, string>
  /** default true: Version: 2021-07-28 */
  version?: string | false
}

/** One HTTP call to the sandbox; JSON bodies are parsed (text kept). */
export async function call<T = any> (sb: Sandbox | string, method: string, path: string, token?: string, opts: CallOptions = {}): Promise<HttpResult<T>> {
  const base = typeof sb === 'string' ? sb : sb.url
  const headers: Record<string, string> = { ...opts.headers }
  if (token !== undefined) headers.authorization = `Bearer ${token}`
  const version = opts.version ?? API_VERSION
  if (version !== false) headers.version = version
  let payload: string | undefined
  if (opts.form !== undefined) {
    headers['content-type'] ??= 'application/x-www-form-urlencoded'
    payload = new URLSearchParams(opts.form).toString()
  } else if (opts.body !== undefined) {
    headers['content-type'] ??= 'application/json'
    payload = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)
  }
  const res = await request(base + path, { method: method as 'GET', headers, body: payload })
  const text = await res.body.text()
  let body: unknown = text
  if (String(res.headers['content-type'] ?? '').includes('json') && text.length > 0) body = JSON.parse(text)
  return { status: res.statusCode, headers: res.headers, body: body as T, text }
}

/** POST /oauth/token with the sandbox's client credentials plus `fields`. */
export async function tokenCall (sb: Sandbox, fields: Record<string, string>): Promise<HttpResult> {
  return await call(sb, 'POST', '/oauth/token', undefined, {
    version: false,
    form: { client_id: sb.clientId, client_secret: sb.clientSecret, ...fields }
  })
}

export async function refresh (sb: Sandbox, refreshToken: string, userType = 'Location'): Promise<HttpResult> {
  return await tokenCall(sb, { grant_type: 'refresh_token', refresh_token: refreshToken, user_type: userType })
}

/** Runs the consent stand-in and returns the `code` (and `state`) it redirected with. */
export async function consent (sb: Sandbox, redirectUri: string, extra: Record<string, string> = {}): Promise<{ code: string, state: string | null, location: string }> {
  const q = new URLSearchParams({ response_type: 'code', client_id: sb.clientId, redirect_uri: redirectUri, scope: 'contacts.readonly contacts.write', ...extra })
  const res = await call(sb, 'GET', `/v2/oauth/chooselocation?${q.toString()}`, undefined, { version: false })
  if (res.status !== 302) throw new Error(`consent answered ${res.status}: ${res.text}`)
  const location = String(res.headers.location)
  const url = new URL(location)
  return { code: url.searchParams.get('code') ?? '', state: url.searchParams.get('state'), location }
}

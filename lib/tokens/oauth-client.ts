// GHL's OAuth token endpoint: code exchange, refresh, agency → location tokens. Each failure is classified,
// because a refresh POST is not idempotent (GHL rotates refresh tokens): whether it may be retried depends on
// whether the request can have been processed.
import { Pool, type Dispatcher } from 'undici'
import type { UserType } from '../../db/types.js'
import { GhlRefreshError } from '../errors.js'
import { failureCode, neverSent } from '../client/retry.js'
import type { TokenResponse } from './types.js'
import { DEFAULT_USER_AGENT } from '../client/version.js'

export const DEFAULT_OAUTH_TIMEOUT_MS = 10_000

/**
 * - `invalid_grant`: the grant (code or refresh token) is dead — final until re-authorization.
 * - `rejected`: another 4xx (e.g. "Location is not active", invalid_client) — final.
 * - `server`: GHL answered 5xx — retry with backoff.
 * - `unsent`: the request never left (connection refused…) — retry.
 * - `lost`: sent, no answer (timeout, reset) — the refresh token may already be consumed; try once more only.
 */
export type OAuthFailureKind = 'invalid_grant' | 'rejected' | 'server' | 'unsent' | 'lost'

export interface OAuthFailureCause {
  kind: OAuthFailureKind
  status?: number
  /** GHL's `error` / `error_description` / `message`; never a token. */
  error?: string
  description?: string
}

export interface OAuthClientOptions {
  baseUrl: string
  clientId: string
  clientSecret: string
  dispatcher?: Dispatcher
  /** Whole token call; keep it shorter than the refresh lock's idle timeout. */
  timeoutMs?: number
  userAgent?: string
}

export interface OAuthClient {
  exchangeCode (code: string, redirectUri: string, userType?: UserType): Promise<TokenResponse>
  refresh (refreshToken: string, userType: UserType, connection: string): Promise<TokenResponse>
  locationToken (companyAccessToken: string, companyId: string, locationId: string, apiVersion?: string): Promise<TokenResponse>
  close (): Promise<void>
}

export function oauthFailure (err: unknown): OAuthFailureCause | undefined {
  const cause = (err as { cause?: unknown } | undefined)?.cause
  if (cause !== null && typeof cause === 'object' && 'kind' in cause) return cause as OAuthFailureCause
  return undefined
}

function text (value: unknown): string | undefined {
  if (typeof value === 'string') return value.slice(0, 300)
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join('; ').slice(0, 300)
  return undefined
}

function readTokenResponse (body: unknown, subject: string): TokenResponse {
  const b = body as Partial<TokenResponse> | null
  if (b === null || typeof b !== 'object' || typeof b.access_token !== 'string' || typeof b.refresh_token !== 'string' ||
    typeof b.expires_in !== 'number') {
    throw new GhlRefreshError(subject, 'the token endpoint answered 200 without access_token, refresh_token and expires_in',
      { cause: { kind: 'rejected', status: 200 } satisfies OAuthFailureCause })
  }
  return b as TokenResponse
}

export function createOAuthClient (options: OAuthClientOptions): OAuthClient {
  const origin = new URL(options.baseUrl)
  const basePath = origin.pathname.replace(/\/$/, '')
  const dispatcher = options.dispatcher ?? new Pool(origin.origin, { connections: 16 })
  const ownsDispatcher = options.dispatcher === undefined
  const timeoutMs = options.timeoutMs ?? DEFAULT_OAUTH_TIMEOUT_MS
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT

  async function post (path: string, form: Record<string, string>, subject: string, headers: Record<string, string> = {}): Promise<TokenResponse> {
    let status: number
    let body: unknown
    try {
      const res = await dispatcher.request({
        origin: origin.origin,
        method: 'POST',
        path: basePath + path,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'user-agent': userAgent,
          ...headers
        },
        body: new URLSearchParams(form).toString(),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs)
      })
      status = res.statusCode
      const raw = await res.body.text()
      try { body = raw === '' ? undefined : JSON.parse(raw) } catch { body = raw.slice(0, 300) }
    } catch (err) {
      const kind: OAuthFailureKind = neverSent(err) ? 'unsent' : 'lost'
      const code = failureCode(err) ?? (err as Error).name
      throw new GhlRefreshError(subject, kind === 'unsent'
        ? `could not reach the token endpoint (${code})`
        : `no answer from the token endpoint (${code}); the request may have been processed`,
      { cause: { kind, error: code } satisfies OAuthFailureCause })
    }
    if (status >= 200 && status < 300) return readTokenResponse(body, subject)
    const b = (body ?? {}) as Record<string, unknown>
    const error = text(b.error)
    const description = text(b.error_description) ?? text(b.message)
    const kind: OAuthFailureKind = status >= 500 ? 'server' : error === 'invalid_grant' ? 'invalid_grant' : 'rejected'
    throw new GhlRefreshError(subject, `the token endpoint answered ${status}${error === undefined ? '' : ' ' + error}${description === undefined ? '' : ': ' + description}`,
      { cause: { kind, status, error, description } satisfies OAuthFailureCause })
  }

  const credentials = { client_id: options.clientId, client_secret: options.clientSecret }

  return {
    exchangeCode: async (code, redirectUri, userType) => await post('/oauth/token', {
      ...credentials,
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      ...(userType === undefined ? {} : { user_type: userType })
    }, 'authorization'),
    refresh: async (refreshToken, userType, connection) => await post('/oauth/token', {
      ...credentials,
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      user_type: userType
    }, connection),
    locationToken: async (companyAccessToken, companyId, locationId, apiVersion = '2021-07-28') => await post('/oauth/locationToken',
      { companyId, locationId }, `location token of ${locationId}`, { authorization: `Bearer ${companyAccessToken}`, version: apiVersion }),
    close: async () => { if (ownsDispatcher) await dispatcher.close() }
  }
}

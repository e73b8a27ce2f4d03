// GHL's OAuth token endpoint: code exchange, refresh, agency → location tokens. Each failure is classified,
// because a refresh POST is not idempotent (GHL rotates refresh tokens): whether it may be retried depends on
// whether the request can have been processed.
import { Pool, type Dispatcher } from 'undici'
import type { UserType } from '../../db/types.js'
import { GhlRefreshError } from '../errors.js'
import { failureCode, neverSent } from '../client/retry.js'
import { parseRetryAfter } from '../client/transport.js'
import { DEFAULT_USER_AGENT } from '../client/version.js'
import { classifyAnswer, ghlText, scrubGhlText, type OAuthFailureCause, type OAuthFailureKind } from './token-failure.js'
import type { TokenResponse } from './types.js'

export { failureReason, oauthFailure, scrubGhlText, type OAuthFailureCause, type OAuthFailureKind } from './token-failure.js'

export const DEFAULT_OAUTH_TIMEOUT_MS = 10_000

export interface OAuthClientOptions {
  baseUrl: string
  clientId: string
  clientSecret: string
  dispatcher?: Dispatcher
  /** Whole token call; keep it shorter than the refresh lock's idle timeout. */
  timeoutMs?: number
  userAgent?: string
}

/** Code exchanges and refreshes always carry a refresh token (the answer is refused without one). */
export type GrantResponse = TokenResponse & { refresh_token: string }

export interface OAuthClient {
  exchangeCode (code: string, redirectUri: string, userType?: UserType): Promise<GrantResponse>
  refresh (refreshToken: string, userType: UserType, connection: string): Promise<GrantResponse>
  locationToken (companyAccessToken: string, companyId: string, locationId: string, apiVersion?: string): Promise<TokenResponse>
  close (): Promise<void>
}

/**
 * A 2xx answer with the fields we need. `/oauth/locationToken` answers per the spec (GetLocationAccessTokenSuccessfulResponseDto)
 * without a refresh_token; HighLevel has since said it adds one: both are accepted there, and such a location token is
 * minted again through its agency connection when it nears expiry.
 */
function readTokenResponse (body: unknown, subject: string, refreshRequired: boolean): TokenResponse {
  const b = body as Partial<TokenResponse> | null
  const hasRefresh = b !== null && typeof b === 'object' && typeof b.refresh_token === 'string' && b.refresh_token !== ''
  if (b === null || typeof b !== 'object' || typeof b.access_token !== 'string' || b.access_token === '' ||
    typeof b.expires_in !== 'number' || !(b.expires_in > 0) || (refreshRequired && !hasRefresh)) {
    const fields = refreshRequired ? 'access_token, refresh_token and expires_in' : 'access_token and expires_in'
    throw new GhlRefreshError(subject, `the token endpoint answered 200 without ${fields}`,
      { cause: { kind: 'rejected', status: 200 } satisfies OAuthFailureCause })
  }
  if (!hasRefresh) {
    const { refresh_token: _none, ...rest } = b
    return rest as TokenResponse
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

  async function post (path: string, form: Record<string, string>, subject: string, headers: Record<string, string> = {}, refreshRequired = true): Promise<TokenResponse> {
    let status: number
    let body: unknown
    let retryAfter: string | undefined
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
      const header = res.headers['retry-after']
      retryAfter = Array.isArray(header) ? header[0] : header
      const raw = await res.body.text()
      try { body = raw === '' ? undefined : JSON.parse(raw) } catch { body = scrubGhlText(raw.slice(0, 1000)) }
    } catch (err) {
      const kind: OAuthFailureKind = neverSent(err) ? 'unsent' : 'lost'
      const code = failureCode(err) ?? (err as Error).name
      throw new GhlRefreshError(subject, kind === 'unsent'
        ? `could not reach the token endpoint (${code})`
        : `no answer from the token endpoint (${code}); the request may have been processed`,
      { cause: { kind, error: code } satisfies OAuthFailureCause })
    }
    if (status >= 200 && status < 300) return readTokenResponse(body, subject, refreshRequired)
    const b = (body !== null && typeof body === 'object' ? body : {}) as Record<string, unknown>
    const error = ghlText(b.error)
    const description = ghlText(b.error_description) ?? ghlText(b.message) ?? (typeof body === 'string' ? ghlText(body) : undefined)
    const kind: OAuthFailureKind = classifyAnswer(status, error, description)
    const cause: OAuthFailureCause = { kind, status, error, description }
    const retryAfterMs = parseRetryAfter(retryAfter)
    if (retryAfterMs !== undefined) cause.retryAfterMs = retryAfterMs
    throw new GhlRefreshError(subject, `the token endpoint answered ${status}${error === undefined ? '' : ' ' + error}${description === undefined || description === error ? '' : ': ' + description}`,
      { cause })
  }

  const credentials = { client_id: options.clientId, client_secret: options.clientSecret }

  return {
    exchangeCode: async (code, redirectUri, userType) => await post('/oauth/token', {
      ...credentials,
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      ...(userType === undefined ? {} : { user_type: userType })
    }, 'authorization') as GrantResponse,
    refresh: async (refreshToken, userType, connection) => await post('/oauth/token', {
      ...credentials,
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      user_type: userType
    }, connection) as GrantResponse,
    locationToken: async (companyAccessToken, companyId, locationId, apiVersion = '2021-07-28') => await post('/oauth/locationToken',
      { companyId, locationId }, `location token of ${locationId}`, { authorization: `Bearer ${companyAccessToken}`, version: apiVersion }, false),
    close: async () => { if (ownsDispatcher) await dispatcher.close() }
  }
}

import createError from '@fastify/error'

// Every error the plugin throws. GHL's own status and body go on `cause`; no message ever holds a token.

export const GhlConfigError = createError('GHL_CONFIG', 'invalid configuration: %s', 500)

export const GhlValidationError = createError('GHL_VALIDATION', 'invalid input: %s', 400)

export const GhlHttpError = createError('GHL_HTTP_ERROR', 'GHL answered %s to %s %s: %s', 502)

export const GhlReauthRequiredError = createError(
  'GHL_REAUTH_REQUIRED',
  'GHL connection %s needs re-authorization (%s); re-authorize at %s',
  401
)

export const GhlUnavailableError = createError(
  'GHL_UNAVAILABLE',
  'GHL is unavailable for connection %s (circuit open); next attempt after %s',
  503
)

export const GhlRateLimitedError = createError(
  'GHL_RATE_LIMITED',
  'GHL rate limit reached for connection %s; retry after %d ms',
  429
)

// Background work (the outbox relay) for a location whose daily GHL budget is down to the reserve kept for live calls.
export const GhlDailyReserveError = createError(
  'GHL_DAILY_RESERVE',
  'daily budget reserve: GHL location %s has %d requests left today, below the reserve of %d kept for live calls; background work waits',
  429
)

export const GhlTimeoutError = createError('GHL_TIMEOUT', 'GHL did not answer %s %s within %d ms', 504)

// A 401 that no new token cures: the grant lacks the scope (or the token's user type may not call the endpoint).
export const GhlScopeError = createError(
  'GHL_SCOPE_MISSING',
  'GHL refused %s %s for connection %s: %s; add the scope to options.scopes (GHL_SCOPES) and re-authorize',
  403
)

export const GhlLocationSuspendedError = createError(
  'GHL_LOCATION_SUSPENDED',
  'GHL location %s is not active; its connection is suspended: %s',
  503
)

export const GhlNotConnectedError = createError(
  'GHL_NOT_CONNECTED',
  'no GHL connection stored for %s; authorize at %s or set GHL_REFRESH_TOKEN',
  404
)

export { GhlDatabaseError, GhlLockTimeoutError } from '../db/errors.js'

// Raised for every token-endpoint call (refresh, code exchange, location token); the subject names the connection or flow.
export const GhlRefreshError = createError('GHL_REFRESH_FAILED', 'GHL token request for %s failed: %s', 502)

export const GhlNetworkError = createError('GHL_NETWORK', 'could not reach GHL for %s %s: %s', 502)

// The durable outbox: outbox.wait() gave up before the job was delivered or dead (it is still queued).
export const GhlOutboxTimeoutError = createError('GHL_OUTBOX_TIMEOUT', 'outbox job %s is still %s after %d ms; it stays queued', 504)

// Answered by the routes.
export const GhlOAuthStateError = createError('GHL_OAUTH_STATE', 'OAuth state %s; start the authorization again at %s', 400)
export const GhlOAuthDeniedError = createError('GHL_OAUTH_DENIED', 'the authorization was not granted (%s); start again at %s', 400)
export const GhlAuthorizationCodeError = createError('GHL_AUTHORIZATION_CODE', 'GHL rejected the authorization code (%s): it expired, was already used, or was issued for another redirect URI; start again at %s', 400)
export const GhlAdminAuthRequiredError = createError('GHL_ADMIN_AUTH_REQUIRED', 'this route needs the admin token: send Authorization: Bearer <GHL_ADMIN_TOKEN>', 401)
export const GhlAdminForbiddenError = createError('GHL_ADMIN_FORBIDDEN', '%s', 403)
export const GhlWebhookSignatureError = createError('GHL_WEBHOOK_SIGNATURE', 'webhook rejected: %s', 401)
export const GhlWebhookMalformedError = createError('GHL_WEBHOOK_MALFORMED', 'webhook rejected: %s', 400)
export const GhlWebhookStaleError = createError('GHL_WEBHOOK_STALE', 'webhook rejected: its timestamp %s is more than %d s away from now', 400)
export const GhlWebhookStoreError = createError('GHL_WEBHOOK_STORE', 'webhook could not be stored; retry later', 429)

// GHL's 400 "This location does not allow duplicated contacts." (its `meta` names the existing contact and the field).
const GhlDuplicateContactBase = createError(
  'GHL_DUPLICATE_CONTACT',
  'contact %s already has this %s, and the location does not allow duplicated contacts; update it instead (or use contacts.createOrGet / upsert)',
  409
)

/** A write that would duplicate contact `contactId` (same `matchingField`: email or phone). GHL's answer is on `cause`. */
export class GhlDuplicateContactError extends GhlDuplicateContactBase {
  readonly contactId: string
  readonly matchingField: string | undefined

  constructor (contactId: string, matchingField?: string, cause?: unknown) {
    super(contactId, matchingField ?? 'email or phone', { cause })
    this.contactId = contactId
    this.matchingField = matchingField
  }
}

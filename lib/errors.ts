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

export const GhlTimeoutError = createError('GHL_TIMEOUT', 'GHL did not answer %s %s within %d ms', 504)

export const GhlNotConnectedError = createError(
  'GHL_NOT_CONNECTED',
  'no GHL connection stored for %s; authorize at %s or set GHL_REFRESH_TOKEN',
  404
)

export const GhlLockTimeoutError = createError(
  'GHL_LOCK_TIMEOUT',
  'timed out after %d ms waiting for the refresh lock of connection %s',
  503
)

// Raised for every token-endpoint call (refresh, code exchange, location token); the subject names the connection or flow.
export const GhlRefreshError = createError('GHL_REFRESH_FAILED', 'GHL token request for %s failed: %s', 502)

export const GhlNetworkError = createError('GHL_NETWORK', 'could not reach GHL for %s %s: %s', 502)

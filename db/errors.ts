import createError from '@fastify/error'

// The errors the stores throw themselves; lib/errors.ts re-exports them with the rest.

export const GhlLockTimeoutError = createError(
  'GHL_LOCK_TIMEOUT',
  'timed out after %d ms waiting for the refresh lock of connection %s',
  503
)

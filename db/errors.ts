import createError from '@fastify/error'
import { DrizzleQueryError } from 'drizzle-orm/errors'

// The errors the stores throw themselves; lib/errors.ts re-exports them with the rest.

export const GhlLockTimeoutError = createError(
  'GHL_LOCK_TIMEOUT',
  'timed out after %d ms waiting for the refresh lock of connection %s',
  503
)

// The database failed or could not be reached (refused, timed out, partitioned, the connection cut). The driver's
// error is on `cause` (its SQLSTATE on cause.code), the statement's text (placeholders, never values) on `sql`.
export const GhlDatabaseError = createError(
  'GHL_DATABASE',
  'the database failed (%s): %s; check DATABASE_URL and that Postgres is reachable',
  503
)

/** What node-postgres / pg-pool / PGlite say when the connection, not the statement, failed. */
const CONNECTION_FAILURE = /Connection terminated|Query read timeout|timeout exceeded when trying to connect|connection error|Connection closed|terminating connection|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE/i
const SQLSTATE = /^[0-9A-Z]{5}$/

/** A raw driver or drizzle error (not one of ours, not an error thrown by a caller's callback). */
export function isDriverError (err: unknown): boolean {
  if (err instanceof DrizzleQueryError) return true
  if (!(err instanceof Error)) return false
  const code = (err as { code?: unknown }).code
  if (typeof code === 'string' && code.startsWith('GHL_')) return false
  if (typeof code === 'string' && SQLSTATE.test(code)) return true
  if (typeof (err as { syscall?: unknown }).syscall === 'string') return true
  return CONNECTION_FAILURE.test(err.message)
}

/** A driver error as GHL_DATABASE (the operation named, the driver's message without parameters); anything else as is. */
export function databaseError (operation: string, err: unknown): unknown {
  if (!isDriverError(err)) return err
  const driver = err instanceof DrizzleQueryError && err.cause !== undefined ? err.cause : err
  const e = driver as { message?: unknown, code?: unknown }
  const text = typeof e.message === 'string' && e.message !== '' ? e.message : String(driver)
  // drizzle's own message lists the parameters (ciphertexts, ids): only the driver's is used.
  const detail = (err instanceof DrizzleQueryError && driver === err ? 'query failed' : text).slice(0, 200) +
    (typeof e.code === 'string' && e.code !== '' ? ` [${e.code}]` : '')
  const wrapped = new GhlDatabaseError(operation, detail, { cause: driver })
  if (err instanceof DrizzleQueryError) Object.defineProperty(wrapped, 'sql', { value: err.query, enumerable: false })
  return wrapped
}

/** Runs a store operation, its driver errors turned into GHL_DATABASE. */
export async function guarded<T> (operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    throw databaseError(operation, err)
  }
}

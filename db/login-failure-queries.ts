// Failed admin logins per address (an HMAC of it), shared by every instance on the database. Times come from the
// app's clock, as the in-process limiter's do: a window is the app's notion of 15 minutes, and a fake clock moves it.
import { and, eq, gt, lte, ne, sql } from 'drizzle-orm'
import type { Db } from './connection-queries.js'
import type { GhlTables } from './schema.js'
import type { LoginFailures } from './types.js'

type FailuresTable = GhlTables['ghlAdminLoginFailures']

/** Counts one failure in the address's current window, or starts a window ending at `windowEndsAt`; the count. */
export async function recordLoginFailure (f: FailuresTable, db: Db, addressHash: string, at: Date, windowEndsAt: Date): Promise<LoginFailures> {
  await db.delete(f).where(and(lte(f.windowEndsAt, at), ne(f.addressHash, addressHash)))
  const expired = sql`${f.windowEndsAt} <= ${at.toISOString()}::timestamptz`
  const [row] = await db.insert(f).values({ addressHash, failures: 1, windowEndsAt })
    .onConflictDoUpdate({
      target: f.addressHash,
      set: {
        failures: sql`case when ${expired} then 1 else ${f.failures} + 1 end`,
        windowEndsAt: sql`case when ${expired} then excluded.window_ends_at else ${f.windowEndsAt} end`
      }
    })
    .returning({ failures: f.failures, windowEndsAt: f.windowEndsAt })
  return row
}

/** The address's failures in a window that has not ended at `at`, or null. */
export async function readLoginFailures (f: FailuresTable, db: Db, addressHash: string, at: Date): Promise<LoginFailures | null> {
  const rows = await db.select({ failures: f.failures, windowEndsAt: f.windowEndsAt }).from(f)
    .where(and(eq(f.addressHash, addressHash), gt(f.windowEndsAt, at)))
  return rows[0] ?? null
}

export async function clearLoginFailures (f: FailuresTable, db: Db, addressHash: string): Promise<void> {
  await db.delete(f).where(eq(f.addressHash, addressHash))
}

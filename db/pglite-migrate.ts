// Applies the shipped migrations on PGlite. Its own module: only the PGlite store loads it, so drizzle-orm/pglite (and
// with it @electric-sql/pglite, an optional peer) is never loaded by Postgres users.
import type { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePgliteDb } from 'drizzle-orm/pglite/migrator'
import { MIGRATION_LOCK_KEY } from './lock-key.js'
import { migratorConfig, type MigrateOptions } from './migrate.js'

// PGlite is one session, where advisory locks are re-entrant: callers in this process queue here.
const pgliteRuns = new WeakMap<PGlite, Promise<void>>()

/** Applies the migrations on a PGlite database. */
export async function migratePglite (pglite: PGlite, options: MigrateOptions = {}): Promise<void> {
  const config = migratorConfig(options)
  const previous = pgliteRuns.get(pglite) ?? Promise.resolve()
  const run = previous.catch(() => {}).then(async () => {
    const key = MIGRATION_LOCK_KEY.toString()
    await pglite.query('SELECT pg_advisory_lock($1::bigint)', [key])
    try {
      await migratePgliteDb(drizzlePglite(pglite), config)
    } finally {
      await pglite.query('SELECT pg_advisory_unlock($1::bigint)', [key])
    }
  })
  pgliteRuns.set(pglite, run)
  return run
}

// Applies the shipped migrations on PGlite. Its own module: only the PGlite store loads it, so drizzle-orm/pglite (and
// with it @electric-sql/pglite, an optional peer) is never loaded by Postgres users.
import type { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePgliteDb } from 'drizzle-orm/pglite/migrator'
import { migratorConfig, schemaStatements, type MigrateOptions } from './migrate.js'
import { dbNamespace } from './namespace.js'

// PGlite is one session, where advisory locks are re-entrant: callers in this process queue here.
const pgliteRuns = new WeakMap<PGlite, Promise<void>>()

/** Applies the migrations on a PGlite database. */
export async function migratePglite (pglite: PGlite, options: MigrateOptions = {}): Promise<void> {
  const config = migratorConfig(options)
  const previous = pgliteRuns.get(pglite) ?? Promise.resolve()
  const run = previous.catch(() => {}).then(async () => {
    const key = dbNamespace(options.schema).migrationLockKey.toString()
    const inSchema = schemaStatements(options.schema)
    await pglite.query('SELECT pg_advisory_lock($1::bigint)', [key])
    let searchPath: string | undefined
    try {
      if (inSchema !== null) {
        searchPath = (await pglite.query<{ path: string }>("SELECT current_setting('search_path') AS path")).rows[0].path
        await pglite.exec(inSchema.create)
        await pglite.exec(inSchema.enter)
      }
      await migratePgliteDb(drizzlePglite(pglite), config)
    } finally {
      if (searchPath !== undefined) await pglite.query("SELECT set_config('search_path', $1, false)", [searchPath])
      await pglite.query('SELECT pg_advisory_unlock($1::bigint)', [key])
    }
  })
  pgliteRuns.set(pglite, run)
  return run
}

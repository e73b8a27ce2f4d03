// The storage layer of fastify-ghl: the drizzle schema, the two TokenStore backends, the migration
// runner, and the advisory lock keys.

export { createPgTokenStore, type PgTokenStoreOptions } from './pg-store.js'
export { createPgliteTokenStore, type PgliteTokenStoreOptions } from './pglite-store.js'
export { migratePglite } from './pglite-migrate.js'
export { DEFAULT_CHANNEL, type StoreLogger, type StoreReporting } from './store.js'
export {
  findMigrationsFolder,
  migratePg,
  MIGRATIONS_SCHEMA,
  MIGRATIONS_TABLE,
  type MigrateOptions
} from './migrate.js'
export { advisoryLockKey, lockKeyFor, MIGRATION_LOCK_KEY } from './lock-key.js'
export { LISTEN_APPLICATION_NAME } from './pg-listener.js'
export { ghlConnections, ghlWebhookEvents, type ConnectionRecord, type WebhookEventRow } from './schema.js'
export * from './types.js'
export * from './job-types.js'
export { JobStore, isHostTx, type HostTx } from './job-store.js'
export { ghlJobs, type JobRecord } from './schema.js'

// fastify-ghl/pglite: the token store over embedded PGlite, for use without the plugin (the plugin loads it by itself
// when it has no database). Needs the optional peer dependency @electric-sql/pglite.
export { createPgliteTokenStore, type PgliteTokenStoreOptions } from './db/pglite-store.js'
export { migratePglite } from './db/pglite-migrate.js'

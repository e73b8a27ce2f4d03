import { defineConfig } from 'drizzle-kit'

// `npm run db:generate` writes a new migration to ./migrations after db/schema.ts changes.
// The plugin applies them itself at boot (db/migrate.ts), under an advisory lock.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './migrations',
  migrations: {
    schema: 'drizzle',
    table: '__fastify_ghl_migrations'
  },
  strict: true,
  verbose: true
})

import { sql } from 'drizzle-orm'
import { bigint, bigserial, check, index, integer, jsonb, pgSchema, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import type { JobStatus } from './job-types.js'
import type { ConnectionStatus, UserType } from './types.js'

// The tables fastify-ghl owns. Column names are snake_case in SQL and match ConnectionRow in ./types.ts.
// After changing this file run `npm run db:generate` and ship the new SQL in migrations/.
// The tables live in the schema of options.schema (default public): ghlTables(schema) builds them there, and the
// exports below are the public ones (drizzle-kit and hosts that query them).

const tz = { withTimezone: true, mode: 'date' } as const

function defineTables (table: typeof pgTable) {
  const ghlConnections = table('ghl_connections', {
    id: text('id').primaryKey(),
    userType: text('user_type').$type<UserType>().notNull(),
    locationId: text('location_id'),
    companyId: text('company_id'),
    scope: text('scope'),
    accessTokenCiphertext: text('access_token_ciphertext'),
    refreshTokenCiphertext: text('refresh_token_ciphertext'),
    keyId: text('key_id'),
    expiresAt: timestamp('expires_at', tz),
    status: text('status').$type<ConnectionStatus>().notNull().default('active'),
    version: integer('version').notNull().default(0),
    refreshStartedAt: timestamp('refresh_started_at', tz),
    refreshedAt: timestamp('refreshed_at', tz),
    lastError: text('last_error'),
    lastErrorAt: timestamp('last_error_at', tz),
    createdAt: timestamp('created_at', tz).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', tz).notNull().defaultNow()
  }, (table) => [
    check('ghl_connections_status_check', sql`${table.status} in ('active', 'suspended', 'reauth_required', 'revoked')`),
    check('ghl_connections_user_type_check', sql`${table.userType} in ('Location', 'Company')`),
    // "Active tokens expiring before T, soonest first" (the refresher's sweep) reads this partial index in order.
    index('ghl_connections_due_idx').on(table.expiresAt).where(sql`status = 'active'`),
    // Agency (Company) connections by status and company: forLocation(unknown id) and INSTALL look for an active agency.
    index('ghl_connections_agency_idx').on(table.status, table.companyId).where(sql`user_type = 'Company'`)
  ])

  // Received webhooks (db/webhook-store.ts): the raw body as text (jsonb refuses some signed JSON: \u0000, lone
  // surrogates, deep nesting), its hash and ids, and where it stands; its handler job is in ghl_jobs (queue 'webhooks').
  const ghlWebhookEvents = table('ghl_webhook_events', {
    webhookId: text('webhook_id').primaryKey(),
    type: text('type').notNull(),
    /** Rows stored before 0004 only. */
    payload: jsonb('payload'),
    /** The raw body as received (null when it could not be stored: the row is failed). */
    body: text('body'),
    bodySha256: text('body_sha256'),
    /** queued (its handler job runs) · processed · failed (at intake, or its job is dead) · rejected (stale). */
    status: text('status').notNull().default('processed'),
    locationId: text('location_id'),
    companyId: text('company_id'),
    /** The event's own timestamp. */
    eventAt: timestamp('event_at', tz),
    receivedAt: timestamp('received_at', tz).notNull(),
    processedAt: timestamp('processed_at', tz),
    error: text('error')
  }, (table) => [
    check('ghl_webhook_events_status_check', sql`${table.status} in ('queued', 'processed', 'failed', 'rejected')`),
    index('ghl_webhook_events_received_at_idx').on(table.receivedAt),
    index('ghl_webhook_events_status_idx').on(table.status, table.receivedAt)
  ])

  // The durable queue: every piece of work that must happen at least once (outbound writes to GHL now; webhook
  // handlers, agency installs and backfills later). Keyed (idempotent enqueue), ordered per group, claimed with
  // FOR UPDATE SKIP LOCKED under a lease (locked_until), fair across connections. See db/job-store.ts.
  const ghlJobs = table('ghl_jobs', {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Which relay serves the job ('outbox' for writes to GHL). */
    queue: text('queue').notNull().default('outbox'),
    /** What to do (syncSignup, upsertContact, addTags, request…), interpreted by the queue's relay. */
    op: text('op').notNull(),
    /** Idempotency key: the same key twice is one job. */
    key: text('key').notNull(),
    /** Jobs of one group run one at a time, in id order (e.g. the steps of one signup). */
    groupKey: text('group_key').notNull(),
    /** The connection (location or company id) the job works for; fairness is per connection. */
    connection: text('connection').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status').$type<JobStatus>().notNull().default('pending'),
    /** Delivery attempts started (a parked job gives its attempt back). */
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    /** Not claimed before this. */
    runAt: timestamp('run_at', tz).notNull().defaultNow(),
    /** The lease of an in-flight job: past it, any instance takes the job over. */
    lockedUntil: timestamp('locked_until', tz),
    lockedBy: text('locked_by'),
    /** Why the job waits without burning attempts (breaker open, connection needs re-authorization…); null when not parked. */
    parkedReason: text('parked_reason'),
    lastError: text('last_error'),
    result: jsonb('result'),
    createdAt: timestamp('created_at', tz).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', tz).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', tz)
  }, (table) => [
    check('ghl_jobs_status_check', sql`${table.status} in ('pending', 'in_flight', 'delivered', 'dead')`),
    uniqueIndex('ghl_jobs_key_idx').on(table.key),
    // The claim walks connections with pending work (skip scan) and, per connection, its pending jobs in id order.
    index('ghl_jobs_claim_idx').on(table.queue, table.connection, table.id).where(sql`status = 'pending'`),
    // "Is an earlier job of this group unfinished?" (per-group order).
    index('ghl_jobs_group_idx').on(table.groupKey, table.id).where(sql`status in ('pending', 'in_flight')`),
    // Expired leases.
    index('ghl_jobs_lease_idx').on(table.lockedUntil).where(sql`status = 'in_flight'`),
    // Stats (counts by status, oldest pending) and pruning by age.
    index('ghl_jobs_status_idx').on(table.queue, table.status, table.createdAt),
    index('ghl_jobs_delivered_idx').on(table.deliveredAt).where(sql`status = 'delivered'`)
  ])

  // One GHL rate budget per connection, shared by every instance (see db/rate-budget-store.ts): the live bookings of
  // request slots as two arrays (counts[i] slots booked on the bucket numbered stamps[i]), the last lease's grant (for
  // RETURNING), the shared pause after a 429, and the last daily remaining GHL reported.
  const ghlRateBudget = table('ghl_rate_budget', {
    connection: text('connection').primaryKey(),
    stamps: bigint('stamps', { mode: 'number' }).array().notNull().default(sql`'{}'::bigint[]`),
    counts: integer('counts').array().notNull().default(sql`'{}'::integer[]`),
    granted: integer('granted').notNull().default(0),
    blockedUntil: timestamp('blocked_until', tz),
    dailyRemaining: integer('daily_remaining'),
    dailyLimit: integer('daily_limit'),
    dailyObservedAt: timestamp('daily_observed_at', tz),
    updatedAt: timestamp('updated_at', tz).notNull().defaultNow()
  })

  // The OAuth states' used nonces (SHA-256 of the browser cookie's nonce): a state works once, fleet-wide. A row is
  // kept until its state expires (lib/tokens/oauth-state.ts caps that at an hour); expired rows are deleted by the
  // next callback.
  const ghlOAuthNonces = table('ghl_oauth_nonces', {
    nonceHash: text('nonce_hash').primaryKey(),
    expiresAt: timestamp('expires_at', tz).notNull()
  }, (table) => [
    index('ghl_oauth_nonces_expires_at_idx').on(table.expiresAt)
  ])

  // Failed admin logins per client address, counted for the whole fleet (lib/admin/login-limiter.ts). The address is
  // kept as an HMAC, never in clear. A row lives until its window ends; expired rows are deleted by the next failure.
  const ghlAdminLoginFailures = table('ghl_admin_login_failures', {
    addressHash: text('address_hash').primaryKey(),
    failures: integer('failures').notNull(),
    windowEndsAt: timestamp('window_ends_at', tz).notNull()
  }, (table) => [
    index('ghl_admin_login_failures_window_ends_at_idx').on(table.windowEndsAt)
  ])

  return { ghlConnections, ghlWebhookEvents, ghlJobs, ghlRateBudget, ghlOAuthNonces, ghlAdminLoginFailures }
}

export type GhlTables = ReturnType<typeof defineTables>

const bySchema = new Map<string, GhlTables>()

/** The tables in a schema (drizzle refuses pgSchema('public'): public tables are plain pgTable ones). */
export function ghlTables (schema: string = 'public'): GhlTables {
  let tables = bySchema.get(schema)
  if (tables === undefined) {
    // A schema's table builder differs from pgTable only in the schema its tables carry.
    tables = defineTables(schema === 'public' ? pgTable : pgSchema(schema).table as unknown as typeof pgTable)
    bySchema.set(schema, tables)
  }
  return tables
}

export const { ghlConnections, ghlWebhookEvents, ghlJobs, ghlRateBudget, ghlOAuthNonces, ghlAdminLoginFailures } = ghlTables('public')

export type ConnectionRecord = typeof ghlConnections.$inferSelect
export type WebhookEventRow = typeof ghlWebhookEvents.$inferSelect
export type JobRecord = typeof ghlJobs.$inferSelect
export type RateBudgetRecord = typeof ghlRateBudget.$inferSelect

import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import type { ConnectionStatus, UserType } from './types.js'

// The tables fastify-ghl owns. Column names are snake_case in SQL and match ConnectionRow in ./types.ts.
// After changing this file run `npm run db:generate` and ship the new SQL in migrations/.

const tz = { withTimezone: true, mode: 'date' } as const

export const ghlConnections = pgTable('ghl_connections', {
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
  check('ghl_connections_status_check', sql`${table.status} in ('active', 'reauth_required', 'revoked')`),
  check('ghl_connections_user_type_check', sql`${table.userType} in ('Location', 'Company')`),
  // "Active tokens expiring before T, soonest first" (the refresher's sweep) reads this partial index in order.
  index('ghl_connections_due_idx').on(table.expiresAt).where(sql`status = 'active'`)
])

export const ghlWebhookEvents = pgTable('ghl_webhook_events', {
  webhookId: text('webhook_id').primaryKey(),
  type: text('type').notNull(),
  payload: jsonb('payload'),
  receivedAt: timestamp('received_at', tz).notNull(),
  processedAt: timestamp('processed_at', tz),
  error: text('error')
}, (table) => [
  index('ghl_webhook_events_received_at_idx').on(table.receivedAt)
])

export type ConnectionRecord = typeof ghlConnections.$inferSelect
export type WebhookEventRow = typeof ghlWebhookEvents.$inferSelect

// The connection-row queries both token stores share. Each takes the database or transaction it runs on, so the
// locked handle of a refresh reuses them.
import { and, eq, sql } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type { ghlConnections, GhlTables } from './schema.js'
import type { ConnectionRow, ConnectionStatus, NewConnection, TokenWrite } from './types.js'

/** Any drizzle Postgres database or transaction (node-postgres pool or client, PGlite, or a tx of those). */
export type Db = PgDatabase<PgQueryResultHKT>

/** Server-side timestamps for writes: the wall clock, not the transaction start that now() returns. */
export const NOW = sql`clock_timestamp()`

/** ghl_connections of the store's schema. */
export type ConnectionsTable = GhlTables['ghlConnections']

export async function selectRow (c: ConnectionsTable, db: Db, id: string): Promise<ConnectionRow | null> {
  const rows = await db.select().from(c).where(eq(c.id, id))
  return rows[0] ?? null
}

export async function updateTokens (c: ConnectionsTable, db: Db, id: string, write: TokenWrite, expectedVersion: number): Promise<ConnectionRow | null> {
  const rows = await db.update(c).set({
    accessTokenCiphertext: write.accessTokenCiphertext,
    refreshTokenCiphertext: write.refreshTokenCiphertext,
    keyId: write.keyId,
    expiresAt: write.expiresAt,
    ...(write.scope !== undefined ? { scope: write.scope } : {}),
    version: sql`${c.version} + 1`,
    status: 'active',
    refreshedAt: NOW,
    refreshStartedAt: null,
    lastError: null,
    lastErrorAt: null,
    updatedAt: NOW
  }).where(and(eq(c.id, id), eq(c.version, expectedVersion))).returning()
  return rows[0] ?? null
}

export async function updateStatus (c: ConnectionsTable, db: Db, id: string, status: ConnectionStatus, lastError: string | null): Promise<void> {
  await db.update(c).set({
    status,
    lastError,
    lastErrorAt: lastError === null ? null : NOW,
    updatedAt: NOW
  }).where(eq(c.id, id))
}

export async function updateError (c: ConnectionsTable, db: Db, id: string, message: string): Promise<void> {
  await db.update(c).set({ lastError: message, lastErrorAt: NOW, updatedAt: NOW }).where(eq(c.id, id))
}

export async function updateRefreshStarted (c: ConnectionsTable, db: Db, id: string): Promise<void> {
  await db.update(c).set({ refreshStartedAt: NOW, updatedAt: NOW }).where(eq(c.id, id))
}

export function newRowValues (c: ConnectionsTable, row: NewConnection): typeof ghlConnections.$inferInsert {
  return {
    id: row.id,
    userType: row.userType,
    locationId: row.locationId ?? null,
    companyId: row.companyId ?? null,
    scope: row.scope ?? null,
    accessTokenCiphertext: row.accessTokenCiphertext,
    refreshTokenCiphertext: row.refreshTokenCiphertext,
    keyId: row.keyId,
    expiresAt: row.expiresAt
  }
}

export function rowsOf (result: unknown): Array<Record<string, unknown>> {
  return (result as { rows: Array<Record<string, unknown>> }).rows
}

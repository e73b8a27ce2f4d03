// Plaintext tokens ↔ the ciphertext columns of a connection row. The additional data binds each value to its
// connection and column, so a ciphertext copied into another row or column does not decrypt.
import type { ConnectionRow, NewConnection, TokenWrite, UserType } from '../../db/types.js'
import type { KeyRing } from './crypto.js'
import type { ConnectionView } from './types.js'

export interface PlainTokens {
  accessToken: string | null
  refreshToken: string | null
}

const aad = (connection: string, column: 'access' | 'refresh'): string => `fastify-ghl:${connection}:${column}`

export function decryptRow (keyRing: KeyRing, row: ConnectionRow): PlainTokens {
  const keyId = row.keyId ?? ''
  return {
    accessToken: row.accessTokenCiphertext === null ? null : keyRing.decrypt(row.accessTokenCiphertext, keyId, aad(row.id, 'access')),
    refreshToken: row.refreshTokenCiphertext === null ? null : keyRing.decrypt(row.refreshTokenCiphertext, keyId, aad(row.id, 'refresh'))
  }
}

/** A location token minted through its agency (spec-shaped `/oauth/locationToken`) has no refresh token: its column is NULL. */
function refreshCiphertext (keyRing: KeyRing, connection: string, refreshToken: string | null): string | null {
  return refreshToken === null ? null : keyRing.encrypt(refreshToken, aad(connection, 'refresh'))
}

export function encryptWrite (keyRing: KeyRing, connection: string, accessToken: string, refreshToken: string | null, expiresAt: Date, scope?: string | null): TokenWrite {
  return {
    accessTokenCiphertext: keyRing.encrypt(accessToken, aad(connection, 'access')),
    refreshTokenCiphertext: refreshCiphertext(keyRing, connection, refreshToken),
    keyId: keyRing.currentKeyId,
    expiresAt,
    ...(scope === undefined ? {} : { scope })
  }
}

export interface NewConnectionInput {
  id: string
  userType: UserType
  locationId?: string | null
  companyId?: string | null
  scope?: string | null
  accessToken: string | null
  /** null: a minted location token (see refreshCiphertext). */
  refreshToken: string | null
  expiresAt: Date | null
}

export function encryptNew (keyRing: KeyRing, input: NewConnectionInput): NewConnection {
  return {
    id: input.id,
    userType: input.userType,
    locationId: input.locationId ?? null,
    companyId: input.companyId ?? null,
    scope: input.scope ?? null,
    accessTokenCiphertext: input.accessToken === null ? null : keyRing.encrypt(input.accessToken, aad(input.id, 'access')),
    refreshTokenCiphertext: refreshCiphertext(keyRing, input.id, input.refreshToken),
    keyId: keyRing.currentKeyId,
    expiresAt: input.expiresAt
  }
}

export function viewOf (row: ConnectionRow): ConnectionView {
  return {
    connection: row.id,
    userType: row.userType,
    locationId: row.locationId,
    companyId: row.companyId,
    status: row.status,
    hasAccessToken: row.accessTokenCiphertext !== null,
    hasRefreshToken: row.refreshTokenCiphertext !== null,
    expiresAt: row.expiresAt,
    refreshedAt: row.refreshedAt,
    refreshStartedAt: row.refreshStartedAt,
    refreshInterrupted: row.refreshStartedAt !== null && (row.refreshedAt === null || row.refreshStartedAt > row.refreshedAt),
    lastError: row.lastError,
    lastErrorAt: row.lastErrorAt,
    scope: row.scope
  }
}

import { createHash } from 'node:crypto'

// Advisory lock keys. Postgres' hashtext() is 32-bit, collides, and is not promised stable across
// versions, so keys are derived here instead (as pg-boss does): the first 8 bytes of a SHA-256 of a
// namespaced name, read as a signed 64-bit integer (the type of pg_advisory_lock's bigint argument).

const NAMESPACE = 'fastify-ghl:'

/** The signed 64-bit advisory lock key for an arbitrary name (hashed as given, without namespace). */
export function advisoryLockKey (name: string): bigint {
  return createHash('sha256').update(name, 'utf8').digest().readBigInt64BE(0)
}

/** The refresh lock key of a connection: sha256('fastify-ghl:' + id), first 8 bytes, signed. */
export function lockKeyFor (id: string): bigint {
  return advisoryLockKey(NAMESPACE + id)
}

/** The key that serialises migration runs across instances. */
export const MIGRATION_LOCK_KEY: bigint = advisoryLockKey(NAMESPACE + 'migrations')

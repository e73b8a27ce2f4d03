// The contract between the token manager (lib/) and the storage backends (node-postgres, PGlite).
// The store holds ciphertext only: encryption and decryption happen in lib/.
import type { JobStore } from './job-store.js'
import type { WebhookStore } from './webhook-store.js'

export type UserType = 'Location' | 'Company'
/** active · suspended (the location is not active at GHL; retried slowly) · reauth_required (the grant is dead) · revoked. */
export type ConnectionStatus = 'active' | 'suspended' | 'reauth_required' | 'revoked'
export const CONNECTION_STATUSES: readonly ConnectionStatus[] = ['active', 'suspended', 'reauth_required', 'revoked']

export interface ConnectionRow {
  /** The connection key: the location id for a Location token, the company id for a Company token. */
  id: string
  userType: UserType
  locationId: string | null
  companyId: string | null
  scope: string | null
  accessTokenCiphertext: string | null
  refreshTokenCiphertext: string | null
  /** Id of the key (in the key ring) that encrypted both token columns. */
  keyId: string | null
  expiresAt: Date | null
  status: ConnectionStatus
  /** Incremented by every token write; writes carry the version they expect (optimistic concurrency). */
  version: number
  /** Set when a refresh starts, cleared when its tokens are written: set and older than refreshedAt → interrupted. */
  refreshStartedAt: Date | null
  refreshedAt: Date | null
  lastError: string | null
  lastErrorAt: Date | null
  createdAt: Date
  updatedAt: Date
}

export interface NewConnection {
  id: string
  userType: UserType
  locationId?: string | null
  companyId?: string | null
  scope?: string | null
  accessTokenCiphertext: string | null
  /** null: a location token minted through its agency (spec-shaped `/oauth/locationToken`, no refresh token). */
  refreshTokenCiphertext: string | null
  keyId: string
  expiresAt: Date | null
}

export interface TokenWrite {
  accessTokenCiphertext: string
  /** null: a minted location token (no refresh token). */
  refreshTokenCiphertext: string | null
  keyId: string
  expiresAt: Date
  /** Only written when given. */
  scope?: string | null
}

/** What a refresh may do while it holds the connection's lock. Writes commit when the callback resolves. */
export interface RefreshLockHandle {
  /** The row read again after the lock was taken (null when the connection does not exist). */
  readonly row: ConnectionRow | null
  /** Records that a refresh call is about to go out, visibly to other instances even if this one dies. */
  markRefreshStarted (): Promise<void>
  /** Writes rotated tokens when the row is still at expectedVersion; returns the new row, or null on a version mismatch. */
  writeTokens (write: TokenWrite, expectedVersion: number): Promise<ConnectionRow | null>
  setStatus (status: ConnectionStatus, lastError: string | null): Promise<void>
  recordError (message: string): Promise<void>
}

export interface RefreshLockOptions {
  /** Longest wait for the lock; past it the store throws GHL_LOCK_TIMEOUT. */
  lockTimeoutMs: number
  /** The server ends the lock's session when it stays idle in the transaction this long (a hung holder). */
  idleTimeoutMs: number
  /** Do not wait: when another holder has the lock, resolve { acquired: false } at once. */
  tryOnly?: boolean
}

export type LockResult<T> = { acquired: true, value: T } | { acquired: false }

export interface WebhookEventRecord {
  webhookId: string
  type: string
  payload: unknown
  receivedAt: Date
}

export interface StoreSubscription {
  close (): Promise<void>
}

export interface SubscribeOptions {
  /**
   * Called after the LISTEN connection dropped and was re-established. Messages published while it was
   * down are lost, so a subscriber that caches rows should drop its cache here.
   */
  onReconnect? (): void
}

/** An address's failed admin logins in its current window. */
export interface LoginFailures {
  failures: number
  windowEndsAt: Date
}

export interface TokenStore {
  /** Schema of its tables (the built-in stores; a host's own store may leave it out: public). */
  readonly schema?: string
  readonly backend: 'pg' | 'pglite'
  /** The database lives in this process's memory (in-memory PGlite): its rows die with the process. */
  readonly inMemory?: boolean
  /** Applies the shipped migrations under an advisory lock: concurrent callers apply them once. */
  migrate (): Promise<void>

  get (id: string): Promise<ConnectionRow | null>
  list (): Promise<ConnectionRow[]>
  /** Seeds a connection only when none exists with that id; true when inserted. */
  insertIfAbsent (row: NewConnection): Promise<boolean>
  /** Stores tokens from a fresh authorization (OAuth callback): inserts or replaces, status active, errors cleared, version + 1. */
  saveAuthorization (row: NewConnection): Promise<ConnectionRow>
  /** Token write outside a lock (retrying a failed persist); same version check as the locked write. */
  writeTokens (id: string, write: TokenWrite, expectedVersion: number): Promise<ConnectionRow | null>
  setStatus (id: string, status: ConnectionStatus, lastError: string | null): Promise<void>
  recordError (id: string, message: string): Promise<void>
  delete (id: string): Promise<boolean>

  /**
   * Runs fn inside a short transaction on one dedicated connection holding a transaction-level advisory
   * lock keyed by the connection id, with the row read again after the lock was taken.
   */
  withRefreshLock<T> (id: string, options: RefreshLockOptions, fn: (handle: RefreshLockHandle) => Promise<T>): Promise<LockResult<T>>

  /** Active connections whose access token expires before `before`, soonest first (uses the expiry index). */
  listDue (before: Date, limit: number): Promise<ConnectionRow[]>
  countByStatus (): Promise<Record<ConnectionStatus, number>>
  /**
   * One active row with tokens per key id found on active rows (the boot check: every key id must be in the key ring,
   * and each sample must decrypt).
   */
  keySamples (): Promise<ConnectionRow[]>
  /** Active agency (Company) connections, by id (reads the agency index, never the whole table). */
  listAgencies (): Promise<Array<{ id: string, companyId: string | null }>>

  /**
   * Records an OAuth state's nonce (its SHA-256) as used until `expiresAt`; false when it was used before. Optional for
   * a host's own store: without it a state is single-use per instance only.
   */
  consumeNonce? (nonceHash: string, expiresAt: Date): Promise<boolean>
  /** Whether a nonce was recorded as used and its expiry has not passed (a logged-out admin session). */
  nonceUsed? (nonceHash: string): Promise<boolean>

  /**
   * Counts a failed admin login from an address (an HMAC of it) in its current window, or starts one ending at
   * `windowEndsAt` when it has none at `at`. Optional for a host's own store, with loginFailures and
   * clearLoginFailures: without them failed logins are counted per instance.
   */
  recordLoginFailure? (addressHash: string, at: Date, windowEndsAt: Date): Promise<LoginFailures>
  /** The address's failures in a window not ended at `at`, or null. */
  loginFailures? (addressHash: string, at: Date): Promise<LoginFailures | null>
  /** Forgets the address's failures (after a successful login). */
  clearLoginFailures? (addressHash: string): Promise<void>

  /** Stores a received webhook; false when its webhookId was seen before (replay). */
  recordWebhook (event: WebhookEventRecord): Promise<boolean>
  markWebhookProcessed (webhookId: string, error: string | null): Promise<void>
  pruneWebhooks (receivedBefore: Date): Promise<number>

  /** NOTIFY on the store's channel. */
  publish (message: string): Promise<void>
  /** LISTEN on the store's channel on a dedicated connection that reconnects when it drops. */
  subscribe (onMessage: (message: string) => void, options?: SubscribeOptions): Promise<StoreSubscription>

  /** The durable job queue over the same database (the built-in stores have it; a host's own store may not). */
  jobs? (): JobStore
  /** Received webhooks with their raw bodies (the built-in stores have it; without it intake keeps the old jsonb rows). */
  webhooks? (): WebhookStore

  close (): Promise<void>
}

// bench/workers/sdk-storage — a SessionStorage for the official SDK (`@gohighlevel/api-client` 3.x) backed by one
// Postgres table, so several processes share one store: what "its storage interface backed by one shared store" means.
//
// It is a line-by-line port of the SDK's own shared store, MongoDBSessionStorage, to Postgres: the key is
// (applicationId = clientId before the first '-', resourceId), setSession replaces the whole document and stamps
// `expire_at = now + expires_in` (the base class's calculateExpireAt), getSession returns the document. Like the
// Mongo one it holds no cache and no lock: the SDK reads the store on every call and coordinates nothing across
// processes, and this class adds nothing the SDK does not ask for. It also counts its reads and writes.
import { SessionStorage, type ISessionData } from '@gohighlevel/api-client'
import type pg from 'pg'

export const SDK_SESSIONS_TABLE = 'sdk_sessions'

export const CREATE_SDK_SESSIONS = `CREATE TABLE IF NOT EXISTS ${SDK_SESSIONS_TABLE} (
  application_id text NOT NULL,
  resource_id text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (application_id, resource_id)
)`

export class PgSessionStorage extends SessionStorage {
  private clientId = ''
  /** getSession / getAccessToken / getRefreshToken calls (each one query). */
  reads = 0
  /** setSession calls (each one upsert). */
  writes = 0
  /** Store errors (the SDK logs and swallows those of getSession: the call then has no token). */
  errors = 0
  lastError: string | undefined

  constructor (private readonly pool: pg.Pool) {
    super()
  }

  setClientId (clientId: string): void {
    if (clientId === '') throw new Error('ClientId is required for session storage')
    this.clientId = clientId
  }

  private applicationId (): string {
    if (this.clientId === '') throw new Error('ClientId not set. Make sure HighLevel class has a valid clientId configured.')
    return this.clientId.split('-')[0]
  }

  async init (): Promise<void> {
    await this.createCollection(SDK_SESSIONS_TABLE)
  }

  async disconnect (): Promise<void> {}

  async createCollection (_collectionName: string): Promise<void> {
    await this.pool.query(CREATE_SDK_SESSIONS)
  }

  async getCollection (collectionName: string): Promise<string> {
    return collectionName
  }

  async setSession (resourceId: string, sessionData: ISessionData): Promise<void> {
    this.writes++
    const doc = { ...sessionData, expire_at: this.calculateExpireAt(sessionData.expires_in) }
    try {
      await this.pool.query(
        `INSERT INTO ${SDK_SESSIONS_TABLE} (application_id, resource_id, data) VALUES ($1, $2, $3)
         ON CONFLICT (application_id, resource_id) DO UPDATE SET data = excluded.data, updated_at = now()`,
        [this.applicationId(), resourceId, JSON.stringify(doc)]
      )
    } catch (err) {
      this.errors++
      this.lastError = (err as Error).message
      throw err
    }
  }

  async getSession (resourceId: string): Promise<ISessionData | null> {
    this.reads++
    try {
      const { rows } = await this.pool.query<{ data: ISessionData }>(
        `SELECT data FROM ${SDK_SESSIONS_TABLE} WHERE application_id = $1 AND resource_id = $2`,
        [this.applicationId(), resourceId]
      )
      return rows[0]?.data ?? null
    } catch (err) {
      this.errors++
      this.lastError = (err as Error).message
      throw err
    }
  }

  async deleteSession (resourceId: string): Promise<void> {
    await this.pool.query(`DELETE FROM ${SDK_SESSIONS_TABLE} WHERE application_id = $1 AND resource_id = $2`, [this.applicationId(), resourceId])
  }

  async getAccessToken (resourceId: string): Promise<string | null> {
    return (await this.getSession(resourceId))?.access_token ?? null
  }

  async getRefreshToken (resourceId: string): Promise<string | null> {
    return (await this.getSession(resourceId))?.refresh_token ?? null
  }
}

// bench/workers/sdk-official — one process of the official SDK (`@gohighlevel/api-client` 3.x) for bench/sdk part B:
// a HighLevel client (clientId/clientSecret, logLevel 'none') whose SessionStorage is PgSessionStorage, i.e. the one
// Postgres table every worker shares. Contact reads name the location in the `x-location-id` header: that is how
// the SDK picks the stored session for an endpoint whose only security requirement is 'bearer'.
//   {"cmd":"round","calls":50}   50 concurrent contacts.getContact; replies with ok / failed / reasons + counters
// Env: DATABASE_URL, SANDBOX_URL, CLIENT_ID, CLIENT_SECRET, LOCATION_ID, CONTACT_ID.
import { HighLevel, type GHLError } from '@gohighlevel/api-client'
import pg from 'pg'
import { env, fire, serve } from './sdk-common.js'
import { PgSessionStorage } from './sdk-storage.js'

const locationId = env('LOCATION_ID')
const contactId = env('CONTACT_ID')
// The SDK's base URL is a static field read by the constructor.
;(HighLevel as unknown as { BASE_URL: string }).BASE_URL = env('SANDBOX_URL')
const pool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: 4 })
pool.on('error', () => {})
const storage = new PgSessionStorage(pool)
const ghl = new HighLevel({ clientId: env('CLIENT_ID'), clientSecret: env('CLIENT_SECRET'), sessionStorage: storage, logLevel: 'none' })
let tokenCalls = 0
ghl.addRequestInterceptor({
  onFulfilled: (config) => {
    if (config.url === '/oauth/token') tokenCalls++
    return config
  }
})

function reason (err: unknown): string {
  const e = err as GHLError
  return `${e.statusCode ?? e.code ?? 'error'} ${e.message}`
}

serve(async (msg) => {
  if (msg.cmd !== 'round') throw new Error(`unknown command ${msg.cmd}`)
  const reply = await fire(msg.calls ?? 50, async () => await ghl.contacts.getContact({ contactId }, { headers: { 'x-location-id': locationId } }), contactId, reason)
  return { ...reply, tokenCalls, storeReads: storage.reads, storeWrites: storage.writes, storeErrors: storage.errors, storeLastError: storage.lastError }
}, async () => {
  await ghl.disconnectSessionStorage()
  await pool.end()
})

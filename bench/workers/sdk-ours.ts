// bench/workers/sdk-ours — one process of fastify-ghl for bench/sdk part B: the token manager over the shared Postgres
// database (its own pool, LISTEN for the fleet's refreshes, advisory lock around every refresh) and the API client
// with it as TokenProvider (client-side rate limiter off, as the SDK has none; everything else default).
//   {"cmd":"round","calls":50}   50 concurrent contacts.get; replies with ok / failed / reasons + counters
// Env: DATABASE_URL, SANDBOX_URL, CLIENT_ID, CLIENT_SECRET, KEY, CONNECTION, CONTACT_ID, WINDOW_S.
import pg from 'pg'
import { createPgTokenStore } from '../../db/index.js'
import { createGhlApi } from '../../lib/ghl-api.js'
import { parseKeyRing } from '../../lib/tokens/crypto.js'
import { GhlEventEmitter } from '../../lib/events.js'
import { createOAuthClient } from '../../lib/tokens/oauth-client.js'
import { createTokenManager } from '../../lib/tokens/manager.js'
import { env, fire, serve } from './sdk-common.js'

const sandboxUrl = env('SANDBOX_URL')
const connection = env('CONNECTION')
const contactId = env('CONTACT_ID')
const pool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: 4 })
pool.on('error', () => {})
const store = createPgTokenStore({ pool })
const oauth = createOAuthClient({ baseUrl: sandboxUrl, clientId: env('CLIENT_ID'), clientSecret: env('CLIENT_SECRET') })
const events = new GhlEventEmitter()
let refreshes = 0
events.on('token:refreshed', () => { refreshes++ })
const manager = createTokenManager({
  store, oauth, events, keyRing: parseKeyRing(env('KEY')), refreshWindowSeconds: Number(env('WINDOW_S'))
})
await manager.start()
const client = createGhlApi({ tokens: manager, events, apiBaseUrl: sandboxUrl, defaultConnection: connection, rateLimit: false })

function reason (err: unknown): string {
  const e = err as { code?: string, message?: string }
  return `${e.code ?? 'error'} ${e.message ?? String(err)}`
}

serve(async (msg) => {
  if (msg.cmd !== 'round') throw new Error(`unknown command ${msg.cmd}`)
  const reply = await fire(msg.calls ?? 50, async () => await client.contacts.get(contactId), contactId, reason)
  return { ...reply, refreshes, status: (await manager.status(connection))?.status }
}, async () => {
  await client.close()
  await manager.close()
  await oauth.close()
  await store.close()
  await pool.end()
})

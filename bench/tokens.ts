// bench/tokens — the token manager's two costs, each as a ratio to a baseline measured in the same run:
//   1. steady state: `getValidToken` of a cached token vs an awaited plain Map lookup (the floor of any async cache);
//   2. stampede: 1,000 concurrent callers of a due token, refreshed under the advisory lock against a sandbox whose
//      token endpoint takes 50 ms; caller p99 latency vs the token endpoint's own latency (one direct refresh call).
// Needs Postgres (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test); uses a fresh database it drops.
// Env: BENCH_LOOKUPS (default 1,000,000), BENCH_CALLERS (1,000), BENCH_TOKEN_LATENCY_MS (50).
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { createPgTokenStore } from '../db/index.js'
import { parseKeyRing } from '../lib/tokens/crypto.js'
import { GhlEventEmitter } from '../lib/events.js'
import { createOAuthClient } from '../lib/tokens/oauth-client.js'
import { createTokenManager } from '../lib/tokens/manager.js'
import { startSandbox } from '../sandbox/index.js'

const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 1_000_000)
const CALLERS = Number(process.env.BENCH_CALLERS ?? 1000)
const TOKEN_LATENCY_MS = Number(process.env.BENCH_TOKEN_LATENCY_MS ?? 50)
const STEADY_TARGET = 3.0
const STAMPEDE_TARGET = 1.5
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

const admin = new pg.Client({ connectionString: server })
await admin.connect()
const dbName = `ghl_bench_${randomBytes(4).toString('hex')}`
await admin.query(`CREATE DATABASE "${dbName}"`)
const url = new URL(server)
url.pathname = '/' + dbName

const sb = await startSandbox({ rateLimit: false, tokenLatencyMs: TOKEN_LATENCY_MS, accessTokenTtlSeconds: 86399 })
const pool = new pg.Pool({ connectionString: url.toString(), max: 4 })
pool.on('error', () => {})
const store = createPgTokenStore({ pool })
await store.migrate()
const oauth = createOAuthClient({ baseUrl: sb.url, clientId: sb.clientId, clientSecret: sb.clientSecret })
let skew = 0
const manager = createTokenManager({
  store, oauth, events: new GhlEventEmitter(), keyRing: parseKeyRing(randomBytes(32).toString('base64')), now: () => Date.now() + skew
})
const conn = await manager.saveAuthorization(sb.issueTokens({ locationId: 'loc_bench' }) as never)

// 1. steady state, alternating rounds
const map = new Map([[conn, await manager.getValidToken(conn)]])
const lookup = async (id: string): Promise<string | undefined> => map.get(id)
async function time (fn: () => Promise<unknown>, n: number): Promise<number> {
  const start = performance.now()
  for (let i = 0; i < n; i++) await fn()
  return performance.now() - start
}
let managerMs = 0
let mapMs = 0
const rounds = 10
await time(async () => await manager.getValidToken(conn), 50_000)
await time(async () => await lookup(conn), 50_000)
for (let r = 0; r < rounds; r++) {
  mapMs += await time(async () => await lookup(conn), LOOKUPS / rounds)
  managerMs += await time(async () => await manager.getValidToken(conn), LOOKUPS / rounds)
}
const steadyRatio = managerMs / mapMs

// 2. stampede: the token endpoint's own latency, then 1,000 callers when the token is due
const direct = sb.issueTokens({ locationId: 'loc_direct' })
const t0 = performance.now()
await oauth.refresh(direct.refresh_token, 'Location', 'loc_direct')
const endpointMs = performance.now() - t0
skew = 86_399_000 - 60_000 // the cached token now has a minute left: inside the 5-minute window
const latencies = await Promise.all(Array.from({ length: CALLERS }, async () => {
  const start = performance.now()
  await manager.getValidToken(conn)
  return performance.now() - start
}))
latencies.sort((a, b) => a - b)
const p = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] as number
const stampedeRatio = p(0.99) / endpointMs
const refreshes = sb.stats().refreshes - 1

await manager.close()
await oauth.close()
await store.close()
await pool.end()
await sb.close()
await admin.query(`DROP DATABASE "${dbName}" WITH (FORCE)`)
await admin.end()

console.log('steady state (%d calls each side, alternating in %d rounds)', LOOKUPS, rounds)
console.log('  Map lookup      %s ms  (%s ns/call)', mapMs.toFixed(1), (mapMs * 1e6 / LOOKUPS).toFixed(0))
console.log('  getValidToken   %s ms  (%s ns/call)', managerMs.toFixed(1), (managerMs * 1e6 / LOOKUPS).toFixed(0))
console.log('  ratio           %s  (target ≤ %s)', steadyRatio.toFixed(2), STEADY_TARGET)
console.log('stampede (%d concurrent callers, token endpoint latency %d ms)', CALLERS, TOKEN_LATENCY_MS)
console.log('  token endpoint alone  %s ms', endpointMs.toFixed(1))
console.log('  callers p50 %s ms, p99 %s ms, max %s ms', p(0.5).toFixed(1), p(0.99).toFixed(1), p(1).toFixed(1))
console.log('  refreshes sent        %d', refreshes)
console.log('  p99 / endpoint        %s  (target ≤ %s)', stampedeRatio.toFixed(2), STAMPEDE_TARGET)
const ok = steadyRatio <= STEADY_TARGET && stampedeRatio <= STAMPEDE_TARGET && refreshes === 1
console.log(JSON.stringify({ bench: 'tokens', steadyRatio, mapNsPerCall: mapMs * 1e6 / LOOKUPS, managerNsPerCall: managerMs * 1e6 / LOOKUPS, endpointMs, p50Ms: p(0.5), p99Ms: p(0.99), stampedeRatio, refreshes, ok }))
process.exit(ok ? 0 : 1)

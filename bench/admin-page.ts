// bench/admin-page — server time of GET /admin (the admin page, first page of 50 rows) with BENCH_ADMIN_CONNECTIONS (1,000)
// stored connections, outbox jobs pending on a tenth of them and webhooks in the log, against a baseline measured in
// the same run and process: GET /status (the detailed JSON view of the default connection, admin auth).
//
// Server time is Fastify's `reply.elapsedTime` read in an onResponse hook (from the request's arrival to the reply's
// end: the store reads, the view model, the HTML, the headers), so inject's own overhead is not counted. Rounds
// alternate the order (admin first on odd rounds, /status first on even ones); each round runs BENCH_ADMIN_CALLS of each
// after a warm-up. Printed: median and p95 server ms of each, and the ratio of medians admin / status.
// Target: the admin page's median ≤ BENCH_ADMIN_TARGET_MS (100 ms); the process exits 1 when it is over or a call failed.
//
// Run:   npx tsx bench/admin-page.ts            (or: npm run bench -- --only admin-page)
// Env (prefixed: `npm run bench` passes one environment to every bench):
//        BENCH_ADMIN_CONNECTIONS   stored connections                       default 1000
//        BENCH_ADMIN_CALLS         calls of each route per round            default 20
//        BENCH_ADMIN_ROUNDS        rounds                                   default 5
//        BENCH_ADMIN_TARGET_MS     max median server ms of the admin page   default 100
// Needs Postgres at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) allowed to CREATE DATABASE: a fresh
// database, dropped at the end.
import Fastify from 'fastify'
import pg from 'pg'
import fastifyGhl, { createPgTokenStore } from '../index.js'
import { startSandbox } from '../sandbox/index.js'
import { generateKey } from '../lib/tokens/crypto.js'
import { f, intEnv, median, numEnv, quantile } from './_stats.js'

const CONNECTIONS = intEnv('BENCH_ADMIN_CONNECTIONS', 1000)
const CALLS = intEnv('BENCH_ADMIN_CALLS', 20)
const ROUNDS = intEnv('BENCH_ADMIN_ROUNDS', 5)
const TARGET_MS = numEnv('BENCH_ADMIN_TARGET_MS', 100)
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const PREFIX = '/api/integrations/ghl'
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef'

const dbName = `bench_admin_page_${process.pid}`
const serverPool = new pg.Pool({ connectionString: SERVER, max: 1 })
await serverPool.query(`CREATE DATABASE "${dbName}"`)
const url = new URL(SERVER)
url.pathname = `/${dbName}`
const sb = await startSandbox({ port: 0 })

let failed = 0
try {
  const app = Fastify({ logger: false })
  const timings = new Map<string, number[]>()
  app.addHook('onResponse', async (request, reply) => {
    const key = request.routeOptions.url ?? request.url
    const measured = timings.get(key)
    if (measured === undefined) return
    if (reply.statusCode !== 200) failed++
    measured.push(reply.elapsedTime)
  })
  await app.register(fastifyGhl, {
    env: false, clientId: sb.clientId, clientSecret: sb.clientSecret, redirectUri: `http://127.0.0.1${PREFIX}/callback`,
    locationId: 'loc_0000', databaseUrl: url.href, encryptionKey: generateKey(), apiBaseUrl: sb.url, authBaseUrl: sb.url,
    adminToken: ADMIN_TOKEN, refresher: false, outbox: false
  })
  await app.ready()

  // The fleet: CONNECTIONS rows (a few needing attention), jobs pending on a tenth of them.
  const pool = new pg.Pool({ connectionString: url.href, max: 4 })
  const side = createPgTokenStore({ pool })
  for (let i = 0; i < CONNECTIONS; i++) {
    const id = `loc_${String(i).padStart(4, '0')}`
    await side.insertIfAbsent({ id, userType: 'Location', locationId: id, scope: 'contacts.readonly contacts.write', accessTokenCiphertext: null, refreshTokenCiphertext: 'x', keyId: 'k', expiresAt: new Date(Date.now() + 3_600_000) })
    if (i % 97 === 5) await side.setStatus(id, 'reauth_required', 'invalid_grant: refresh token revoked')
    if (i % 10 === 0) await app.ghl.outbox.upsertContact({ email: `bench${i}@example.com` }, { locationId: id })
  }
  await side.close()
  await pool.end()

  const login = await app.inject({ method: 'POST', url: `${PREFIX}/admin/login`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `token=${ADMIN_TOKEN}` })
  const cookie = String(login.headers['set-cookie']).split(';', 1)[0]
  const admin = { method: 'GET' as const, url: `${PREFIX}/admin`, headers: { cookie } }
  const status = { method: 'GET' as const, url: `${PREFIX}/status`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }
  const check = await app.inject(admin)
  const rows = check.body.match(/<tr data-connection=/g)?.length ?? 0
  if (check.statusCode !== 200 || rows !== 50 || !check.body.includes(`${CONNECTIONS} connections`)) throw new Error(`the admin page answered ${check.statusCode} with ${rows} rows`)
  if ((await app.inject(status)).statusCode !== 200) throw new Error('/status did not answer 200')

  const run = async (req: typeof admin | typeof status, n: number): Promise<void> => { for (let i = 0; i < n; i++) await app.inject(req) }
  await run(admin, CALLS)
  await run(status, CALLS)
  timings.set(`${PREFIX}/admin`, [])
  timings.set(`${PREFIX}/status`, [])
  for (let round = 1; round <= ROUNDS; round++) {
    const order = round % 2 === 1 ? [admin, status] : [status, admin]
    for (const req of order) await run(req, CALLS)
  }
  await app.close()

  const adminMs = timings.get(`${PREFIX}/admin`) as number[]
  const statusMs = timings.get(`${PREFIX}/status`) as number[]
  const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b)
  const am = median(adminMs)
  const sm = median(statusMs)
  console.log(`admin page, ${CONNECTIONS} connections (page of 50 rows, ${Math.ceil(CONNECTIONS / 10)} pending jobs), ${adminMs.length} calls: median ${f(am)} ms, p95 ${f(quantile(sorted(adminMs), 0.95))} ms server time`)
  console.log(`baseline GET /status (detailed JSON), ${statusMs.length} calls: median ${f(sm)} ms, p95 ${f(quantile(sorted(statusMs), 0.95))} ms server time`)
  console.log(`ratio admin / status (medians): ${f(am / sm, 1)}×`)
  const ok = am <= TARGET_MS && failed === 0
  console.log(`target: admin page median ≤ ${TARGET_MS} ms → ${ok ? 'met' : 'MISSED'}${failed > 0 ? ` (${failed} calls failed)` : ''}`)
  if (!ok) process.exitCode = 1
} finally {
  await sb.close()
  await serverPool.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
  await serverPool.end()
}

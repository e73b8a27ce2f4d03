// bench/agency-lookup — how an instance finds the agency (Company) connection for a location it has no connection for
// (forLocation(unknown id), INSTALL), at BENCH_ROWS stored connections (20,000: the size issue 13 measured).
//   A (baseline): the whole-table read the company index did before (store.list(), then keep the active Company rows).
//   B: store.listAgencies(), the indexed read (ghl_connections_agency_idx) it does now.
// Both run on the same fresh database (migrated, ANALYZEd, dropped at the end even on failure), alternating, the first
// side switching each pair; the median of each is compared. Gate: B / A ≤ RATIO_TARGET, and both return the same rows.
// Env: BENCH_ROWS (20,000), BENCH_PAIRS (30). Postgres from DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { createPgTokenStore } from '../db/index.js'
import { admin, dbUrl } from './_db.js'
import { intEnv, median } from './_stats.js'

const ROWS = intEnv('BENCH_ROWS', 20_000)
const PAIRS = intEnv('BENCH_PAIRS', 30)
const RATIO_TARGET = 0.1

const name = `ghl_bench_${randomBytes(5).toString('hex')}`
await admin(`CREATE DATABASE "${name}"`)
const pool = new pg.Pool({ connectionString: dbUrl(name), max: 2 })
const store = createPgTokenStore({ pool })
let code = 1
try {
  await store.migrate()
  // Ciphertext-sized values: the whole-table read decodes what a real row holds.
  const cipher = 'v1.' + 'x'.repeat(16) + '.' + 'y'.repeat(22) + '.' + 'z'.repeat(400)
  await pool.query(`INSERT INTO ghl_connections (id, user_type, location_id, company_id, access_token_ciphertext, refresh_token_ciphertext, key_id, expires_at)
    SELECT 'loc_' || g, 'Location', 'loc_' || g, 'co_' || (g % 50), $1, $1, 'k1', now() + interval '1 day' FROM generate_series(1, $2::int) g`, [cipher, ROWS - 2])
  await pool.query(`INSERT INTO ghl_connections (id, user_type, company_id, access_token_ciphertext, refresh_token_ciphertext, key_id, status) VALUES
    ('co_active', 'Company', 'co_active', $1, $1, 'k1', 'active'), ('co_revoked', 'Company', 'co_revoked', $1, $1, 'k1', 'revoked')`, [cipher])
  await pool.query('ANALYZE ghl_connections')

  const baseline = async (): Promise<string[]> => (await store.list()).filter((r) => r.userType === 'Company' && r.status === 'active').map((r) => r.id)
  const indexed = async (): Promise<string[]> => (await store.listAgencies()).map((r) => r.id)
  const a: number[] = []
  const b: number[] = []
  const time = async (fn: () => Promise<string[]>, into: number[]): Promise<string[]> => {
    const started = performance.now()
    const ids = await fn()
    into.push(performance.now() - started)
    return ids
  }
  await baseline(); await indexed() // warm-up
  for (let i = 0; i < PAIRS; i++) {
    const [first, second] = i % 2 === 0 ? [[baseline, a], [indexed, b]] as const : [[indexed, b], [baseline, a]] as const
    const x = await time(first[0], first[1])
    const y = await time(second[0], second[1])
    if (JSON.stringify(x) !== JSON.stringify(['co_active']) || JSON.stringify(y) !== JSON.stringify(['co_active'])) throw new Error(`wrong agencies: ${JSON.stringify([x, y])}`)
  }
  const ma = median(a)
  const mb = median(b)
  const ratio = mb / ma
  const ok = ratio <= RATIO_TARGET
  process.stdout.write([
    `agency lookup at ${ROWS} rows, ${PAIRS} pairs`,
    `  A whole-table read (before)  median ${ma.toFixed(2)} ms`,
    `  B listAgencies (indexed)     median ${mb.toFixed(3)} ms`,
    `  B / A = ${ratio.toFixed(4)} (target ≤ ${RATIO_TARGET}) ${ok ? 'ok' : 'MISSED'}`
  ].join('\n') + '\n')
  process.stdout.write(JSON.stringify({ bench: 'agency-lookup', rows: ROWS, pairs: PAIRS, baselineMs: ma, indexedMs: mb, ratio, target: RATIO_TARGET, ok }) + '\n')
  code = ok ? 0 : 1
} finally {
  await store.close()
  await pool.end()
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
}
process.exitCode = code

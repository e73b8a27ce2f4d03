// bench/sdk — fastify-ghl against the official SDK `@gohighlevel/api-client` 3.x (issue 7, benchmark 5), both pointed
// at the same GoHighLevel sandbox (the SDK through its static `HighLevel.BASE_URL`, set before a client is built).
//
// Part A, throughput: the same contact read (`GET /contacts/:id`) by three sides, in one process, in rotating rounds
// (each side first in turn) at the same concurrency, after a warm-up:
//   - ours:    `createGhlApi(...).contacts.get(id)` with the real token manager over Postgres as TokenProvider
//              (client-side rate limiter off, everything else default);
//   - sdk:     `new HighLevel({ clientId, clientSecret, logLevel: 'none' })`, its default MemorySessionStorage holding
//              the location's session (`getSessionStorage().setSession(locationId, tokens)`), and
//              `contacts.getContact({ contactId }, { headers: { 'x-location-id': locationId } })` — the header is how
//              the SDK finds which stored session to use for an endpoint whose security is just 'bearer';
//   - sdk-pg:  the same with the Postgres SessionStorage of part B (bench/workers/sdk-storage.ts): what the SDK costs
//              once its sessions live in a store several processes can share (it reads the store on every call).
// Every answer is checked to be the contact. Result: calls/s, p50/p99 of each side and the time ratios ours/sdk and
// ours/sdk-pg (median of rounds, overall). Claim: ours ≥ the SDK's throughput in both configurations; the bench
// exits 1 when a call fails or when the claim (overall time ratio ours/sdk ≤ BENCH_SDK_TARGET) does not hold.
//
// Part B, one token store shared by 4 processes when the token expires: for each variant, 4 worker processes of the
// SDK (bench/workers/sdk-official.ts; sessions in ONE Postgres table through PgSessionStorage) and then 4 of ours
// (bench/workers/sdk-ours.ts; token manager + client over ONE Postgres database) share one location's tokens. Per
// round every process fires 50 concurrent contact reads right after the token expired. Variants:
//   - due:     access tokens live 32 s and both libraries refresh with < 30 s left (the SDK's fixed 30 s buffer; our
//              refreshWindowSeconds: 30): each round starts 2.1 s after the last, when the stored token is due but
//              still accepted by GHL — the proactive-refresh path;
//   - expired: the same, and the sandbox also expires the access tokens at the start of the round, so the old token
//              is dead (a fleet that was idle past the expiry);
//   - 401:     tokens live a day, every process believes its token good, and the sandbox expires them at the start of
//              each round: every first call gets 401 — the 401-refresh-and-replay path.
// Counted from the sandbox: successful refreshes and invalid_grant answers; from the workers: failed calls. At the
// end the sandbox expires the token once more and one process makes one call: "alive" means the stored refresh
// token chain still works. Our side must show invalid_grant 0, failed 0 and alive, or the bench exits 1; the
// SDK's numbers are reported as measured.
//
// Pools: every worker has its own pg pool of 4 (ours: plus its LISTEN connection); part A's sdk-pg pool is pg's
// default 10, ours 4 (it does not query on the hot path). The SDK logger is off (logLevel 'none').
// Needs Postgres (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test): a fresh database, dropped at the end.
// Run:   npx tsx --expose-gc bench/sdk.ts        (or: npm run bench -- --only sdk)
// Env:   BENCH_CALLS        part A calls per side, all rounds together      default 3000
//        BENCH_ROUNDS       part A rounds per side                          default 6
//        BENCH_CONCURRENCY  part A calls in flight                          default 64
//        BENCH_WARMUP       part A warm-up calls per side                   default 600
//        BENCH_SDK_TARGET   part A: max overall time ratio ours/sdk         default 1.00
//        BENCH_PROCESSES    part B processes per side                       default 4
//        BENCH_CALLERS      part B concurrent reads per process per round   default 50
//        BENCH_EXPIRIES     part B rounds (expiries) per variant            default 5
//        BENCH_VARIANTS     part B variants, comma-separated                default due,expired,401
//        BENCH_PARTS        throughput,shared (which parts run)             default both
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { HighLevel } from '@gohighlevel/api-client'
import pg from 'pg'
import { createPgTokenStore } from '../db/index.js'
import { createGhlApi } from '../lib/ghl-api.js'
import { generateKey, parseKeyRing } from '../lib/tokens/crypto.js'
import { GhlEventEmitter } from '../lib/events.js'
import { createOAuthClient } from '../lib/tokens/oauth-client.js'
import { createTokenManager } from '../lib/tokens/manager.js'
import type { TokenManager } from '../lib/tokens/types.js'
import { startSandbox, type Sandbox, type TokenResponse } from '../sandbox/index.js'
import type { RoundReply } from './workers/sdk-common.js'
import { CREATE_SDK_SESSIONS, PgSessionStorage } from './workers/sdk-storage.js'
import { intEnv, median, numEnv, quantile } from './_stats.js'
import { startBenchWorker, type BenchWorker } from './_worker.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const SDK_BUFFER_S = 30 // HighLevel.shouldRefreshToken: refresh when the token expires within 30 s (not configurable)
const DUE_TTL_S = 32 // part B due/expired: the token is due 2 s after it was issued
const ROUND_GAP_MS = 2100



function listEnv<T extends string> (name: string, allowed: readonly T[]): T[] {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return [...allowed]
  const items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '')
  for (const item of items) if (!allowed.includes(item as T)) throw new Error(`${name}: unknown ${JSON.stringify(item)} (allowed: ${allowed.join(', ')})`)
  if (items.length === 0) throw new Error(`${name} names nothing`)
  return allowed.filter((a) => items.includes(a))
}

const setSdkBaseUrl = (url: string): void => { (HighLevel as unknown as { BASE_URL: string }).BASE_URL = url }

/** Creates the contact with a bare call (the sandbox checks it belongs to the token's location). */
async function createContact (url: string, tokens: TokenResponse): Promise<string> {
  const res = await fetch(`${url}/contacts/`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.access_token}`, version: '2021-07-28', 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ locationId: tokens.locationId, firstName: 'Bench', lastName: 'Sdk', email: 'bench.sdk@example.com' })
  })
  const body = await res.json() as { contact?: { id?: string } }
  if (res.status !== 201 && res.status !== 200) throw new Error(`creating the bench contact answered ${res.status}: ${JSON.stringify(body)}`)
  if (typeof body.contact?.id !== 'string') throw new Error(`no contact id in ${JSON.stringify(body)}`)
  return body.contact.id
}

interface Ours { manager: TokenManager, close: () => Promise<void> }

/** A token manager over `databaseUrl` (migrated) against the sandbox. */
async function ourManager (databaseUrl: string, sb: Sandbox, key: string, windowS?: number): Promise<Ours & { events: GhlEventEmitter }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 })
  pool.on('error', () => {})
  const store = createPgTokenStore({ pool })
  const oauth = createOAuthClient({ baseUrl: sb.url, clientId: sb.clientId, clientSecret: sb.clientSecret })
  const events = new GhlEventEmitter()
  const manager = createTokenManager({ store, oauth, events, keyRing: parseKeyRing(key), refreshWindowSeconds: windowS })
  await manager.start()
  return {
    manager,
    events,
    close: async () => {
      await manager.close()
      await oauth.close()
      await store.close()
      await pool.end()
    }
  }
}

// ---------- part A: throughput ----------

const SIDES = ['ours', 'sdk', 'sdk-pg'] as const
type Side = typeof SIDES[number]
type Call = () => Promise<unknown>

interface RoundResult { ms: number, latencies: Float64Array }

async function round (call: Call, id: string, calls: number, concurrency: number): Promise<RoundResult> {
  const latencies = new Float64Array(calls)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < calls) {
      const i = next++
      const t0 = performance.now()
      const res = await call() as { contact?: { id?: string } }
      latencies[i] = performance.now() - t0
      if (res?.contact?.id !== id) throw new Error(`unexpected answer: ${JSON.stringify(res).slice(0, 200)}`)
    }
  }
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc !== undefined) gc()
  const t0 = performance.now()
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker))
  return { ms: performance.now() - t0, latencies }
}



interface SideSummary { calls: number, totalMs: number, callsPerSec: number, p50Ms: number, p99Ms: number }

function summarize (rounds: RoundResult[]): SideSummary {
  const calls = rounds.reduce((n, r) => n + r.latencies.length, 0)
  const all = new Float64Array(calls)
  let at = 0
  for (const r of rounds) { all.set(r.latencies, at); at += r.latencies.length }
  all.sort()
  const totalMs = rounds.reduce((n, r) => n + r.ms, 0)
  return { calls, totalMs, callsPerSec: calls / (totalMs / 1000), p50Ms: quantile(all, 0.5), p99Ms: quantile(all, 0.99) }
}

interface ThroughputResult {
  perRound: number
  rounds: number
  concurrency: number
  warmup: number
  sides: Record<Side, SideSummary>
  ratios: Record<'sdk' | 'sdk-pg', { median: number, overall: number, rounds: number[] }>
  target: number
  ok: boolean
}

async function throughput (databaseUrl: string, key: string): Promise<ThroughputResult> {
  const total = intEnv('BENCH_CALLS', 3000)
  const rounds = intEnv('BENCH_ROUNDS', 6)
  const concurrency = intEnv('BENCH_CONCURRENCY', 64)
  const warmup = intEnv('BENCH_WARMUP', 600, 0)
  const target = numEnv('BENCH_SDK_TARGET', 1.0)
  if (total < rounds) throw new Error('BENCH_CALLS must be at least BENCH_ROUNDS')
  const perRound = Math.floor(total / rounds)

  const sb = await startSandbox({ port: 0, rateLimit: false })
  const locationId = 'loc_bench_sdk'
  const cleanup: Array<() => Promise<void>> = [async () => { await sb.close() }]
  try {
    // three installs of the same location (each side its own token chain), one contact they all read
    const seed = sb.issueTokens({ locationId })
    const contactId = await createContact(sb.url, seed)

    const ours = await ourManager(databaseUrl, sb, key)
    cleanup.push(ours.close)
    const connection = await ours.manager.saveAuthorization(sb.issueTokens({ locationId }) as never)
    const client = createGhlApi({ tokens: ours.manager, events: ours.events, apiBaseUrl: sb.url, defaultConnection: connection, rateLimit: false })
    cleanup.push(async () => { await client.close() })

    setSdkBaseUrl(sb.url)
    const sdk = new HighLevel({ clientId: sb.clientId, clientSecret: sb.clientSecret, logLevel: 'none' })
    await sdk.getSessionStorage().setSession(locationId, sb.issueTokens({ locationId }))
    const sdkPool = new pg.Pool({ connectionString: databaseUrl, max: 10 })
    sdkPool.on('error', () => {})
    cleanup.push(async () => { await sdkPool.end() })
    const storage = new PgSessionStorage(sdkPool)
    const sdkPg = new HighLevel({ clientId: sb.clientId, clientSecret: sb.clientSecret, sessionStorage: storage, logLevel: 'none' })
    await storage.init()
    await storage.setSession(locationId, sb.issueTokens({ locationId }))
    const opts = { headers: { 'x-location-id': locationId } }

    const calls: Record<Side, Call> = {
      ours: () => client.contacts.get(contactId),
      sdk: async () => await sdk.contacts.getContact({ contactId }, opts),
      'sdk-pg': async () => {
        try {
          return await sdkPg.contacts.getContact({ contactId }, opts)
        } catch (err) {
          if (storage.lastError !== undefined) (err as Error).message += ` (session store: ${storage.lastError})`
          throw err
        }
      }
    }
    const order = (r: number): Side[] => SIDES.map((_, i) => SIDES[(i + r) % SIDES.length])
    for (let w = 0; w < SIDES.length && warmup > 0; w++) {
      for (const side of order(w)) await round(calls[side], contactId, Math.ceil(warmup / SIDES.length), concurrency)
    }
    const results: Record<Side, RoundResult[]> = { ours: [], sdk: [], 'sdk-pg': [] }
    for (let r = 0; r < rounds; r++) {
      for (const side of order(r)) results[side].push(await round(calls[side], contactId, perRound, concurrency))
    }
    const before = sb.stats()
    const sides = { ours: summarize(results.ours), sdk: summarize(results.sdk), 'sdk-pg': summarize(results['sdk-pg']) }
    const ratio = (other: 'sdk' | 'sdk-pg'): { median: number, overall: number, rounds: number[] } => {
      const per = results.ours.map((o, i) => o.ms / results[other][i].ms)
      return { median: median(per), overall: sides.ours.totalMs / sides[other].totalMs, rounds: per }
    }
    const ratios = { sdk: ratio('sdk'), 'sdk-pg': ratio('sdk-pg') }
    if (before.refreshes !== 0 || before.invalidGrant !== 0) throw new Error(`part A: unexpected token traffic ${JSON.stringify(before.tokenCalls)}`)
    return { perRound, rounds, concurrency, warmup, sides, ratios, target, ok: ratios.sdk.overall <= target && ratios['sdk-pg'].overall <= target }
  } finally {
    for (const fn of cleanup.reverse()) await fn().catch(() => {})
  }
}

// ---------- part B: 4 processes, one store, the token expires ----------

const VARIANTS = ['due', 'expired', '401'] as const
type Variant = typeof VARIANTS[number]
type Lib = 'sdk' | 'ours'

type Worker = BenchWorker


interface WorkerReply extends RoundReply { tokenCalls?: number, storeReads?: number, storeWrites?: number, storeErrors?: number, storeLastError?: string, refreshes?: number, status?: string }

interface RoundRow { round: number, refreshes: number, invalidGrant: number, tokenCalls: number, failed: number, ms: number }

interface FleetResult {
  lib: Lib
  variant: Variant
  processes: number
  callers: number
  rounds: RoundRow[]
  refreshes: number
  invalidGrant: number
  tokenCalls: number
  calls: number
  failed: number
  /** failure reason → count, all processes and rounds */
  reasons: Record<string, number>
  /** failed calls per process, all rounds */
  failedPerProcess: number[]
  /** SDK: session-store reads per API call */
  storeReadsPerCall?: number
  /** SDK: session-store errors (all processes) and the last one */
  storeErrors?: number
  storeLastError?: string
  alive: boolean
  aliveDetail: string
}

async function fleet (lib: Lib, variant: Variant, databaseUrl: string, key: string, processes: number, callers: number, expiries: number): Promise<FleetResult> {
  const sb = await startSandbox({ port: 0, rateLimit: false, accessTokenTtlSeconds: variant === '401' ? 86399 : DUE_TTL_S })
  const workers: Worker[] = []
  try {
    const locationId = `loc_${lib}_${variant}`
    const tokens = sb.issueTokens({ locationId })
    const contactId = await createContact(sb.url, tokens)
    const common = { DATABASE_URL: databaseUrl, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, CONTACT_ID: contactId }
    let script: string
    let env: Record<string, string>
    if (lib === 'sdk') {
      const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 })
      const storage = new PgSessionStorage(pool)
      storage.setClientId(sb.clientId)
      await storage.setSession(locationId, tokens)
      await pool.end()
      script = 'bench/workers/sdk-official.ts'
      env = { ...common, LOCATION_ID: locationId }
    } else {
      const seeder = await ourManager(databaseUrl, sb, key)
      const connection = await seeder.manager.saveAuthorization(tokens as never)
      await seeder.close()
      script = 'bench/workers/sdk-ours.ts'
      env = { ...common, KEY: key, CONNECTION: connection, WINDOW_S: String(variant === '401' ? 300 : SDK_BUFFER_S) }
    }
    const starting = await Promise.allSettled(Array.from({ length: processes }, async () => await startBenchWorker(script, env)))
    for (const s of starting) if (s.status === 'fulfilled') workers.push(s.value)
    for (const s of starting) if (s.status === 'rejected') throw s.reason
    // Warm-up: one read per process, so every process has seen the session (ours: cached; the SDK caches nothing).
    for (const w of workers) {
      const r = await w.send<WorkerReply>({ cmd: 'round', calls: 1 })
      if (r.failed !== 0) throw new Error(`${lib} ${variant}: warm-up read failed: ${JSON.stringify(r.reasons)}`)
    }
    sb.resetStats()
    const rows: RoundRow[] = []
    const reasons: Record<string, number> = {}
    const failedPerProcess = new Array<number>(processes).fill(0)
    let last: WorkerReply[] = []
    for (let r = 1; r <= expiries; r++) {
      if (variant !== '401') await sleep(ROUND_GAP_MS) // the stored token is now due for both libraries
      if (variant !== 'due') sb.expireAccessTokens({ locationId })
      const before = sb.stats()
      const t0 = performance.now()
      last = await Promise.all(workers.map(async (w) => await w.send<WorkerReply>({ cmd: 'round', calls: callers })))
      const ms = performance.now() - t0
      const after = sb.stats()
      last.forEach((reply, i) => {
        failedPerProcess[i] += reply.failed
        for (const [why, n] of Object.entries(reply.reasons)) reasons[why] = (reasons[why] ?? 0) + n
      })
      rows.push({
        round: r,
        refreshes: after.refreshes - before.refreshes,
        invalidGrant: after.invalidGrant - before.invalidGrant,
        tokenCalls: after.tokenCalls.total - before.tokenCalls.total,
        failed: last.reduce((n, x) => n + x.failed, 0),
        ms
      })
    }
    const stats = sb.stats()
    // Is the connection still alive? Expire the token once more; one process makes one call (refresh + replay).
    sb.expireAccessTokens({ locationId })
    const check = await workers[0].send<WorkerReply>({ cmd: 'round', calls: 1 })
    const alive = check.ok === 1
    let storeReadsPerCall: number | undefined
    if (lib === 'sdk') {
      const reads = last.reduce((n, x) => n + (x.storeReads ?? 0), 0)
      storeReadsPerCall = reads / (processes * (1 + callers * expiries))
    }
    return {
      lib,
      variant,
      processes,
      callers,
      rounds: rows,
      refreshes: stats.refreshes,
      invalidGrant: stats.invalidGrant,
      tokenCalls: stats.tokenCalls.total,
      calls: processes * callers * expiries,
      failed: rows.reduce((n, x) => n + x.failed, 0),
      reasons,
      failedPerProcess,
      storeReadsPerCall,
      storeErrors: lib === 'sdk' ? last.reduce((n, x) => n + (x.storeErrors ?? 0), 0) : undefined,
      storeLastError: last.find((x) => x.storeLastError !== undefined)?.storeLastError,
      alive,
      aliveDetail: alive ? 'ok' : Object.keys(check.reasons).join('; ')
    }
  } finally {
    await Promise.all(workers.map(async (w) => { await w.stop() }))
    await sb.close()
  }
}

// ---------- main ----------

const f = (n: number, d = 2): string => n.toFixed(d)
const pad = (s: string | number, w: number): string => String(s).padStart(w)
const round3 = (n: number): number => Math.round(n * 1000) / 1000

async function main (): Promise<void> {
  const parts = listEnv('BENCH_PARTS', ['throughput', 'shared'] as const)
  const variants = listEnv('BENCH_VARIANTS', VARIANTS)
  const processes = intEnv('BENCH_PROCESSES', 4)
  const callers = intEnv('BENCH_CALLERS', 50)
  const expiries = intEnv('BENCH_EXPIRIES', 5)
  const started = performance.now()

  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  const dbName = `ghl_bench_${randomBytes(4).toString('hex')}`
  await admin.query(`CREATE DATABASE "${dbName}"`)
  const url = new URL(server)
  url.pathname = '/' + dbName
  const databaseUrl = url.toString()
  const key = generateKey()

  let tp: ThroughputResult | undefined
  const fleets: FleetResult[] = []
  try {
    const store = createPgTokenStore({ connectionString: databaseUrl })
    await store.migrate()
    await store.close()
    const setup = new pg.Client({ connectionString: databaseUrl })
    await setup.connect()
    await setup.query(CREATE_SDK_SESSIONS)
    await setup.end()

    if (parts.includes('throughput')) tp = await throughput(databaseUrl, key)
    if (parts.includes('shared')) {
      for (const variant of variants) {
        for (const lib of ['sdk', 'ours'] as const) fleets.push(await fleet(lib, variant, databaseUrl, key, processes, callers, expiries))
      }
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
    await admin.end()
  }

  const out: string[] = []
  out.push(`bench sdk — fastify-ghl vs @gohighlevel/api-client ${sdkVersion()} against one sandbox, node ${process.version}`)
  if (tp !== undefined) {
    out.push('')
    out.push(`part A: contact reads, ${tp.perRound * tp.rounds} calls per side in ${tp.rounds} rotating rounds of ${tp.perRound}, ` +
      `concurrency ${tp.concurrency}, warm-up ${tp.warmup} per side, sandbox in-process, rate limit off`)
    out.push('  side      calls   total ms    calls/s   p50 ms   p99 ms')
    for (const side of SIDES) {
      const s = tp.sides[side]
      out.push(`  ${side.padEnd(7)} ${pad(s.calls, 7)} ${pad(f(s.totalMs, 1), 10)} ${pad(f(s.callsPerSec, 0), 10)} ${pad(f(s.p50Ms, 3), 8)} ${pad(f(s.p99Ms, 3), 8)}`)
    }
    for (const other of ['sdk', 'sdk-pg'] as const) {
      const r = tp.ratios[other]
      out.push(`  time ratio ours/${other}: median of rounds ${f(r.median, 3)}, overall ${f(r.overall, 3)} ` +
        `(throughput ×${f(1 / r.overall, 2)}); rounds ${r.rounds.map((x) => f(x, 2)).join(' ')}`)
    }
    out.push(`  claim: ours ≥ SDK throughput (overall ratio ≤ ${f(tp.target)} against both) → ${tp.ok ? 'PASS' : 'FAIL'}`)
  }
  if (fleets.length > 0) {
    out.push('')
    out.push(`part B: ${processes} processes × ${callers} concurrent reads per round × ${expiries} expiries, one shared Postgres store per library`)
    out.push('  variant  library  refreshes  invalid_grant  token calls  failed calls   alive at end   failed per process')
    for (const r of fleets) {
      out.push(`  ${r.variant.padEnd(7)}  ${r.lib.padEnd(7)}  ${pad(r.refreshes, 9)}  ${pad(r.invalidGrant, 13)}  ${pad(r.tokenCalls, 11)}  ` +
        `${pad(`${r.failed}/${r.calls}`, 12)}   ${(r.alive ? 'yes' : 'NO').padEnd(12)}   ${r.failedPerProcess.join(' ')}`)
    }
    out.push('')
    out.push('  per round (refreshes / invalid_grant / failed):')
    for (const r of fleets) {
      out.push(`  ${r.variant.padEnd(7)}  ${r.lib.padEnd(7)}  ${r.rounds.map((x) => `${x.refreshes}/${x.invalidGrant}/${x.failed}`).join('  ')}` +
        `   (round ms ${r.rounds.map((x) => f(x.ms, 0)).join(' ')})`)
    }
    const withReasons = fleets.filter((r) => Object.keys(r.reasons).length > 0)
    if (withReasons.length > 0) {
      out.push('')
      out.push('  failure reasons:')
      for (const r of withReasons) {
        for (const [why, n] of Object.entries(r.reasons)) out.push(`  ${r.variant.padEnd(7)}  ${r.lib.padEnd(7)}  ${pad(n, 5)} × ${why.slice(0, 110)}`)
      }
    }
    const sdkReads = fleets.filter((r) => r.storeReadsPerCall !== undefined)
    if (sdkReads.length > 0) out.push(`  SDK session-store reads per API call: ${sdkReads.map((r) => `${r.variant} ${f(r.storeReadsPerCall!, 2)}`).join(', ')}`)
    for (const r of fleets.filter((x) => (x.storeErrors ?? 0) > 0)) {
      out.push(`  SDK session-store errors (${r.variant}): ${r.storeErrors ?? 0}, last: ${r.storeLastError ?? ''} — the SDK swallows them (no token → the call fails; a failed write after a successful refresh loses the rotated refresh token)`)
    }
  }
  const oursFleets = fleets.filter((r) => r.lib === 'ours')
  const oursOk = oursFleets.every((r) => r.invalidGrant === 0 && r.failed === 0 && r.alive)
  if (fleets.length > 0) out.push(`  ours: invalid_grant 0, failed 0, alive in every variant → ${oursOk ? 'PASS' : 'FAIL'}`)
  const ok = (tp?.ok ?? true) && oursOk
  out.push(`  bench wall time ${f((performance.now() - started) / 1000, 1)} s`)
  process.stdout.write(out.join('\n') + '\n')

  const side = (s: SideSummary): object => ({ calls: s.calls, totalMs: round3(s.totalMs), callsPerSec: Math.round(s.callsPerSec), p50Ms: round3(s.p50Ms), p99Ms: round3(s.p99Ms) })
  process.stdout.write(JSON.stringify({
    bench: 'sdk',
    ok,
    node: process.version,
    sdk: sdkVersion(),
    throughput: tp === undefined
      ? undefined
      : {
          callsPerSide: tp.perRound * tp.rounds,
          rounds: tp.rounds,
          concurrency: tp.concurrency,
          ours: side(tp.sides.ours),
          sdk: side(tp.sides.sdk),
          sdkPg: side(tp.sides['sdk-pg']),
          ratio: {
            sdk: { median: round3(tp.ratios.sdk.median), overall: round3(tp.ratios.sdk.overall) },
            sdkPg: { median: round3(tp.ratios['sdk-pg'].median), overall: round3(tp.ratios['sdk-pg'].overall) }
          },
          target: tp.target,
          ok: tp.ok
        },
    shared: fleets.length === 0
      ? undefined
      : {
          processes,
          callers,
          expiries,
          results: fleets.map((r) => ({
            variant: r.variant, lib: r.lib, refreshes: r.refreshes, invalidGrant: r.invalidGrant, tokenCalls: r.tokenCalls, failed: r.failed, calls: r.calls, alive: r.alive, storeErrors: r.storeErrors
          })),
          ok: oursOk
        }
  }) + '\n')
  if (!ok) process.exitCode = 1
}

function sdkVersion (): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules/@gohighlevel/api-client/package.json'), 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench sdk: ${(err as Error)?.stack ?? String(err)}\n`)
  process.stdout.write(JSON.stringify({ bench: 'sdk', ok: false, error: (err as Error)?.message ?? String(err) }) + '\n')
  process.exitCode = 1
})

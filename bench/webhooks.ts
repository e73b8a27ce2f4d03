// bench/webhooks — webhook intake through the plugin vs a hand-written durable intake, in ONE Fastify app on one
// Postgres database, driven with `app.inject()` at a fixed concurrency, in alternating rounds after a warm-up:
//
//   POST /api/integrations/ghl/webhooks → the plugin's intake: Ed25519 over the raw bytes, JSON, appId, age check,
//        the raw body stored as text with its hash and ids AND its handler job enqueued (one statement, NOTIFY),
//        metrics on. No handler relay in this process (webhooks: false), so only intake is measured.
//   POST /baseline → the least a careful host writes by hand: the same raw-body parser and Ed25519 verify, JSON.parse,
//        one `INSERT … ON CONFLICT (id) DO NOTHING` of the id and the raw body on its own pg Pool.
//
// Every delivery is a distinct signed sandbox event; every answer must be 200 with the expected body.
// Ratio = plugin time / baseline time for the same number of deliveries, per round; median of rounds; target
// ≤ BENCH_TARGET (2.0: the plugin writes two rows, the event and its handler job, where the baseline writes one;
// the relays are woken by one NOTIFY per 5 ms, not one per event: NOTIFY serializes commits). Exit 1 when over.
//
// Run:  npx tsx bench/webhooks.ts      Env: BENCH_CALLS (per side, all rounds; 6000), BENCH_ROUNDS (12),
//       BENCH_CONCURRENCY (32), BENCH_TARGET (2.0). Postgres: DATABASE_URL with CREATE DATABASE rights.
import { verify } from 'node:crypto'
import Fastify from 'fastify'
import pg from 'pg'
import fastifyGhl from '../index.js'
import { startSandbox } from '../sandbox/index.js'
import { admin, dbUrl } from './_db.js'
import { f, intEnv, median, numEnv } from './_stats.js'

const CALLS = intEnv('BENCH_CALLS', 6000)
const ROUNDS = intEnv('BENCH_ROUNDS', 12)
const CONCURRENCY = intEnv('BENCH_CONCURRENCY', 32)
const TARGET = numEnv('BENCH_TARGET', 2.0)
const DB = `bench_webhooks_${process.pid}`
const PATH = '/api/integrations/ghl/webhooks'

const url = dbUrl(DB)
await admin(`create database ${DB}`)

const sb = await startSandbox({ port: 0 })
const pool = new pg.Pool({ connectionString: url, max: 10 })
await pool.query('create table bench_webhooks (id text primary key, body text not null, received_at timestamptz not null default now())')
const app = Fastify({ logger: false })
await app.register(fastifyGhl, {
  env: false, clientId: sb.clientId, clientSecret: sb.clientSecret, databaseUrl: url, poolMax: 10,
  encryptionKey: 'k1:' + Buffer.alloc(32, 9).toString('base64'), apiBaseUrl: sb.url, authBaseUrl: sb.url,
  webhookPublicKey: sb.publicKeys.ed25519Pem, refresher: false, outbox: false, webhooks: false
})
const publicKey = (await import('node:crypto')).createPublicKey(sb.publicKeys.ed25519Pem)
await app.register(async (scope) => {
  scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => { done(null, body) })
  scope.post('/baseline', async (request, reply) => {
    const raw = request.body as Buffer
    const signature = Buffer.from(String(request.headers['x-ghl-signature']), 'base64')
    if (!verify(null, raw, publicKey, signature)) return await reply.code(401).send({ ok: false })
    const event = JSON.parse(raw.toString('utf8')) as { webhookId: string }
    await pool.query('insert into bench_webhooks (id, body) values ($1, $2) on conflict (id) do nothing', [event.webhookId, raw.toString('utf8')])
    return { ok: true }
  })
})
await app.ready()

function deliveries (n: number): Array<{ payload: string, headers: Record<string, string> }> {
  return Array.from({ length: n }, (_, i) => {
    const raw = JSON.stringify(sb.buildWebhook({ type: 'ContactUpdate', id: `c${i}`, email: `u${i}@example.com`, tags: ['a', 'b'] }))
    return { payload: raw, headers: { 'content-type': 'application/json', 'x-ghl-signature': sb.signWebhook(raw)['x-ghl-signature'] } }
  })
}

async function drive (target: string, batch: Array<{ payload: string, headers: Record<string, string> }>): Promise<number> {
  let next = 0
  const started = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < batch.length) {
      const d = batch[next++]
      const res = await app.inject({ method: 'POST', url: target, payload: d.payload, headers: d.headers })
      if (res.statusCode !== 200 || res.body !== '{"ok":true}') throw new Error(`${target} answered ${res.statusCode}: ${res.body}`)
    }
  }))
  return performance.now() - started
}

const perRound = Math.ceil(CALLS / ROUNDS)
await drive(PATH, deliveries(500))
await drive('/baseline', deliveries(500))
const ratios: number[] = []
let pluginMs = 0
let baselineMs = 0
for (let round = 0; round < ROUNDS; round++) {
  const plugin = deliveries(perRound)
  const baseline = deliveries(perRound)
  let p: number
  let b: number
  if (round % 2 === 0) { p = await drive(PATH, plugin); b = await drive('/baseline', baseline) } else { b = await drive('/baseline', baseline); p = await drive(PATH, plugin) }
  pluginMs += p
  baselineMs += b
  ratios.push(p / b)
  console.log(`round ${String(round + 1).padStart(2)}: plugin ${f(perRound / p * 1000, 0)}/s  baseline ${f(perRound / b * 1000, 0)}/s  ratio ${f(p / b, 3)}`)
}
const { rows } = await pool.query("select (select count(*) from ghl_webhook_events)::int as events, (select count(*) from ghl_jobs where queue = 'webhooks')::int as jobs")
const ratio = median(ratios)
console.log(`plugin intake: ${f(perRound * ROUNDS / pluginMs * 1000, 0)} webhooks/s (${rows[0].events} stored, ${rows[0].jobs} handler jobs); baseline ${f(perRound * ROUNDS / baselineMs * 1000, 0)}/s`)
console.log(`ratio plugin/baseline: median ${f(ratio, 3)}, overall ${f(pluginMs / baselineMs, 3)} (target ≤ ${TARGET}) → ${ratio <= TARGET ? 'PASS' : 'FAIL'}`)
await app.close()
await pool.end()
await sb.close()
await admin(`drop database ${DB}`)
process.exitCode = ratio <= TARGET ? 0 : 1

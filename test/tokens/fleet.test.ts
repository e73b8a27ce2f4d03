// Eight processes, each with its own pool, sharing one database and one sandbox: every expiry and every
// server-side invalidation is refreshed exactly once fleet-wide, with no invalid_grant and no failed call.
import t, { type Test } from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import { sqlClient } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { install, managerFor, TEST_KEY, migratedDatabase } from '../helpers/tokens.js'
import { startWorker, type Worker } from '../helpers/worker.js'

const PROCESSES = 8
const CALLERS = 100
const ROUNDS = 20
const WORKER = 'test/fixtures/token-worker.ts'

interface RoundReply { failed: string[], statuses: number[], refreshes: number, error?: string }

async function fleet (t: Test, env: Record<string, string>, n = PROCESSES): Promise<Worker[]> {
  return await Promise.all(Array.from({ length: n }, async () => await startWorker(t, WORKER, env)))
}


t.test('expiry: 20 rounds of 8 processes × 100 callers → exactly 20 refreshes, no invalid_grant', async (t) => {
  // Tokens live 3 s and are refreshed with 2 s left: each round starts once the token is inside the window.
  const sb = await sandboxFor(t, { accessTokenTtlSeconds: 3, rateLimit: false })
  const url = await migratedDatabase(t)
  const seeder = await managerFor(t, sb, url)
  const connection = await install(sb, seeder.manager, 'loc_fleet')
  const workers = await fleet(t, {
    DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret,
    KEY: TEST_KEY, CONNECTION: connection, WINDOW_S: '2'
  })
  sb.resetStats()
  for (let round = 1; round <= ROUNDS; round++) {
    await sleep(1100)
    const replies = await Promise.all(workers.map(async (w) => await w.send<RoundReply>({ cmd: 'round', callers: CALLERS })))
    for (const reply of replies) {
      t.same(reply.failed, [], `round ${round}: no getValidToken failed`)
      t.ok(reply.statuses.every((s) => s === 404), `round ${round}: every token handed out is accepted by GHL`)
    }
    t.equal(sb.stats().refreshes, round, `round ${round}: one refresh per expiry`)
  }
  const stats = sb.stats()
  t.equal(stats.refreshes, ROUNDS)
  t.equal(stats.invalidGrant, 0)
  t.equal(stats.tokenCalls.refresh_token, ROUNDS, 'no refresh call went out beyond the ones that succeeded')
})

t.test('401 path: server-side invalidation → one refresh per round, every call replayed successfully', async (t) => {
  const sb = await sandboxFor(t, { rateLimit: false })
  const url = await migratedDatabase(t)
  const seeder = await managerFor(t, sb, url)
  const connection = await install(sb, seeder.manager, 'loc_fleet401')
  const workers = await fleet(t, {
    DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY: TEST_KEY, CONNECTION: connection
  })
  // Warm every cache: from here on each instance believes its token is good for a day.
  for (const w of workers) t.same((await w.send<RoundReply>({ cmd: 'round', callers: 1 })).failed, [])
  sb.resetStats()
  for (let round = 1; round <= ROUNDS; round++) {
    sb.revokeAccessTokens({ locationId: connection })
    const replies = await Promise.all(workers.map(async (w) => await w.send<RoundReply>({ cmd: 'round401', callers: CALLERS })))
    for (const reply of replies) {
      t.same(reply.failed, [], `round ${round}: no call failed`)
      t.ok(reply.statuses.length === CALLERS && reply.statuses.every((s) => s === 404), `round ${round}: every replay accepted`)
    }
    t.equal(sb.stats().refreshes, round, `round ${round}: exactly one refresh`)
  }
  t.equal(sb.stats().invalidGrant, 0)
})

t.test('an instance SIGKILLed while holding the refresh lock blocks nobody beyond the lock timeout', async (t) => {
  const sb = await sandboxFor(t, { rateLimit: false })
  const url = await migratedDatabase(t)
  const survivor = await managerFor(t, sb, url, { lockTimeoutMs: 5000 })
  const connection = await install(sb, survivor.manager, 'loc_killed')
  const victim = await startWorker(t, WORKER, {
    DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY: TEST_KEY, CONNECTION: connection
  })
  // The victim's token call stalls at the sandbox, so it sits in the refresh transaction holding the lock.
  sb.addFault({ path: '/oauth/token', delayMs: 30_000, status: 503 })
  void victim.send({ cmd: 'force' }).catch(() => {})
  const sql = await sqlClient(t, url)
  for (let i = 0; i < 100; i++) {
    const { rows } = await sql.query('SELECT refresh_started_at FROM ghl_connections WHERE id = $1', [connection])
    if (rows[0]?.refresh_started_at !== null) break
    await sleep(50)
  }
  const during = await survivor.manager.status(connection)
  t.equal(during?.refreshInterrupted, true, 'the started refresh is visible to other instances')
  victim.child.kill('SIGKILL')
  await victim.stop()
  const started = Date.now()
  const view = await survivor.manager.forceRefresh(connection)
  t.ok(Date.now() - started < 5000, 'the lock was released with the dead process')
  t.equal(view.status, 'active')
  t.equal(view.refreshInterrupted, false)
  const token = await survivor.manager.getValidToken(connection)
  const res = await fetch(`${sb.url}/contacts/x`, { headers: { authorization: `Bearer ${token}`, version: '2021-07-28' } })
  await res.arrayBuffer()
  t.equal(res.status, 404, 'the connection is still usable')
  t.equal(sb.stats().invalidGrant, 0)
})

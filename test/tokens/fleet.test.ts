// Eight processes, each with its own pool, sharing one database and one sandbox: every expiry and every
// server-side invalidation is refreshed exactly once fleet-wide, with no invalid_grant and no failed call. An
// instance killed holding the refresh lock: fleet-killed.test.ts.
import t, { type Test } from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
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

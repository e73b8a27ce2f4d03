// An instance SIGKILLed while it holds a connection's refresh lock (its token call stalled at GHL): Postgres ends its
// session and frees the lock with it, so the other instances refresh at once instead of failing on the lock timeout
// until someone cleans up; the interrupted refresh is visible meanwhile, and no refresh token is spent twice.
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import { eventually } from '../helpers/app.js'
import { sqlClient } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { install, managerFor, TEST_KEY, migratedDatabase } from '../helpers/tokens.js'
import { startWorker } from '../helpers/worker.js'

const WORKER = 'test/fixtures/token-worker.ts'
const HELD_LOCKS = `SELECT l.pid FROM pg_locks l JOIN pg_database d ON d.oid = l.database
  WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()`

t.test('an instance SIGKILLed while holding the refresh lock blocks nobody beyond the lock timeout', async (t) => {
  const sb = await sandboxFor(t, { rateLimit: false })
  const url = await migratedDatabase(t)
  const survivor = await managerFor(t, sb, url, { lockTimeoutMs: 5000 })
  const impatient = await managerFor(t, sb, url, { lockTimeoutMs: 300 })
  const connection = await install(sb, survivor.manager, 'loc_killed')
  const victim = await startWorker(t, WORKER, {
    DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY: TEST_KEY, CONNECTION: connection
  })
  // The victim's token call stalls at the sandbox, so it sits in the refresh transaction holding the lock.
  sb.addFault({ path: '/oauth/token', delayMs: 30_000, status: 503 })
  void victim.send({ cmd: 'force' }).catch(() => {})
  const sql = await sqlClient(t, url)
  for (let i = 0; i < 200; i++) {
    const { rows } = await sql.query('SELECT refresh_started_at FROM ghl_connections WHERE id = $1', [connection])
    if (rows[0]?.refresh_started_at !== null) break
    await sleep(50)
  }
  const during = await survivor.manager.status(connection)
  t.equal(during?.refreshInterrupted, true, 'the started refresh is visible to other instances')
  const holders = (await sql.query<{ pid: number }>(HELD_LOCKS)).rows.map((r) => r.pid)
  t.equal(holders.length, 1, 'the victim holds the refresh lock')
  await t.rejects(impatient.manager.forceRefresh(connection), { code: 'GHL_REFRESH_FAILED', message: /timed out after 300 ms waiting for the refresh lock/ }, 'nobody else gets it while the victim lives')

  victim.child.kill('SIGKILL')
  await victim.stop()
  // The victim's backend ends as soon as Postgres reads the closed socket; the wait is only a guard against a hang.
  await eventually(async () => (await sql.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [holders[0]])).rows.length === 0, 30_000, "the victim's session to end")
  t.same((await sql.query(HELD_LOCKS)).rows, [], 'the lock was released with the dead process')
  const view = await survivor.manager.forceRefresh(connection)
  t.equal(view.status, 'active')
  t.equal(view.refreshInterrupted, false)
  const token = await survivor.manager.getValidToken(connection)
  const res = await fetch(`${sb.url}/contacts/x`, { headers: { authorization: `Bearer ${token}`, version: '2021-07-28' } })
  await res.arrayBuffer()
  t.equal(res.status, 404, 'the connection is still usable')
  t.equal(sb.stats().invalidGrant, 0)
})

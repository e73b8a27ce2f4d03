// Failed admin logins are counted for the whole fleet: two processes sharing one database, a client guessing the
// admin token on both gets 5 tries in all, not 5 per instance; a successful login on one clears the count on both;
// the address is kept only as an HMAC.
import t, { type Test } from 'tap'
import { request } from 'undici'
import { ADMIN_TOKEN, PREFIX } from '../helpers/app.js'
import { sqlClient, testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { TEST_KEY } from '../helpers/tokens.js'
import { startWorker } from '../helpers/worker.js'

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

async function twoInstances (t: Test): Promise<{ urls: string[], databaseUrl: string }> {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const env = { DATABASE_URL: databaseUrl, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY: TEST_KEY }
  const workers = await Promise.all([0, 1].map(async () => await startWorker(t, 'test/fixtures/oauth-callback-worker.ts', env)))
  return { urls: await Promise.all(workers.map(async (w) => (await w.send<{ url: string }>({ cmd: 'url' })).url)), databaseUrl }
}

async function login (url: string, token: string): Promise<{ status: number, retryAfter: number }> {
  const res = await request(`${url}${PREFIX}/admin/login`, { method: 'POST', headers: FORM, body: `token=${encodeURIComponent(token)}` })
  await res.body.text()
  return { status: res.statusCode, retryAfter: Number(res.headers['retry-after'] ?? 0) }
}

t.test('5 failures spread over two instances block the address on both', async (t) => {
  const { urls: [a, b], databaseUrl } = await twoInstances(t)
  for (const [url, guess] of [[a, 'g1'], [b, 'g2'], [a, 'g3'], [b, 'g4'], [a, 'g5']]) t.equal((await login(url, guess)).status, 401)
  for (const url of [a, b]) {
    const blocked = await login(url, ADMIN_TOKEN)
    t.equal(blocked.status, 429, 'even the right token waits, on either instance')
    t.ok(blocked.retryAfter > 14 * 60 && blocked.retryAfter <= 15 * 60, `Retry-After ${blocked.retryAfter} s: the rest of the 15 minutes`)
  }
  const sql = await sqlClient(t, databaseUrl)
  const { rows } = await sql.query('SELECT address_hash, failures FROM ghl_admin_login_failures')
  t.equal(rows.length, 1)
  t.equal(rows[0].failures, 5)
  t.match(rows[0].address_hash, /^[A-Za-z0-9_-]{43}$/, 'an HMAC of the address')
  t.notOk(JSON.stringify(rows).includes('127.0.0.1'), 'never the address itself')
})

t.test('a successful login on one instance clears the count on the other', async (t) => {
  const { urls: [a, b] } = await twoInstances(t)
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < 4; i++) t.equal((await login(a, `wrong${i}`)).status, 401)
    t.equal((await login(b, ADMIN_TOKEN)).status, 303, `round ${round}: 4 failures, then the right token logs in`)
  }
  t.equal((await login(a, 'wrong')).status, 401, 'the second round started from 0: a fifth failure in all is not blocked')
  t.equal((await login(b, ADMIN_TOKEN)).status, 303)
})

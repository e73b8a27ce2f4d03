// The OAuth state is single-use across a fleet: one state and its cookie sent at once to two processes sharing one
// database (each with its own authorization code from the consent page) connects once; the other is refused.
import t from 'tap'
import { request } from 'undici'
import { createOAuthState } from '../../lib/tokens/oauth-state.js'
import { PREFIX, REDIRECT_URI } from '../helpers/app.js'
import { testDatabase } from '../helpers/db.js'
import { consent, sandboxFor } from '../helpers/sandbox.js'
import { TEST_KEY } from '../helpers/tokens.js'
import { startWorker } from '../helpers/worker.js'

t.test('two processes, one state sent to both at once: exactly one callback connects', async (t) => {
  const sb = await sandboxFor(t)
  const env = { DATABASE_URL: await testDatabase(t), SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY: TEST_KEY }
  const workers = await Promise.all([0, 1].map(async () => await startWorker(t, 'test/fixtures/oauth-callback-worker.ts', env)))
  const urls = await Promise.all(workers.map(async (w) => (await w.send<{ url: string }>({ cmd: 'url' })).url))

  for (let round = 0; round < 3; round++) {
    // A state as the apps issue it (their state secret is derived from the client secret), and its browser's cookie.
    const { state, nonce } = createOAuthState({ secret: sb.clientSecret }).issue()
    const codes = [(await consent(sb, REDIRECT_URI, { state })).code, (await consent(sb, REDIRECT_URI, { state })).code]
    const answers = await Promise.all(urls.map(async (url, i) => {
      const res = await request(`${url}${PREFIX}/callback?code=${codes[i]}&state=${encodeURIComponent(state)}`, { headers: { cookie: `ghl_oauth_state=${nonce}` } })
      return { status: res.statusCode, body: await res.body.json() as { code?: string, message?: string } }
    }))
    t.same(answers.map((a) => a.status).sort(), [200, 400], `round ${round}: one connects, one is refused`)
    t.match(answers.find((a) => a.status === 400)?.body, { code: 'GHL_OAUTH_STATE', message: /already used/ })
  }
  t.equal(sb.stats().tokenCalls.authorization_code, 3, 'one code exchanged per state')
})

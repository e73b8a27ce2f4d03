// The OAuth routes: the whole round trip over real HTTP against the sandbox's consent page, and every way a
// callback is refused (forged, expired, missing state; a used code; a denied consent).
import t from 'tap'
import { request } from 'undici'
import { build, connect, LOCATION, PREFIX, REDIRECT_URI } from '../helpers/app.js'
import { consent } from '../helpers/sandbox.js'

async function get (url: string): Promise<{ status: number, headers: Record<string, unknown>, body: any }> {
  const res = await request(url, { method: 'GET' })
  const text = await res.body.text()
  let body: unknown = text
  try { body = JSON.parse(text) } catch {}
  return { status: res.statusCode, headers: res.headers, body }
}

t.test('round trip over real HTTP: auth-url → consent page → callback → status authenticated', async (t) => {
  const { app, sb, url } = await build(t, { listen: true })
  const connected: unknown[] = []
  app.ghl.events.on('app:connected', (e) => connected.push(e))

  const before = await get(`${url}${PREFIX}/status`)
  t.match(before.body, { is_configured: false, auth_status: 'not_configured' })

  const auth = await get(`${url}${PREFIX}/auth-url`)
  t.equal(auth.status, 200)
  t.same(Object.keys(auth.body).sort(), ['state', 'url'])
  const consentUrl = new URL(auth.body.url)
  t.equal(consentUrl.origin + consentUrl.pathname, `${sb.url}/v2/oauth/chooselocation`)
  t.equal(consentUrl.searchParams.get('response_type'), 'code')
  t.equal(consentUrl.searchParams.get('client_id'), sb.clientId)
  t.equal(consentUrl.searchParams.get('redirect_uri'), REDIRECT_URI)
  t.equal(consentUrl.searchParams.get('scope'), 'contacts.readonly contacts.write')
  t.equal(consentUrl.searchParams.get('state'), auth.body.state)

  // The browser at GHL's consent page: approved, sent back to the redirect URI with a code and our state.
  const page = await request(auth.body.url, { method: 'GET' })
  await page.body.text()
  t.equal(page.statusCode, 302)
  const back = new URL(String(page.headers.location))
  t.equal(back.origin + back.pathname, REDIRECT_URI)
  t.equal(back.searchParams.get('state'), auth.body.state)
  t.ok(back.searchParams.get('code'))

  // …and the browser follows it to this app (the redirect URI's host stands for wherever the app runs).
  const cb = await get(`${url}${back.pathname}${back.search}`)
  t.equal(cb.status, 200, JSON.stringify(cb.body))
  t.same(cb.body, { ok: true, connection: LOCATION, user_type: 'Location', location_id: LOCATION, company_id: 'comp_sandbox_1' })
  t.equal(cb.headers['cache-control'], 'no-store')
  t.match(connected, [{ connection: LOCATION, userType: 'Location', locationId: LOCATION }])

  const after = await get(`${url}${PREFIX}/status`)
  t.match(after.body, { is_configured: true, has_access_token: true, has_refresh_token: true, token_valid: true, auth_status: 'authenticated' })
  t.equal(sb.stats().tokenCalls.authorization_code, 1)

  // The stored connection works for API calls.
  const created = await app.ghl.contacts.create({ email: 'roundtrip@example.com' })
  t.equal(created.contact.locationId, LOCATION)
})

t.test('callback refuses a forged, a missing, a malformed and an expired state', async (t) => {
  let offsetMs = 0
  const { app, sb } = await build(t, { options: { now: () => Date.now() + offsetMs } })
  const { state } = (await app.inject(`${PREFIX}/auth-url`)).json()
  const { code } = await consent(sb, REDIRECT_URI, { state })
  const callback = async (query: string) => await app.inject(`${PREFIX}/callback?${query}`)

  const sig = state.slice(-1) === 'A' ? 'B' : 'A'
  const forged = await callback(`code=${code}&state=${encodeURIComponent(state.slice(0, -1) + sig)}`)
  t.equal(forged.statusCode, 400)
  t.match(forged.json(), { statusCode: 400, code: 'GHL_OAUTH_STATE', message: /valid signature.*\/api\/integrations\/ghl\/auth-url/ })

  // A state signed with another secret (another app) is forged too.
  const other = await build(t, { sandbox: sb, options: { stateSecret: 'another-secret-of-at-least-32-characters!!' } })
  const foreign = (await other.app.inject(`${PREFIX}/auth-url`)).json().state
  t.match((await callback(`code=${code}&state=${encodeURIComponent(foreign)}`)).json(), { code: 'GHL_OAUTH_STATE', message: /valid signature/ })

  t.match((await callback(`code=${code}`)).json(), { statusCode: 400, code: 'GHL_OAUTH_STATE', message: /missing/ })
  t.match((await callback(`code=${code}&state=nonsense`)).json(), { statusCode: 400, code: 'GHL_OAUTH_STATE', message: /malformed/ })

  offsetMs = 11 * 60_000
  const expired = await callback(`code=${code}&state=${encodeURIComponent(state)}`)
  t.equal(expired.statusCode, 400)
  t.match(expired.json(), { code: 'GHL_OAUTH_STATE', message: /expired/ })

  t.equal(sb.stats().tokenCalls.authorization_code, 0, 'no refused callback exchanged its code')
  t.match((await app.inject(`${PREFIX}/status`)).json(), { auth_status: 'not_configured' })
})

t.test('callback: a used code → 400 with a clear message; consent denied → 400; no code → 400', async (t) => {
  const { app, sb } = await build(t)
  const { state } = (await app.inject(`${PREFIX}/auth-url`)).json()
  const { code } = await consent(sb, REDIRECT_URI, { state })
  const first = await app.inject(`${PREFIX}/callback?code=${code}&state=${encodeURIComponent(state)}`)
  t.equal(first.statusCode, 200)
  const again = await app.inject(`${PREFIX}/callback?code=${code}&state=${encodeURIComponent(state)}`)
  t.equal(again.statusCode, 400)
  t.match(again.json(), { code: 'GHL_AUTHORIZATION_CODE', message: /rejected the authorization code.*already used.*auth-url/ })

  const denied = await app.inject(`${PREFIX}/callback?error=access_denied&error_description=User%20cancelled&state=${encodeURIComponent(state)}`)
  t.equal(denied.statusCode, 400)
  t.match(denied.json(), { code: 'GHL_OAUTH_DENIED', message: /access_denied: User cancelled/ })
  const noCode = await app.inject(`${PREFIX}/callback?state=${encodeURIComponent(state)}`)
  t.equal(noCode.statusCode, 400)
  t.match(noCode.json(), { code: 'GHL_OAUTH_DENIED', message: /no code/ })
})

t.test('requireState: false accepts marketplace installs without a state, still verifies a given one', async (t) => {
  const { app, sb } = await build(t, { options: { requireState: false, successRedirect: '/welcome' } })
  const { code } = await consent(sb, REDIRECT_URI)
  const res = await app.inject(`${PREFIX}/callback?code=${code}`)
  t.equal(res.statusCode, 302)
  t.equal(res.headers.location, '/welcome')
  t.match((await app.inject(`${PREFIX}/status`)).json(), { auth_status: 'authenticated' })
  t.equal((await app.inject(`${PREFIX}/callback?code=${code}&state=forged`)).statusCode, 400)
})

t.test('fastify.ghl.authUrl() gives the same kind of URL as the route', async (t) => {
  const { app, sb } = await build(t)
  const { url, state } = app.ghl.authUrl()
  t.equal(new URL(url).searchParams.get('state'), state)
  const body = await connect(app, sb)
  t.equal(body.connection, LOCATION)
})

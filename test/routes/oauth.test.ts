// The OAuth routes: the whole round trip over real HTTP against the sandbox's consent page, and every way a
// callback is refused (forged, expired, missing state; a state used twice, without its cookie or from another
// browser; a used code; a denied consent). /auth-url is behind the admin auth unless routes.authUrl.admin is false.
import t from 'tap'
import { request } from 'undici'
import { ADMIN_HEADERS, authUrl, build, connect, cookieFrom, LOCATION, PREFIX, REDIRECT_URI } from '../helpers/app.js'
import { consent } from '../helpers/sandbox.js'

async function get (url: string, headers: Record<string, string> = {}): Promise<{ status: number, headers: Record<string, unknown>, body: any }> {
  const res = await request(url, { method: 'GET', headers })
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

  t.equal((await get(`${url}${PREFIX}/auth-url`)).status, 401, 'auth-url needs the admin auth')
  const auth = await get(`${url}${PREFIX}/auth-url`, ADMIN_HEADERS)
  t.equal(auth.status, 200)
  t.same(Object.keys(auth.body).sort(), ['state', 'url'])
  // The browser's half of the state: HttpOnly, SameSite=Lax, only on the callback's path; not Secure on http://127.0.0.1.
  const setCookie = String(auth.headers['set-cookie'])
  t.match(setCookie, /^ghl_oauth_state=[A-Za-z0-9_-]{43}; Max-Age=600; Path=\/api\/integrations\/ghl\/callback; HttpOnly; SameSite=Lax$/)
  const cookie = cookieFrom(setCookie, 'ghl_oauth_state') as string
  t.notOk(auth.body.state.includes(cookie.split('=')[1]), 'the nonce itself is not in the state')
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
  const cb = await get(`${url}${back.pathname}${back.search}`, { cookie })
  t.equal(cb.status, 200, JSON.stringify(cb.body))
  t.match(String(cb.headers['set-cookie']), /^ghl_oauth_state=; Max-Age=0;/, 'the cookie is cleared')
  t.same(cb.body, { ok: true, connection: LOCATION, user_type: 'Location', location_id: LOCATION, company_id: 'comp_sandbox_1' })
  t.equal(cb.headers['cache-control'], 'no-store')
  t.match(connected, [{ connection: LOCATION, userType: 'Location', locationId: LOCATION }])
  t.equal((connected[0] as { request: { headers: Record<string, string> } }).request.headers.cookie, cookie, 'app:connected carries the request')

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
  const { state, cookie } = await authUrl(app)
  const { code } = await consent(sb, REDIRECT_URI, { state })
  const callback = async (query: string) => await app.inject({ url: `${PREFIX}/callback?${query}`, headers: { cookie } })

  const sig = state.slice(-1) === 'A' ? 'B' : 'A'
  const forged = await callback(`code=${code}&state=${encodeURIComponent(state.slice(0, -1) + sig)}`)
  t.equal(forged.statusCode, 400)
  t.match(forged.json(), { statusCode: 400, code: 'GHL_OAUTH_STATE', message: /valid signature.*\/api\/integrations\/ghl\/auth-url/ })

  // A state signed with another secret (another app) is forged too.
  const other = await build(t, { sandbox: sb, options: { stateSecret: 'another-secret-of-at-least-32-characters!!' } })
  const foreign = (await authUrl(other.app)).state
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

t.test('a state is refused used twice (on another instance too), without its cookie, and from another browser', async (t) => {
  const { app, sb, databaseUrl } = await build(t)
  const peer = await build(t, { sandbox: sb, databaseUrl })
  const callback = async (on: typeof app, state: string, code: string, cookie?: string) =>
    await on.inject({ url: `${PREFIX}/callback?code=${code}&state=${encodeURIComponent(state)}`, headers: cookie === undefined ? {} : { cookie } })

  // Without its cookie (a link sent to a victim: login CSRF) and with another browser's cookie: refused, no exchange.
  const victim = await authUrl(app)
  const attacker = await authUrl(app)
  const { code } = await consent(sb, REDIRECT_URI, { state: attacker.state })
  const noCookie = await callback(app, attacker.state, code)
  t.equal(noCookie.statusCode, 400)
  t.match(noCookie.json(), { code: 'GHL_OAUTH_STATE', message: /not started in this browser/ })
  t.match((await callback(app, attacker.state, code, victim.cookie)).json(), { code: 'GHL_OAUTH_STATE', message: /started in another browser/ })
  t.match((await callback(app, attacker.state, code, 'ghl_oauth_state=short')).json(), { code: 'GHL_OAUTH_STATE', message: /another browser/ })
  t.equal(sb.stats().tokenCalls.authorization_code, 0, 'no refused callback exchanged its code')

  // Used once in its own browser; the same state and cookie again are refused, here and on the other instance.
  t.equal((await callback(app, attacker.state, code, attacker.cookie)).statusCode, 200)
  const second = await consent(sb, REDIRECT_URI, { state: attacker.state })
  const twice = await callback(app, attacker.state, second.code, attacker.cookie)
  t.equal(twice.statusCode, 400)
  t.match(twice.json(), { code: 'GHL_OAUTH_STATE', message: /already used.*auth-url/ })
  t.match((await callback(peer.app, attacker.state, second.code, attacker.cookie)).json(), { code: 'GHL_OAUTH_STATE', message: /already used/ })
  t.equal(sb.stats().tokenCalls.authorization_code, 1)
})

t.test('/auth-url: admin auth by default (token or adminPreHandler), open with routes.authUrl.admin false; lifetime capped', async (t) => {
  const { app } = await build(t)
  t.equal((await app.inject(`${PREFIX}/auth-url`)).statusCode, 401)
  t.equal((await app.inject({ url: `${PREFIX}/auth-url`, headers: { authorization: 'Bearer wrong' } })).statusCode, 403)
  const open = await build(t, { options: { routes: { authUrl: { admin: false } } } })
  const res = await open.app.inject(`${PREFIX}/auth-url`)
  t.equal(res.statusCode, 200)
  t.ok(cookieFrom(res.headers['set-cookie'], 'ghl_oauth_state'))
  const host = await build(t, { options: { adminPreHandler: async (req) => { if (req.headers['x-host-admin'] !== 'yes') throw Object.assign(new Error('host says no'), { statusCode: 403 }) } } })
  t.equal((await host.app.inject(`${PREFIX}/auth-url`)).statusCode, 403)
  t.equal((await host.app.inject({ url: `${PREFIX}/auth-url`, headers: { 'x-host-admin': 'yes' } })).statusCode, 200)
  // Behind https (or any host that is not localhost) the cookie is Secure.
  const secure = await app.inject({ url: `${PREFIX}/auth-url`, headers: { ...ADMIN_HEADERS, host: 'app.example.com' } })
  t.match(String(secure.headers['set-cookie']), /; Secure; SameSite=Lax$/)
  await t.rejects(build(t, { options: { stateTtlSeconds: 7200 } }), { code: 'GHL_CONFIG', message: /stateTtlSeconds must be at most 3600/ })
})

t.test('callback: a used code → 400 with a clear message; consent denied → 400; no code → 400', async (t) => {
  const { app, sb } = await build(t)
  const { state, cookie } = await authUrl(app)
  const { code } = await consent(sb, REDIRECT_URI, { state })
  const first = await app.inject({ url: `${PREFIX}/callback?code=${code}&state=${encodeURIComponent(state)}`, headers: { cookie } })
  t.equal(first.statusCode, 200)
  const next = await authUrl(app)
  const again = await app.inject({ url: `${PREFIX}/callback?code=${code}&state=${encodeURIComponent(next.state)}`, headers: { cookie: next.cookie } })
  t.equal(again.statusCode, 400)
  t.match(again.json(), { code: 'GHL_AUTHORIZATION_CODE', message: /rejected the authorization code.*already used.*auth-url/ })

  const denied = (await authUrl(app))
  const deniedRes = await app.inject({ url: `${PREFIX}/callback?error=access_denied&error_description=User%20cancelled&state=${encodeURIComponent(denied.state)}`, headers: { cookie: denied.cookie } })
  t.equal(deniedRes.statusCode, 400)
  t.match(deniedRes.json(), { code: 'GHL_OAUTH_DENIED', message: /access_denied: User cancelled/ })
  const none = await authUrl(app)
  const noCode = await app.inject({ url: `${PREFIX}/callback?state=${encodeURIComponent(none.state)}`, headers: { cookie: none.cookie } })
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
  const { url, state, nonce } = app.ghl.authUrl()
  t.equal(new URL(url).searchParams.get('state'), state)
  const { code } = await consent(sb, REDIRECT_URI, { state })
  const res = await app.inject({ url: `${PREFIX}/callback?code=${code}&state=${encodeURIComponent(state)}`, headers: { cookie: `ghl_oauth_state=${nonce}` } })
  t.equal(res.statusCode, 200, 'the host sets the nonce cookie itself')
  const body = await connect(app, sb)
  t.equal(body.connection, LOCATION)
})

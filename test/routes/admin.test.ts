// The admin page through inject (the browser suite drives it in Chromium): login with the admin token into a signed
// session cookie, failed logins limited, CSRF on every action, strict headers, escaping, paging, never a token; the
// actions (connect with the cookie-bound state, refresh, retry dead jobs, disconnect after confirmation); the host's
// adminPreHandler instead of the login; the one-time login link.
import t from 'tap'
import { request } from 'undici'
import { adminLoginTicket } from '../../lib/admin/session.js'
import { ADMIN_TOKEN, build, connect, cookieFrom, LOCATION, PREFIX, sideStore } from '../helpers/app.js'
import { FAST_OUTBOX } from '../outbox/helpers.js'
import { TOKEN_PATTERN } from '../helpers/secrets.js'

const ADMIN = `${PREFIX}/admin`
const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

type App = Awaited<ReturnType<typeof build>>['app']

async function login (app: App): Promise<string> {
  const res = await app.inject({ method: 'POST', url: `${ADMIN}/login`, headers: FORM, payload: `token=${encodeURIComponent(ADMIN_TOKEN)}` })
  if (res.statusCode !== 303) throw new Error(`login answered ${res.statusCode}`)
  return cookieFrom(res.headers['set-cookie'], 'ghl_admin_session') as string
}

/** The page, and the CSRF token of its forms. */
async function adminPage (app: App, cookie: string, query = ''): Promise<{ status: number, body: string, csrf: string, headers: Record<string, unknown> }> {
  const res = await app.inject({ url: `${ADMIN}${query}`, headers: { cookie } })
  const csrf = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1] ?? ''
  return { status: res.statusCode, body: res.body, csrf, headers: res.headers }
}

async function post (app: App, path: string, cookie: string, fields: Record<string, string>) {
  return await app.inject({ method: 'POST', url: `${ADMIN}/${path}`, headers: { ...FORM, cookie }, payload: new URLSearchParams(fields).toString() })
}

t.test('login: a form, a signed HttpOnly SameSite=Strict session; wrong tokens limited per address; logout', async (t) => {
  const { app } = await build(t)
  const anonymous = await app.inject(ADMIN)
  t.equal(anonymous.statusCode, 401)
  t.match(anonymous.body, /<form method="post" action="\/api\/integrations\/ghl\/admin\/login"/)
  t.equal(anonymous.headers['cache-control'], 'no-store')
  t.match(anonymous.headers['content-security-policy'], /default-src 'none'; style-src 'self'.*frame-ancestors 'none'; form-action 'self' http:\/\/127\.0\.0\.1:\d+/)

  const res = await app.inject({ method: 'POST', url: `${ADMIN}/login`, headers: FORM, payload: `token=${ADMIN_TOKEN}` })
  t.equal(res.statusCode, 303)
  t.equal(res.headers.location, ADMIN)
  t.match(String(res.headers['set-cookie']), /^ghl_admin_session=v1\.[^;]+; Path=\/api\/integrations\/ghl\/admin; Expires=[^;]+; HttpOnly; SameSite=Strict$/)
  const cookie = cookieFrom(res.headers['set-cookie'], 'ghl_admin_session') as string
  t.equal((await adminPage(app, cookie)).status, 200)
  t.equal((await adminPage(app, cookie.slice(0, -2) + 'xx')).status, 401, 'a changed session cookie is refused')

  for (let i = 0; i < 5; i++) {
    const wrong = await app.inject({ method: 'POST', url: `${ADMIN}/login`, headers: FORM, payload: `token=guess${i}` })
    t.equal(wrong.statusCode, 401)
    t.match(wrong.body, /not the admin token/)
  }
  const blocked = await app.inject({ method: 'POST', url: `${ADMIN}/login`, headers: FORM, payload: `token=${ADMIN_TOKEN}` })
  t.equal(blocked.statusCode, 429, 'after 5 failures even the right token waits')
  t.ok(Number(blocked.headers['retry-after']) > 0)
  t.equal((await app.inject({ method: 'POST', url: `${ADMIN}/login`, headers: FORM, payload: `token=${ADMIN_TOKEN}`, remoteAddress: '10.0.0.9' })).statusCode, 303, 'another address is not limited')

  const { csrf } = await adminPage(app, cookie)
  t.equal((await post(app, 'logout', cookie, {})).statusCode, 403, 'logout needs the CSRF token too')
  const out = await post(app, 'logout', cookie, { _csrf: csrf })
  t.equal(out.statusCode, 200)
  t.match(String(out.headers['set-cookie']), /^ghl_admin_session=; Max-Age=0; Path=\/api\/integrations\/ghl\/admin/)
  t.equal((await adminPage(app, cookie)).status, 401, 'a copy of the logged-out cookie is refused')
  t.equal((await post(app, 'refresh', cookie, { _csrf: csrf, connection: LOCATION })).statusCode, 401, 'and cannot act')
})

t.test('log out ends the session on every instance of the fleet, and only that session', async (t) => {
  const a = await build(t)
  const b = await build(t, { sandbox: a.sb, databaseUrl: a.databaseUrl })
  const cookie = await login(a.app)
  const other = await login(a.app)
  t.equal((await adminPage(b.app, cookie)).status, 200, 'a session works on every instance')
  const { csrf } = await adminPage(b.app, cookie)
  t.equal((await post(b.app, 'logout', cookie, { _csrf: csrf })).statusCode, 200, 'logged out on b')
  t.equal((await adminPage(a.app, cookie)).status, 401, 'refused on a too')
  t.equal((await adminPage(b.app, cookie)).status, 401)
  t.equal((await adminPage(a.app, other)).status, 200, 'another session goes on')
})

t.test('the page: every connection with its state in words, never a token or secret, escaped; actions need CSRF', async (t) => {
  const { app, sb, databaseUrl, url } = await build(t, { listen: true, options: { outbox: FAST_OUTBOX.outbox, retry: { attempts: 1 } } })
  await connect(app)
  await app.ghl.contacts.create({ email: 'page@example.com' })
  const side = await sideStore(t, databaseUrl)
  const cookie = await login(app)

  const page = await adminPage(app, cookie)
  t.equal(page.status, 200)
  t.equal(page.headers['cache-control'], 'no-store')
  t.match(page.body, new RegExp(`data-connection="${LOCATION}" data-status="active"`))
  t.match(page.body, /Working: calls go out/)
  t.match(page.body, /contacts\.readonly contacts\.write/)
  t.match(page.body, /expires in \d+ h/)
  t.match(page.body, /refreshed never/, 'authorized, not refreshed yet')
  t.match(page.body, /burst \d+ \/ \d+ per 10 s/)
  t.match(page.body, /daily \d+ \/ 200000/)
  const token = await app.ghl.tokens.getValidToken()
  for (const [name, secret] of [['access token', token], ['client secret', sb.clientSecret], ['admin token', ADMIN_TOKEN]]) {
    t.notOk(page.body.includes(secret), `no ${name} on the page`)
  }
  t.notMatch(page.body, TOKEN_PATTERN, 'no token or code the sandbox issued, whole or in part')

  // The last webhooks received: in the connection's row and in the list at the bottom (never their payload).
  t.match(page.body, /No webhook received yet/)
  const sent = await sb.sendWebhook(`${url as string}${PREFIX}/webhooks`, { type: 'ContactCreate', locationId: LOCATION, email: 'hook-payload@example.com' })
  t.equal(sent.status, 200)
  const hooked = await adminPage(app, cookie)
  t.match(hooked.body, /<td>ContactCreate, (just now|\d+ s ago)<\/td>/)
  t.match(hooked.body, /<table class="webhooks">[\s\S]*<td>ContactCreate<\/td><td>loc_sandbox_1<\/td>/)
  t.notOk(hooked.body.includes('hook-payload@example.com'), 'no payload on the page')

  // Text from GHL or the database is escaped.
  await side.recordError(LOCATION, '<script>alert("x")</script> & more')
  const escaped = await adminPage(app, cookie)
  t.notOk(escaped.body.includes('<script>'))
  t.match(escaped.body, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; more/)

  // Refresh now: refused without the CSRF token or with another session's; done with it.
  t.equal((await post(app, 'refresh', cookie, { connection: LOCATION })).statusCode, 403)
  const otherSession = await login(app)
  const otherCsrf = (await adminPage(app, otherSession)).csrf
  t.equal((await post(app, 'refresh', cookie, { connection: LOCATION, _csrf: otherCsrf })).statusCode, 403, "another session's token")
  t.equal((await post(app, 'refresh', '', { connection: LOCATION, _csrf: page.csrf })).statusCode, 401, 'no session')
  const calls = sb.stats().tokenCalls.refresh_token
  const refreshed = await post(app, 'refresh', cookie, { connection: LOCATION, _csrf: page.csrf })
  t.equal(refreshed.statusCode, 303)
  t.equal(refreshed.headers.location, `${ADMIN}?notice=refreshed&connection=${LOCATION}`)
  t.equal(sb.stats().tokenCalls.refresh_token, calls + 1)
  const after = (await adminPage(app, cookie, `?notice=refreshed&connection=${LOCATION}`)).body
  t.match(after, /Refreshed loc_sandbox_1: a new access token is stored\./)
  t.match(after, /refreshed (just now|\d+ s ago)/)
  const cross = await app.inject({ method: 'POST', url: `${ADMIN}/refresh`, headers: { ...FORM, cookie, origin: 'https://evil.example' }, payload: `connection=${LOCATION}&_csrf=${page.csrf}` })
  t.equal(cross.statusCode, 403, 'a form posted from another origin')
  t.equal((await post(app, 'refresh', cookie, { connection: '<x>', _csrf: page.csrf })).statusCode, 400)

  // A dead job, shown with its error, retried one by one and all at once.
  sb.addFault({ path: '/contacts/upsert', status: 422, count: 2, body: { statusCode: 422, message: ['email must be an email'] } })
  const jobs = [await app.ghl.outbox.upsertContact({ email: 'dead1@example.com' }), await app.ghl.outbox.upsertContact({ email: 'dead2@example.com' })]
  for (const job of jobs) t.match(await app.ghl.outbox.wait(job.id, { timeoutMs: 5000 }), { status: 'dead' })
  const withDead = await adminPage(app, cookie)
  t.match(withDead.body, /0 pending<br>2 dead/)
  t.match(withDead.body, new RegExp(`data-job="${jobs[1].id}">#${jobs[1].id} upsertContact \\(1 attempts, [^)]+\\): GHL answered 422`))
  const one = await post(app, 'retry', cookie, { connection: LOCATION, job: String(jobs[0].id), _csrf: page.csrf })
  t.equal(one.headers.location, `${ADMIN}?notice=retried&connection=${LOCATION}&count=1`)
  t.match(await app.ghl.outbox.wait(jobs[0].id, { timeoutMs: 5000 }), { status: 'delivered' })
  t.equal((await post(app, 'retry', cookie, { connection: 'loc_other', job: String(jobs[1].id), _csrf: page.csrf })).headers.location,
    `${ADMIN}?notice=retried&connection=loc_other&count=0`, "a job is retried only through its own connection's row")
  const all = await post(app, 'retry', cookie, { connection: LOCATION, _csrf: page.csrf })
  t.equal(all.headers.location, `${ADMIN}?notice=retried&connection=${LOCATION}&count=1`)
  t.match(await app.ghl.outbox.wait(jobs[1].id, { timeoutMs: 5000 }), { status: 'delivered' })

  // Disconnect: a confirmation page first, then revoked.
  const ask = await post(app, 'disconnect', cookie, { connection: LOCATION, _csrf: page.csrf })
  t.equal(ask.statusCode, 200)
  t.match(ask.body, /Disconnect loc_sandbox_1\?/)
  t.equal((await app.ghl.tokens.status(LOCATION))?.status, 'active', 'nothing happens before the confirmation')
  const confirmCsrf = /name="_csrf" value="([^"]+)"/.exec(ask.body)?.[1] as string
  const done = await post(app, 'disconnect', cookie, { connection: LOCATION, confirm: 'yes', _csrf: confirmCsrf })
  t.equal(done.statusCode, 303)
  t.equal((await app.ghl.tokens.status(LOCATION))?.status, 'revoked')
  t.match((await adminPage(app, cookie)).body, /data-status="revoked"[\s\S]*uninstalled or the connection was disconnected/)
})

t.test('Connect: GHL consent in this browser with the cookie-bound state, back to the page with a notice', async (t) => {
  const { app, url } = await build(t, { listen: true })
  const cookie = await login(app)
  const { csrf } = await adminPage(app, cookie)
  t.equal((await post(app, 'connect', cookie, {})).statusCode, 403)
  const start = await post(app, 'connect', cookie, { _csrf: csrf })
  t.equal(start.statusCode, 303)
  const stateCookie = cookieFrom(start.headers['set-cookie'], 'ghl_oauth_state') as string
  t.ok(stateCookie)
  const consent = await request(String(start.headers.location))
  await consent.body.text()
  const back = new URL(String(consent.headers.location))
  // Without the cookie (another browser), refused; with it, stored and sent back to the admin page.
  t.equal((await request(`${url}${back.pathname}${back.search}`)).statusCode, 400)
  const cb = await app.inject({ url: back.pathname + back.search, headers: { cookie: stateCookie } })
  t.equal(cb.statusCode, 303)
  t.equal(cb.headers.location, `${ADMIN}?connected=${LOCATION}`)
  t.match((await adminPage(app, cookie, `?connected=${LOCATION}`)).body, /Connected loc_sandbox_1\./)
})

t.test('paged beyond 50 connections, needing attention first; counts for the whole fleet', async (t) => {
  const { app, databaseUrl } = await build(t)
  const side = await sideStore(t, databaseUrl)
  for (let i = 0; i < 120; i++) {
    const id = `loc_${String(i).padStart(3, '0')}`
    await side.insertIfAbsent({ id, userType: 'Location', locationId: id, accessTokenCiphertext: null, refreshTokenCiphertext: 'x', keyId: 'k', expiresAt: null })
  }
  await side.setStatus('loc_077', 'reauth_required', 'invalid_grant: refresh token revoked')
  const cookie = await login(app)
  const first = await adminPage(app, cookie)
  t.equal(first.body.match(/<tr data-connection=/g)?.length, 50)
  t.match(first.body, /<tbody><tr data-connection="loc_077" data-status="reauth_required"/)
  t.match(first.body, /120 connections<\/li><li>119 active<\/li>/)
  t.match(first.body, /page 1 of 3/)
  const last = await adminPage(app, cookie, '?page=3')
  t.equal(last.body.match(/<tr data-connection=/g)?.length, 20)
  t.equal((await adminPage(app, cookie, '?page=x')).status, 400)
})

t.test("with the host's adminPreHandler: no login form; the host decides; CSRF bound to a cookie of the browser", async (t) => {
  const { app } = await build(t, {
    options: { adminToken: undefined, adminPreHandler: async (req, reply) => { if (req.headers['x-host-user'] !== 'admin') await reply.code(403).send({ host: 'no' }) } }
  })
  t.same((await app.inject(ADMIN)).json(), { host: 'no' })
  t.equal((await app.inject({ method: 'POST', url: `${ADMIN}/login`, headers: FORM, payload: 'token=x' })).statusCode, 404)
  const page = await app.inject({ url: ADMIN, headers: { 'x-host-user': 'admin' } })
  t.equal(page.statusCode, 200)
  t.notMatch(page.body, /Log out/)
  const csrfCookie = cookieFrom(page.headers['set-cookie'], 'ghl_admin_csrf') as string
  t.ok(csrfCookie)
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] as string
  const headers = { ...FORM, 'x-host-user': 'admin' }
  t.equal((await app.inject({ method: 'POST', url: `${ADMIN}/connect`, headers, payload: `_csrf=${csrf}` })).statusCode, 403, 'the token without its cookie')
  t.equal((await app.inject({ method: 'POST', url: `${ADMIN}/connect`, headers: { ...headers, cookie: csrfCookie }, payload: `_csrf=${csrf}` })).statusCode, 303)
})

t.test('the one-time login link: a session once, refused the second time', async (t) => {
  const { app } = await build(t)
  const ticket = adminLoginTicket(ADMIN_TOKEN)
  const first = await app.inject(`${ADMIN}/login?ticket=${ticket}`)
  t.equal(first.statusCode, 303)
  const cookie = cookieFrom(first.headers['set-cookie'], 'ghl_admin_session') as string
  t.equal((await adminPage(app, cookie)).status, 200)
  const again = await app.inject(`${ADMIN}/login?ticket=${ticket}`)
  t.equal(again.statusCode, 401)
  t.match(again.body, /not valid any more/)
  t.equal((await app.inject(`${ADMIN}/login?ticket=${adminLoginTicket('another-admin-token-0123456789')}`)).statusCode, 401)
})

t.test('a session expires after 8 h; a blocked address may try again once its 15-minute window has passed', async (t) => {
  let offsetMs = 0
  const { app } = await build(t, { options: { now: () => Date.now() + offsetMs } })
  const cookie = await login(app)
  offsetMs = 8 * 3600_000 - 60_000
  t.equal((await adminPage(app, cookie)).status, 200, 'still valid a minute before')
  offsetMs = 8 * 3600_000 + 1000
  t.equal((await adminPage(app, cookie)).status, 401, 'expired')

  for (let i = 0; i < 5; i++) await app.inject({ method: 'POST', url: `${ADMIN}/login`, headers: FORM, payload: 'token=wrong' })
  t.equal((await app.inject({ method: 'POST', url: `${ADMIN}/login`, headers: FORM, payload: `token=${ADMIN_TOKEN}` })).statusCode, 429)
  offsetMs += 15 * 60_000
  t.equal((await app.inject({ method: 'POST', url: `${ADMIN}/login`, headers: FORM, payload: `token=${ADMIN_TOKEN}` })).statusCode, 303)
})

t.test('without adminToken or adminPreHandler the page is closed; routes.admin moves it or turns it off', async (t) => {
  const closed = await build(t, { options: { adminToken: undefined } })
  const res = await closed.app.inject(ADMIN)
  t.equal(res.statusCode, 403)
  t.match(res.json(), { code: 'GHL_ADMIN_FORBIDDEN', message: /admin page is disabled: set options.adminToken/ })
  const off = await build(t, { options: { routes: { admin: false } } })
  t.equal((await off.app.inject(ADMIN)).statusCode, 404)

  // Under its own prefix: the Connect flow comes back there.
  const { app } = await build(t, { options: { routes: { admin: { prefix: '/ops' } } } })
  const login = await app.inject({ method: 'POST', url: '/ops/admin/login', headers: FORM, payload: `token=${ADMIN_TOKEN}` })
  t.equal(login.headers.location, '/ops/admin')
  const cookie = cookieFrom(login.headers['set-cookie'], 'ghl_admin_session') as string
  const page = await app.inject({ url: '/ops/admin', headers: { cookie } })
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] as string
  const start = await app.inject({ method: 'POST', url: '/ops/admin/connect', headers: { ...FORM, cookie }, payload: `_csrf=${csrf}` })
  const consent = await request(String(start.headers.location))
  await consent.body.dump()
  const back = new URL(String(consent.headers.location))
  const cb = await app.inject({ url: back.pathname + back.search, headers: { cookie: cookieFrom(start.headers['set-cookie'], 'ghl_oauth_state') as string } })
  t.equal(cb.headers.location, `/ops/admin?connected=${LOCATION}`)
})

t.test('over 1,000 pending jobs the rows still show exact counts; an instance whose credentials GHL refuses shows its config error', async (t) => {
  const { app, sb, databaseUrl } = await build(t, { options: { outbox: false } })
  await connect(app)
  const side = await sideStore(t, databaseUrl)
  const jobs = side.jobs?.()
  if (jobs === undefined) throw new Error('the store has no job queue')
  for (let i = 0; i < 1005; i += 3) {
    await Promise.all([0, 1, 2].map(async (j) => await jobs.enqueue({ op: 'request', key: `bulk-${i + j}`, connection: LOCATION, payload: { method: 'GET', path: '/x' }, maxAttempts: 3 })))
  }
  const cookie = await login(app)
  const page = await adminPage(app, cookie)
  t.match(page.body, /<td>1005 pending, oldest [^<]+<br>0 dead/)
  t.match(page.body, /over 1000 of a kind/)

  // Another instance on the same database with a wrong client secret: GHL answers invalid_client to its refresh.
  const wrong = await build(t, { sandbox: sb, databaseUrl, options: { clientSecret: 'not-the-secret-of-this-app' } })
  await wrong.app.ghl.tokens.forceRefresh().catch(() => {})
  const wrongCookie = await login(wrong.app)
  const errored = await adminPage(wrong.app, wrongCookie)
  t.match(errored.body, /data-status="config_error"[\s\S]*GHL refused this instance&#39;s client credentials/)
  t.match(errored.body, /<li>1 instance config error<\/li>/)
  t.match((await adminPage(app, cookie)).body, /data-status="active"/, 'the fleet (and the row) are unchanged for the instance with the right credentials')
})

// The admin page's framework-free parts alone: the view model (status in words for every state, relative times,
// ordering and paging), durations, HTML escaping, the login limiter and the signed credentials.
import t from 'tap'
import type { LoginFailures, TokenStore } from '../../db/types.js'
import { createLoginLimiter, loginLimiterFor } from '../../lib/admin/login-limiter.js'
import { duration, relative } from '../../lib/admin/relative-time.js'
import { adminLoginTicket, createAdminCredentials } from '../../lib/admin/session.js'
import { buildAdminView } from '../../lib/admin/view-model.js'
import type { ConnectionView } from '../../lib/tokens/types.js'
import { escapeHtml, html } from '../../routes/admin/escape.js'

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0)

function view (connection: string, status: ConnectionView['status'], extra: Partial<ConnectionView> = {}): ConnectionView {
  return {
    connection, userType: 'Location', locationId: connection, companyId: null, status, hasAccessToken: true, hasRefreshToken: true,
    expiresAt: new Date(NOW + 3 * 3600_000), refreshedAt: new Date(NOW - 5 * 60_000), refreshStartedAt: null, refreshInterrupted: false,
    lastError: null, lastErrorAt: null, scope: 'contacts.readonly contacts.write', ...extra
  }
}

t.test('every state in words, the instance config error first; relative times; pages', async (t) => {
  const connections = [
    view('loc_a', 'active'),
    view('loc_b', 'suspended', { lastError: 'Location is not active', lastErrorAt: new Date(NOW - 3600_000) }),
    view('loc_c', 'reauth_required', { lastError: 'invalid_grant: refresh response lost in transit', lastErrorAt: new Date(NOW - 120_000) }),
    view('loc_d', 'revoked'),
    view('loc_e', 'active')
  ]
  const built = buildAdminView({
    connections, now: NOW, pageSize: 3, rate: () => undefined, breaker: () => undefined, outbox: null, webhooks: null,
    configError: (c) => c === 'loc_e' ? { reason: 'invalid_client: client is invalid', at: NOW } : undefined
  })
  t.same(built.rows.map((r) => [r.connection, r.statusLabel]), [['loc_e', 'instance config error'], ['loc_c', 'reauth required'], ['loc_b', 'suspended']])
  t.same(built.counts, { active: 1, suspended: 1, reauth_required: 1, revoked: 1, config_error: 1 })
  t.equal(built.pages, 2)
  t.match(built.rows[0].reason, /GHL refused this instance's client credentials .*invalid_client: client is invalid/)
  t.match(built.rows[1].reason, /grant is dead.*Last error \(2 min ago\): invalid_grant: refresh response lost in transit/)
  t.match(built.rows[2].reason, /not active.*retried hourly.*Last error \(1 h ago\)/)
  t.equal(built.rows[1].expiry, 'no usable token')
  t.equal(built.rows[0].expiry, 'expires in 3 h')
  t.equal(built.rows[0].lastRefresh, '5 min ago')
  t.same(built.rows[0].scopes, ['contacts.readonly', 'contacts.write'])
  t.equal(built.rows[0].lastWebhook, 'no webhook log')
  const second = buildAdminView({ connections, now: NOW, pageSize: 3, page: 9, rate: () => undefined, breaker: () => undefined, outbox: null, webhooks: [], configError: () => undefined })
  t.equal(second.page, 2, 'a page past the last shows the last')
  t.same(second.rows.map((r) => [r.connection, r.statusLabel, r.canDisconnect]), [['loc_e', 'active', true], ['loc_d', 'revoked', false]])
  t.equal(second.rows[0].lastWebhook, 'none recently')
})

t.test('durations and relative times', async (t) => {
  t.equal(duration(500), 'less than a second')
  t.equal(duration(45_000), '45 s')
  t.equal(duration(125_000), '2 min 5 s')
  t.equal(duration(11 * 60_000), '11 min')
  t.equal(duration(26 * 3600_000), '1 d 2 h')
  t.equal(relative(NOW + 90_000, NOW), 'in 1 min 30 s')
  t.equal(relative(new Date(NOW - 3 * 86_400_000), NOW), '3 d ago')
  t.equal(relative(null, NOW), 'never')
  t.equal(relative(NOW + 200, NOW), 'just now')
})

t.test('escaping: values are escaped, nested html is not escaped twice', async (t) => {
  t.equal(escapeHtml(`<a href="x" onclick='y'>&\``), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;')
  const inner = html`<b>${'<i>'}</b>`
  t.equal(html`<p title="${'"quoted"'}">${inner}${null}${false}${[1, '<2>']}</p>`.value, '<p title="&quot;quoted&quot;"><b>&lt;i&gt;</b>1&lt;2&gt;</p>')
})

t.test('credentials: sessions and tickets are signed and expire; CSRF tokens are bound; the token compares in constant time', async (t) => {
  let now = NOW
  const creds = createAdminCredentials({ adminToken: 'admin-token-0123456789', fallbackSecret: 'x', sessionTtlSeconds: 60, now: () => now })
  const { value, session } = creds.issueSession()
  t.same(creds.readSession(value), session)
  t.equal(creds.readSession(value.slice(0, -1) + (value.endsWith('A') ? 'B' : 'A')), null, 'forged')
  t.equal(createAdminCredentials({ adminToken: 'another-admin-token-0123', fallbackSecret: 'x', now: () => now }).readSession(value), null, 'another admin token')
  t.ok(creds.checkCsrf('session:a', creds.csrfToken('session:a')))
  t.notOk(creds.checkCsrf('session:b', creds.csrfToken('session:a')))
  t.notOk(creds.checkCsrf('session:a', undefined))
  t.ok(creds.checkAdminToken('admin-token-0123456789'))
  t.notOk(creds.checkAdminToken('admin-token-012345678'))
  t.match(creds.checkTicket(adminLoginTicket('admin-token-0123456789')), { ok: true })
  t.match(creds.checkTicket(adminLoginTicket('another-admin-token-0123')), { ok: false, reason: 'forged' })
  now += 61_000
  t.equal(creds.readSession(value), null, 'expired')
})

t.test('login limiter: 5 failures per address, then a wait until the window ends', async (t) => {
  let now = 0
  const limiter = createLoginLimiter({ now: () => now })
  for (let i = 0; i < 5; i++) { t.equal(await limiter.blockedFor('a'), 0); await limiter.failed('a') }
  t.equal(await limiter.blockedFor('a'), 15 * 60_000)
  t.equal(await limiter.blockedFor('b'), 0)
  now += 15 * 60_000
  t.equal(await limiter.blockedFor('a'), 0)
  await limiter.failed('c')
  await limiter.succeeded('c')
  t.equal(await limiter.blockedFor('c'), 0)
})

t.test('loginLimiterFor: the store\'s table when it has the three methods (addresses as HMACs), else this process', async (t) => {
  const rows = new Map<string, LoginFailures>()
  let now = 0
  const store = {
    recordLoginFailure: async (hash: string, at: Date, windowEndsAt: Date) => {
      const row = rows.get(hash)
      const next = row !== undefined && row.windowEndsAt > at ? { ...row, failures: row.failures + 1 } : { failures: 1, windowEndsAt }
      rows.set(hash, next)
      return next
    },
    loginFailures: async (hash: string, at: Date) => { const row = rows.get(hash); return row !== undefined && row.windowEndsAt > at ? row : null },
    clearLoginFailures: async (hash: string) => { rows.delete(hash) }
  } as unknown as TokenStore
  const { limiter, shared } = loginLimiterFor(store, 'secret-1', { now: () => now })
  t.equal(shared, true)
  for (let i = 0; i < 5; i++) await limiter.failed('10.0.0.1')
  t.equal(await limiter.blockedFor('10.0.0.1'), 15 * 60_000, 'blocked from the store\'s count')
  const [key] = rows.keys()
  t.match(key, /^[A-Za-z0-9_-]{43}$/, 'kept under an HMAC')
  t.notOk(key.includes('10.0.0.1'), 'not the address')
  await limiter.succeeded('10.0.0.1')
  t.equal(rows.size, 0, 'a success clears the row')

  const partial = { recordLoginFailure: store.recordLoginFailure } as unknown as TokenStore
  const local = loginLimiterFor(partial, 'secret-1')
  t.equal(local.shared, false, 'a store without all three methods: counted in this process')
  for (let i = 0; i < 5; i++) await local.limiter.failed('10.0.0.2')
  t.ok(await local.limiter.blockedFor('10.0.0.2') > 0)
  t.equal(rows.size, 0, 'nothing written to the store')
})

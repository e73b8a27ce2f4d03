// The plugin as a host sees it: the fastify.ghl surface, seeding from configuration, the embedded database, secrets
// kept out of logs, and app.close() leaving nothing open (checked in a child process that must exit by itself).
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Fastify from 'fastify'
import t from 'tap'
import fastifyGhl from '../../index.js'
import { ADMIN_TOKEN, authUrl, build, connect, LOCATION, PREFIX, REDIRECT_URI } from '../helpers/app.js'
import { consent, sandboxFor } from '../helpers/sandbox.js'
import { testDatabase } from '../helpers/db.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

t.test('fastify.ghl: the documented surface', async (t) => {
  const { app, sb } = await build(t)
  t.same(Object.keys(app.ghl).sort(), [
    'authUrl', 'breakerState', 'calendars', 'campaigns', 'config', 'contacts', 'customFields', 'customValues', 'events',
    'forLocation', 'locationId', 'metrics', 'opportunities', 'outbox', 'rateBudget', 'rateLimitState', 'refreshDue', 'request', 'syncSignup', 'tokens',
    'users', 'webhooks', 'workflows'
  ])
  t.same(Object.keys(app.ghl.tokens).sort(), ['forceRefresh', 'getValidToken', 'list', 'status'])
  t.same(Object.keys(app.ghl.contacts).sort(), [
    'addTags', 'campaigns', 'create', 'createOrGet', 'delete', 'get', 'notes', 'removeTags', 'search', 'tasks', 'update', 'upsert', 'workflows'
  ])
  t.equal(app.ghl.locationId, LOCATION)
  t.equal(await app.ghl.tokens.status(), null)
  await t.rejects(app.ghl.tokens.getValidToken(), { code: 'GHL_NOT_CONNECTED', message: /authorize at \/api\/integrations\/ghl\/auth-url/ })

  await connect(app, sb)
  const view = await app.ghl.tokens.status()
  t.match(view, { connection: LOCATION, userType: 'Location', status: 'active', hasAccessToken: true })
  t.notOk(JSON.stringify(view).includes(await app.ghl.tokens.getValidToken()), 'a status view holds no token')
  t.same((await app.ghl.tokens.list()).map((v) => v.connection), [LOCATION])

  const generic = await app.ghl.request<{ contacts: unknown[] }>({ method: 'POST', path: '/contacts/search', body: { locationId: LOCATION, pageLimit: 1 }, idempotent: true })
  t.same(generic.contacts, [])
  const synced = await app.ghl.syncSignup({ email: 'new@example.com', name: 'New User' }, 'account')
  t.same(synced.contact.tags?.slice().sort(), ['account', 'customer'])
  const other = app.ghl.forLocation('loc_other')
  t.equal(other, app.ghl.forLocation('loc_other'), 'views are reused')
  await t.rejects(other.contacts.search(), { code: 'GHL_NOT_CONNECTED' })
  t.match(app.ghl.breakerState(), { state: 'closed' })
  t.type(app.ghl.rateLimitState().serverRemaining, 'number')
})

t.test('seeding from GHL_REFRESH_TOKEN: used once; a restart with the old token does not clobber the rotated one', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const seed = sb.issueTokens({ locationId: LOCATION })
  const first = await build(t, { sandbox: sb, databaseUrl, options: { refreshToken: seed.refresh_token, accessToken: seed.access_token } })
  t.match(await first.app.ghl.tokens.status(), { status: 'active', hasRefreshToken: true, expiresAt: null })
  await first.app.ghl.contacts.search({})
  t.equal(sb.stats().refreshes, 1, 'an access token of unknown expiry is refreshed on first use')
  await first.app.close()

  const again = await build(t, { sandbox: sb, databaseUrl, options: { refreshToken: seed.refresh_token } })
  await again.app.ghl.contacts.search({})
  await again.app.ghl.tokens.forceRefresh()
  t.equal(sb.stats().refreshes, 2)
  t.equal(sb.stats().invalidGrant, 0, 'the stale seed was never used')
})

t.test('embedded PGlite: a generated key (warned), in memory or kept next to a data directory', async (t) => {
  const sb = await sandboxFor(t)
  const logs: string[] = []
  const mem = await build(t, { sandbox: sb, logs, options: { databaseUrl: undefined, encryptionKey: undefined } })
  t.ok(logs.some((l) => /GHL_TOKEN_ENCRYPTION_KEY is not set: generated a key for the in-memory embedded database/.test(l)), 'warned')
  await connect(mem.app, sb)
  t.match((await mem.app.inject(`${PREFIX}/status`)).json(), { auth_status: 'authenticated' })
  await mem.app.close()

  const dir = await mkdtemp(join(tmpdir(), 'fastify-ghl-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const dataDir = join(dir, 'pglite')
  const disk = await build(t, { sandbox: sb, options: { databaseUrl: undefined, encryptionKey: undefined, dataDir } })
  await connect(disk.app, sb)
  await disk.app.close()
  const keyFile = `${dataDir}.fastify-ghl.key`
  t.equal((await stat(keyFile)).mode & 0o777, 0o600, 'the generated key is private')
  t.equal(Buffer.from((await readFile(keyFile, 'utf8')).trim(), 'base64').length, 32)

  const reopened = await build(t, { sandbox: sb, options: { databaseUrl: undefined, encryptionKey: undefined, dataDir } })
  t.type(await reopened.app.ghl.tokens.getValidToken(), 'string', 'the tokens stored before the restart still decrypt')
})

t.test('secrets stay out of the logs: tokens, client secret, authorization code, admin token', async (t) => {
  const logs: string[] = []
  const { app, sb, url } = await build(t, { logs, listen: true })
  const { state, cookie } = await authUrl(app)
  const { code } = await consent(sb, REDIRECT_URI, { state })
  t.equal((await app.inject({ url: `${PREFIX}/callback?code=${code}&state=${encodeURIComponent(state)}`, headers: { cookie } })).statusCode, 200)
  const firstToken = await app.ghl.tokens.getValidToken()
  await app.ghl.tokens.forceRefresh()
  const secondToken = await app.ghl.tokens.getValidToken()
  await app.ghl.contacts.create({ email: 'log@example.com' })
  await app.inject({ url: `${PREFIX}/test-integration`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  await sb.sendWebhook(`${url}${PREFIX}/webhooks`, { type: 'ContactCreate' })
  sb.revokeRefreshTokens()
  await t.rejects(app.ghl.tokens.forceRefresh(), { code: 'GHL_REAUTH_REQUIRED' })

  const text = logs.join('')
  t.ok(logs.length > 10, `${logs.length} log lines`)
  t.ok(text.includes('/callback'), 'the callback was logged')
  for (const [name, secret] of [['first access token', firstToken], ['second access token', secondToken], ['client secret', sb.clientSecret], ['authorization code', code], ['admin token', ADMIN_TOKEN]]) {
    t.notOk(text.includes(secret), `no ${name} in the logs`)
  }
})

t.test('app.close() leaves no handle open: a process that used everything exits by itself', async (t) => {
  const databaseUrl = await testDatabase(t)
  const script = `
    const { default: Fastify } = await import('fastify')
    const { default: ghl } = await import('./index.ts')
    const { startSandbox } = await import('./sandbox/index.ts')
    const sb = await startSandbox({ port: 0 })
    const app = Fastify()
    await app.register(ghl, {
      env: false, clientId: sb.clientId, clientSecret: sb.clientSecret, redirectUri: 'http://app.test/api/integrations/ghl/callback', locationId: 'loc_sandbox_1',
      databaseUrl: process.env.TEST_DB, encryptionKey: Buffer.alloc(32, 1).toString('base64'), apiBaseUrl: sb.url, authBaseUrl: sb.url,
      webhookPublicKey: sb.publicKeys.ed25519Pem, refresher: { intervalSeconds: 0.2, jitterSeconds: 0.05 }, adminToken: '${ADMIN_TOKEN}'
    })
    const url = await app.listen({ host: '127.0.0.1', port: 0 })
    await app.ghl.tokens.getValidToken().catch(() => {})
    const tokens = sb.issueTokens({ locationId: 'loc_sandbox_1' })
    const auth = await app.inject({ url: '/api/integrations/ghl/auth-url', headers: { authorization: 'Bearer ${ADMIN_TOKEN}' } })
    const cookie = String(auth.headers['set-cookie']).split(';')[0]
    const page = await fetch(auth.json().url, { redirect: 'manual' })
    const back = new URL(page.headers.get('location'))
    const cb = await fetch(url + back.pathname + back.search, { headers: { cookie } })
    if (cb.status !== 200) throw new Error('callback ' + cb.status)
    await app.ghl.contacts.create({ email: 'exit@example.com' })
    await app.ghl.tokens.forceRefresh()
    await sb.sendWebhook(url + '/api/integrations/ghl/webhooks', { type: 'ContactCreate' })
    await app.inject('/api/integrations/ghl/metrics')
    await new Promise((r) => setTimeout(r, 500))
    await app.close()
    await sb.close()
    void tokens
    console.log('closed')
  `
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, TEST_DB: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  child.stdout.on('data', (c) => { out += String(c) })
  child.stderr.on('data', (c) => { out += String(c) })
  const exited = await new Promise<number | string>((resolve) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); resolve('timeout') }, 30_000)
    child.once('exit', (code) => { clearTimeout(timer); resolve(code ?? 'signal') })
  })
  t.equal(exited, 0, `the process exited on its own: ${out}`)
  t.match(out, /closed/)
})

t.test('three instances booting at once on a fresh database migrate it once (under the lock)', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const apps = await Promise.all([1, 2, 3].map(async () => await build(t, { sandbox: sb, databaseUrl })))
  await connect(apps[0].app, sb)
  for (const { app } of apps) t.match((await app.inject(`${PREFIX}/status`)).json(), { auth_status: 'authenticated' })
})

t.test('registration without a listening server and close before ready do not leak', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const app = Fastify()
  await app.register(fastifyGhl, { env: false, clientId: sb.clientId, clientSecret: sb.clientSecret, databaseUrl, encryptionKey: Buffer.alloc(32, 9).toString('base64'), apiBaseUrl: sb.url })
  await app.close()
  t.pass('closed')
})

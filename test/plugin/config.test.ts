// Configuration: @fastify/env variables overridden by options, and every bad or missing value failing registration
// with a message that names the option and the variable; double registration refused.
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import fastifyGhl, { type GhlOptions } from '../../index.js'
import { LOCATION, pluginOptions } from '../helpers/app.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { testDatabase } from '../helpers/db.js'

/** Options that would work, without a database (embedded PGlite is never reached: validation fails first). */
function base (over: Partial<GhlOptions> = {}): GhlOptions {
  return {
    env: false,
    clientId: 'app1-client',
    clientSecret: 'secret',
    apiBaseUrl: 'http://127.0.0.1:9',
    authBaseUrl: 'http://127.0.0.1:9',
    migrate: false,
    ...over
  }
}

async function refused (t: Test, options: GhlOptions, message: RegExp): Promise<void> {
  const app = Fastify()
  t.teardown(() => app.close())
  await t.rejects(async () => { await app.register(fastifyGhl, options) }, { code: 'GHL_CONFIG', message }, String(message))
}

t.test('a missing or bad value fails registration naming the option and the variable', async (t) => {
  await refused(t, { env: false }, /options\.clientId \(GHL_CLIENT_ID\) is required; options\.clientSecret \(GHL_CLIENT_SECRET\) is required/)
  await refused(t, base({ clientId: {} as never }), /options\.clientId \(GHL_CLIENT_ID\) must be string/)
  await refused(t, base({ clientSecret: '' }), /options\.clientSecret \(GHL_CLIENT_SECRET\) must NOT have fewer than 1 characters/)
  await refused(t, base({ apiBaseUrl: 'not a url' }), /options\.apiBaseUrl \(GHL_API_BASE_URL\) must be an absolute http\(s\) URL/)
  await refused(t, base({ authBaseUrl: 'ftp://example.com' }), /options\.authBaseUrl \(GHL_AUTH_BASE_URL\) must be an http\(s\) URL/)
  await refused(t, base({ redirectUri: '/relative' }), /options\.redirectUri \(GHL_REDIRECT_URI\) must be an absolute/)
  await refused(t, base({ adminToken: 'short' }), /options\.adminToken \(GHL_ADMIN_TOKEN\) must be at least 16 characters/)
  await refused(t, base({ userType: 'Agency' as never }), /options\.userType \(GHL_USER_TYPE\) must be one of Location, Company/)
  await refused(t, base({ locationId: 'has spaces' }), /options\.locationId \(GHL_LOCATION_ID\) must hold only/)
  await refused(t, base({ refreshToken: 'rt' }), /options\.locationId \(GHL_LOCATION_ID\) is required with options\.refreshToken \(GHL_REFRESH_TOKEN\)/)
  await refused(t, base({ accessToken: 'at', locationId: 'loc1' }), /options\.accessToken \(GHL_ACCESS_TOKEN\) is only used .* together with options\.refreshToken/)
  await refused(t, base({ webhookPublicKey: 'not-a-key' }), /options\.webhookPublicKey \(GHL_WEBHOOK_PUBLIC_KEY\) must be an Ed25519 public key/)
  await refused(t, base({ webhookLegacyKey: 'not a pem' }), /options\.webhookLegacyKey must hold RSA public keys in PEM form/)
  await refused(t, base({ prefix: 'api/ghl/' }), /options\.prefix must be '' or a path/)
  await refused(t, base({ refreshWindowSeconds: -1 }), /options\.refreshWindowSeconds must be a positive number/)
  await refused(t, base({ refresher: { intervalSeconds: 600 } }), /options\.refresher\.intervalSeconds \(600\) must be shorter than options\.refreshWindowSeconds \(300\)/)
  await refused(t, base({ refresher: { concurrency: 1.5 } }), /options\.refresher\.concurrency must be a positive integer/)
  await refused(t, base({ migrate: 'yes' as never }), /options\.migrate must be a boolean/)
  await refused(t, base({ stateSecret: 'short' }), /options\.stateSecret must be a string of at least 32 characters/)
  await refused(t, base({ successRedirect: 'javascript:alert(1)' }), /options\.successRedirect must be a path/)
  await refused(t, base({ dispatcher: {} as never }), /options\.dispatcher must be an undici Dispatcher/)
  await refused(t, base({ db: 42 as never }), /options\.db must be/)
  await refused(t, base({ metrics: { registry: {} as never } }), /options\.metrics\.registry must be a prom-client Registry/)
})

t.test('an external database without an encryption key is refused, naming GHL_TOKEN_ENCRYPTION_KEY; a bad key too', async (t) => {
  await refused(t, base({ databaseUrl: 'postgres://127.0.0.1:1/none' }), /options\.encryptionKey \(GHL_TOKEN_ENCRYPTION_KEY\) is required with an external database/)
  await refused(t, base({ databaseUrl: 'postgres://127.0.0.1:1/none', encryptionKey: 'dG9vIHNob3J0' }), /options\.encryptionKey \(GHL_TOKEN_ENCRYPTION_KEY\) must hold 32-byte keys/)
})

t.test('a bad client option fails after the store was opened: everything opened is closed again', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const app = Fastify()
  t.teardown(() => app.close())
  await t.rejects(async () => {
    await app.register(fastifyGhl, { ...pluginOptions(sb, databaseUrl), rateLimit: { max: 0 } })
  }, { code: 'GHL_CONFIG', message: /options\.rateLimit\.max must be an integer ≥ 1/ })
  // Nothing of it is left: the database can be dropped at teardown, and the process exits (no pool, no LISTEN).
})

t.test('variables come from options.env (or process.env); options override them; empty values are unset', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const env = {
    GHL_CLIENT_ID: sb.clientId,
    GHL_CLIENT_SECRET: sb.clientSecret,
    GHL_LOCATION_ID: 'loc_from_env',
    GHL_API_BASE_URL: sb.url,
    GHL_AUTH_BASE_URL: sb.url,
    GHL_ADMIN_TOKEN: '',
    GHL_SCOPES: 'contacts.readonly,contacts.write locations.readonly',
    DATABASE_URL: databaseUrl,
    GHL_TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('hex'),
    UNRELATED: 'x'
  }
  const app = Fastify()
  t.teardown(() => app.close())
  await app.register(fastifyGhl, { env, locationId: LOCATION, prefix: '/ghl' })
  await app.ready()
  t.equal(app.ghl.locationId, LOCATION, 'the option wins over GHL_LOCATION_ID')
  t.equal(app.ghl.config.prefix, '/ghl')
  t.equal(app.ghl.config.scopes, 'contacts.readonly contacts.write locations.readonly')
  t.equal(app.ghl.config.apiVersion, '2021-07-28')
  t.equal(app.ghl.config.appId, 'sandbox')
  t.match((await app.inject('/ghl/status')).json(), { is_configured: false }, 'the routes are under the prefix')
  t.equal((await app.inject('/api/integrations/ghl/status')).statusCode, 404)
  t.equal(app.hasDecorator('ghlConfig'), false, 'no configuration decorator leaks to the host')
  t.equal(app.hasDecorator('getEnvs'), false)
})

t.test('double registration fails with a clear error', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const app = Fastify()
  t.teardown(() => app.close())
  void app.register(fastifyGhl, pluginOptions(sb, databaseUrl))
  await t.rejects(async () => { await app.register(fastifyGhl, pluginOptions(sb, databaseUrl)) },
    { code: 'GHL_CONFIG', message: /fastify-ghl is already registered on this Fastify instance/ })
})

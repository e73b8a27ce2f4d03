// Registration fails loudly on what would otherwise boot and then fail every call, or quietly lose a connection
// (issue 13): a key ring that cannot read the stored rows, a malformed or non-Postgres DATABASE_URL, production without a
// database; seeding GHL_REFRESH_TOKEN into an in-memory database warns that it spends the fleet's token.
import { Writable } from 'node:stream'
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import fastifyGhl, { type GhlOptions } from '../../index.js'
import { LOCATION, pluginOptions } from '../helpers/app.js'
import { testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'

const KEY_A = Buffer.alloc(32, 1).toString('base64')
const KEY_B = Buffer.alloc(32, 2).toString('base64')

async function boot (t: Test, options: GhlOptions, logs?: string[]): Promise<ReturnType<typeof Fastify>> {
  const stream = logs === undefined ? undefined : new Writable({ write (chunk, _enc, cb) { logs.push(String(chunk)); cb() } })
  const app = Fastify(stream === undefined ? { logger: false } : { logger: { level: 'warn', stream } })
  t.teardown(async () => { await app.close() })
  await app.register(fastifyGhl, { refresher: false, ...options })
  await app.ready()
  return app
}

t.test('a key ring that cannot read the stored rows fails registration naming GHL_TOKEN_ENCRYPTION_KEY', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const base = pluginOptions(sb, databaseUrl)
  const issued = sb.issueTokens({ locationId: LOCATION })
  const first = await boot(t, { ...base, encryptionKey: `a:${KEY_A}`, refreshToken: issued.refresh_token })
  await first.ghl.tokens.getValidToken()
  await first.close()

  await t.rejects(boot(t, { ...base, encryptionKey: `b:${KEY_B}` }), {
    code: 'GHL_CONFIG',
    message: /options\.encryptionKey \(GHL_TOKEN_ENCRYPTION_KEY\) has no key with the id "a" \(e\.g\. connection loc_sandbox_1\)/
  }, 'a ring without the rows\' key id')
  await t.rejects(boot(t, { ...base, encryptionKey: `a:${KEY_B}` }), {
    code: 'GHL_CONFIG',
    message: /options\.encryptionKey \(GHL_TOKEN_ENCRYPTION_KEY\) cannot decrypt the stored tokens of connection loc_sandbox_1 \(key id "a"\)/
  }, 'the right id over the wrong key')

  const rotated = await boot(t, { ...base, encryptionKey: `b:${KEY_B},a:${KEY_A}` })
  t.equal(typeof await rotated.ghl.tokens.getValidToken(), 'string', 'a ring holding the old key boots and serves')
  await rotated.close()
  const fresh = await testDatabase(t)
  const empty = await boot(t, { ...pluginOptions(sb, fresh), encryptionKey: `b:${KEY_B}` })
  t.ok(empty.hasDecorator('ghl'), 'an empty database boots with any key')
})

t.test('a malformed or non-Postgres DATABASE_URL fails registration naming the option, never echoing it', async (t) => {
  const sb = await sandboxFor(t)
  const base = pluginOptions(sb, 'postgres://unused')
  const cases: Array<[string, RegExp]> = [
    ['not a url at all s3cretpw', /options\.databaseUrl \(DATABASE_URL\) is not a valid URL; expected postgres:\/\//],
    ['mysql://user:s3cretpw@db.example/app', /options\.databaseUrl \(DATABASE_URL\) must be a postgres:\/\/ or postgresql:\/\/ URL, got mysql:/],
    ['https://user:s3cretpw@db.example/app', /must be a postgres:\/\/ or postgresql:\/\/ URL, got https:/]
  ]
  for (const [databaseUrl, message] of cases) {
    const err = await boot(t, { ...base, databaseUrl }).then(() => null, (e: Error) => e)
    t.match(err, { code: 'GHL_CONFIG', message })
    t.notMatch(err?.message, /s3cretpw/, 'the value is not in the message')
  }
  const viaEnv = await boot(t, { ...base, databaseUrl: undefined, env: { GHL_CLIENT_ID: sb.clientId, GHL_CLIENT_SECRET: sb.clientSecret, DATABASE_URL: 'postgres//missing-colon' } }).then(() => null, (e: Error) => e)
  t.match(viaEnv, { code: 'GHL_CONFIG', message: /DATABASE_URL/ })
})

t.test('NODE_ENV=production without a database fails unless the embedded database is asked for', async (t) => {
  const sb = await sandboxFor(t)
  const env = { NODE_ENV: 'production', GHL_CLIENT_ID: sb.clientId, GHL_CLIENT_SECRET: sb.clientSecret, GHL_API_BASE_URL: sb.url }
  await t.rejects(boot(t, { env }), {
    code: 'GHL_CONFIG',
    message: /options\.databaseUrl \(DATABASE_URL\) is required with NODE_ENV=production.*options\.embedded: true \(or options\.dataDir\)/
  })
  const embedded = await boot(t, { env, embedded: true })
  t.ok(embedded.hasDecorator('ghl'), 'embedded: true boots on PGlite')
  await embedded.close()
  const development = await boot(t, { env: { ...env, NODE_ENV: 'development' } })
  t.ok(development.hasDecorator('ghl'), 'outside production the embedded default stays')
  await development.close()
  await t.rejects(boot(t, { env, embedded: 'yes' as unknown as boolean }), { code: 'GHL_CONFIG', message: /options\.embedded must be a boolean/ })
  await t.rejects(boot(t, { env: { ...env, DATABASE_URL: 'postgres://u@127.0.0.1/x' }, embedded: true }), { code: 'GHL_CONFIG', message: /options\.embedded is true but options\.databaseUrl \(DATABASE_URL\) is set too/ })
})

t.test('seeding GHL_REFRESH_TOKEN into an in-memory database warns that it spends the shared token', async (t) => {
  const sb = await sandboxFor(t)
  const issued = sb.issueTokens({ locationId: LOCATION })
  const logs: string[] = []
  await boot(t, { ...pluginOptions(sb, 'postgres://unused'), databaseUrl: undefined, refreshToken: issued.refresh_token }, logs)
  const warning = logs.map((line) => JSON.parse(line)).find((entry) => /in-memory database/.test(entry.msg))
  t.match(warning, { level: 40, connection: LOCATION, msg: /GHL_REFRESH_TOKEN seeded an in-memory database: its first refresh spends the refresh token/ })
  t.notOk(logs.join('\n').includes(issued.refresh_token), 'the token is not in the logs')

  const quiet: string[] = []
  const databaseUrl = await testDatabase(t)
  await boot(t, { ...pluginOptions(sb, databaseUrl), refreshToken: sb.issueTokens({ locationId: 'loc_other' }).refresh_token, locationId: 'loc_other' }, quiet)
  t.notOk(quiet.some((line) => /in-memory database/.test(line)), 'no such warning over Postgres')
})

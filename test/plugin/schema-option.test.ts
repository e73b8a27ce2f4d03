// options.schema (GHL_DB_SCHEMA) through the plugin, on real Postgres and the sandbox over HTTP: an install in its own
// schema authorizes, calls GHL and delivers its outbox with every row in that schema, next to an install in public on
// the same database that sees none of it; a bad name and a store of another schema fail registration.
import Fastify from 'fastify'
import pg from 'pg'
import t from 'tap'
import fastifyGhl, { createPgTokenStore } from '../../index.js'
import { build, connect, LOCATION, pluginOptions } from '../helpers/app.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { sqlClient, testDatabase } from '../helpers/db.js'

t.test('an install in its own schema works end to end beside one in public, sharing nothing', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const own = await build(t, { sandbox: sb, databaseUrl, options: { env: { GHL_DB_SCHEMA: 'crm_sync' } } })
  const pub = await build(t, { sandbox: sb, databaseUrl })
  await connect(own.app)

  const job = await own.app.ghl.outbox.syncSignup({ email: 'grace@example.com', name: 'Grace Hopper' }, 'account')
  t.match(await own.app.ghl.outbox.wait(job.id, { timeoutMs: 10_000 }), { status: 'delivered', attempts: 1 })
  t.equal(sb.contacts(LOCATION).length, 1, 'delivered to GHL once')
  const contactId = String(((await own.app.ghl.outbox.wait(job.id, { timeoutMs: 1000 })).result as { contactId?: string }).contactId)
  t.match(await own.app.ghl.contacts.get(contactId), { contact: { email: 'grace@example.com' } }, 'a direct call goes out with the schema\'s tokens')

  const sql = await sqlClient(t, databaseUrl)
  const count = async (table: string): Promise<number> => Number((await sql.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n)
  t.equal(await count('crm_sync.ghl_connections'), 1, 'the connection is in the schema')
  t.equal(await count('crm_sync.ghl_jobs'), 1, 'the job is in the schema')
  t.equal(await count('public.ghl_connections'), 0, 'public has no connection')
  t.equal(await count('public.ghl_jobs'), 0, 'public has no job')
  t.same(await pub.app.ghl.tokens.list(), [], 'the public install does not see it')
  t.match(await pub.app.ghl.outbox.stats(), { pending: 0, delivered: 0 })

  const status = await own.app.inject({ method: 'GET', url: '/api/integrations/ghl/status' })
  t.match(status.json(), { auth_status: 'authenticated', token_valid: true }, '/status reads the schema')
  const publicStatus = await pub.app.inject({ method: 'GET', url: '/api/integrations/ghl/status' })
  t.match(publicStatus.json(), { auth_status: 'not_configured' }, 'the public install is not connected')
})

t.test('a bad schema name, and a store of another schema, fail registration naming the option', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const bad = Fastify()
  t.teardown(() => bad.close())
  await t.rejects(async () => { await bad.register(fastifyGhl, { ...pluginOptions(sb, databaseUrl), schema: 'CRM-Sync' }) },
    { code: 'GHL_CONFIG', message: /options\.schema \(GHL_DB_SCHEMA\) must be a lowercase Postgres identifier/ })

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 })
  pool.on('error', () => {})
  const store = createPgTokenStore({ pool, schema: 'crm_a' })
  t.teardown(async () => { await store.close(); await pool.end() })
  const { databaseUrl: _url, ...withoutUrl } = pluginOptions(sb, databaseUrl)
  const other = Fastify()
  t.teardown(() => other.close())
  await t.rejects(async () => { await other.register(fastifyGhl, { ...withoutUrl, db: store, schema: 'crm_b' }) },
    { code: 'GHL_CONFIG', message: /TokenStore of schema crm_a but options\.schema is crm_b/ })

  const same = Fastify()
  t.teardown(() => same.close())
  await same.register(fastifyGhl, { ...withoutUrl, db: store })
  await same.ready()
  const sql = await sqlClient(t, databaseUrl)
  t.equal((await sql.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'crm_a'")).rows[0].n, 7,
    'without options.schema the store keeps its own, and the plugin migrates it there')
})

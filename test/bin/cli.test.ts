// The CLI (bin/fastify-ghl.ts) as a child process against an in-test sandbox and a fresh Postgres database:
// migrate, refresh, status, doctor (passing, then failing after the refresh token is revoked), usage errors.
import pg from 'pg'
import t from 'tap'
import { runCli, sandboxCliEnv, type CliRun } from '../helpers/child.js'
import { testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'

const LOCATION = 'loc_cli_1'

t.test('migrate, refresh, status, doctor against the sandbox', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const issued = sb.issueTokens({ locationId: LOCATION })
  const secrets = [issued.refresh_token, issued.access_token]
  const env = sandboxCliEnv(sb, databaseUrl, LOCATION, issued.refresh_token)
  const noSecret = (r: CliRun, what: string): void => {
    for (const s of secrets) t.notOk((r.stdout + r.stderr).includes(s), `${what} prints no token`)
  }

  const migrate = await runCli(env, 'migrate')
  t.equal(migrate.code, 0, `migrate exits 0: ${migrate.stderr}`)
  t.match(migrate.stdout, /migrations applied/)

  const before = sb.stats().refreshes
  const refresh = await runCli(env, 'refresh', '--json')
  t.equal(refresh.code, 0, `refresh exits 0: ${refresh.stderr}`)
  t.equal(sb.stats().refreshes - before, 1, 'the sandbox counted one refresh')
  t.equal(JSON.parse(refresh.stdout).ok, true)
  noSecret(refresh, 'refresh')

  const status = await runCli(env, 'status', '--json')
  t.equal(status.code, 0, `status exits 0: ${status.stderr}`)
  const reply = JSON.parse(status.stdout)
  t.equal(reply.location_id, LOCATION)
  t.equal(reply.auth_status, 'authenticated')
  t.equal(reply.token_valid, true)
  noSecret(status, 'status')
  t.notMatch(status.stdout, /sbx_(at|rt)_/, 'no sandbox token in status')

  const human = await runCli(env, 'status', '--location', LOCATION)
  t.equal(human.code, 0)
  t.match(human.stdout, /auth status:\s+authenticated/)

  const doctor = await runCli(env, 'doctor', '--json')
  t.equal(doctor.code, 0, `doctor exits 0: ${doctor.stdout}${doctor.stderr}`)
  const report = JSON.parse(doctor.stdout)
  t.equal(report.ok, true)
  t.ok(report.tests.length >= 5, 'every check ran')
  for (const check of report.tests) t.equal(check.ok, true, `${check.name} ok`)
  noSecret(doctor, 'doctor')

  sb.revokeRefreshTokens({ locationId: LOCATION })
  const failing = await runCli(env, 'doctor')
  t.equal(failing.code, 1, 'doctor exits 1 when the refresh token is revoked')
  t.match(failing.stdout, /FAIL\s+token_refresh/)
  noSecret(failing, 'failing doctor')

  const failedRefresh = await runCli(env, 'refresh')
  t.equal(failedRefresh.code, 1, 'refresh exits 1 when the refresh token is revoked')
  noSecret(failedRefresh, 'failed refresh')
})

t.test('GHL_DB_SCHEMA: migrate and status work on the tables of that schema', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const issued = sb.issueTokens({ locationId: LOCATION })
  const env = sandboxCliEnv(sb, databaseUrl, LOCATION, issued.refresh_token, { GHL_DB_SCHEMA: 'crm_cli' })
  const migrate = await runCli(env, 'migrate')
  t.equal(migrate.code, 0, `migrate exits 0: ${migrate.stderr}`)
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  t.teardown(() => client.end())
  const tables = async (schema: string): Promise<number> =>
    Number((await client.query('SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1', [schema])).rows[0].n)
  t.equal(await tables('crm_cli'), 7, 'the six tables and the migrations table are in the schema')
  t.equal(await tables('public'), 0, 'none in public')
  const refresh = await runCli(env, 'refresh', '--json')
  t.equal(refresh.code, 0, `refresh exits 0: ${refresh.stdout}${refresh.stderr}`)
  const status = await runCli(env, 'status', '--json')
  t.equal(status.code, 0, `status exits 0: ${status.stdout}${status.stderr}`)
  t.match(JSON.parse(status.stdout), { location_id: LOCATION, auth_status: 'authenticated' })
  t.equal(Number((await client.query('SELECT count(*)::int AS n FROM crm_cli.ghl_connections')).rows[0].n), 1, 'the seeded connection is in the schema')
  const bad = await runCli({ ...env, GHL_DB_SCHEMA: 'Crm' }, 'status')
  t.equal(bad.code, 2, 'a bad schema name is a configuration error')
  t.match(bad.stderr, /GHL_DB_SCHEMA/)
})

t.test('usage errors exit 2 naming what was wrong', async (t) => {
  const env = { GHL_CLIENT_ID: 'id', GHL_CLIENT_SECRET: 'secret' }
  const cases: Array<[string[], RegExp]> = [
    [[], /no command given/],
    [['bogus'], /unknown command "bogus"/],
    [['status', '--nope'], /--nope/],
    [['status', '--location', 'bad id!'], /--location must be/],
    [['status', 'extra'], /unexpected argument "extra"/],
    [['migrate'], /DATABASE_URL/]
  ]
  for (const [args, message] of cases) {
    const r = await runCli(env, ...args)
    t.equal(r.code, 2, `${args.join(' ') || '(none)'} exits 2`)
    t.match(r.stderr, message)
  }
  const missing = await runCli({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused' }, 'status')
  t.equal(missing.code, 2, 'missing configuration exits 2')
  t.match(missing.stderr, /GHL_CLIENT_ID/)
  const help = await runCli({}, '--help')
  t.equal(help.code, 0)
  t.match(help.stdout, /Usage: fastify-ghl/)
})

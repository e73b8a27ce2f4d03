// `fastify-ghl move-schema --to S`: a running install's tables moved out of public into S from the shell, after which
// the CLI (and so the plugin) works with GHL_DB_SCHEMA=S on the same tokens; a move that cannot be done exits 1 and
// changes nothing; bad usage exits 2.
import pg from 'pg'
import t from 'tap'
import { runCli, sandboxCliEnv } from '../helpers/child.js'
import { testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'

const LOCATION = 'loc_cli_move'

t.test('move-schema: out of public into a schema; the install works there; a second move is refused', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const env = sandboxCliEnv(sb, databaseUrl, LOCATION, sb.issueTokens({ locationId: LOCATION }).refresh_token)
  t.equal((await runCli(env, 'refresh', '--json')).code, 0, 'the install in public, connected')

  const moved = await runCli(env, 'move-schema', '--to', 'crm_moved')
  t.equal(moved.code, 0, `move-schema exits 0: ${moved.stderr}`)
  t.match(moved.stdout, /^moved 7 tables from public to crm_moved:\n {2}public\.ghl_connections\n/)
  t.match(moved.stdout, /start every instance with GHL_DB_SCHEMA=crm_moved/)

  const status = await runCli({ ...env, GHL_DB_SCHEMA: 'crm_moved' }, 'status', '--json')
  t.equal(status.code, 0, `status in the new schema: ${status.stdout}${status.stderr}`)
  t.match(JSON.parse(status.stdout), { location_id: LOCATION, auth_status: 'authenticated' })
  t.equal(sb.stats().refreshes, 1, 'the moved tokens are used as they are, no new authorization')

  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  t.teardown(() => client.end())
  const again = await runCli(env, 'move-schema', '--to', 'crm_other', '--json')
  t.equal(again.code, 1)
  t.match(JSON.parse(again.stdout), { ok: false, error: 'refused', message: /no fastify-ghl install in schema public/ })
  t.match(again.stderr, /\(nothing was changed\)/)
  t.equal((await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'crm_moved'")).rows[0].n, 7, 'still all in crm_moved')
})

t.test('move-schema usage errors exit 2 naming what was wrong', async (t) => {
  const cases: Array<[Record<string, string>, string[], RegExp]> = [
    [{ DATABASE_URL: 'postgres://127.0.0.1:1/none' }, [], /move-schema needs --to SCHEMA/],
    [{ DATABASE_URL: 'postgres://127.0.0.1:1/none' }, ['--to', 'Crm'], /--to "Crm" must be a lowercase Postgres identifier/],
    [{ DATABASE_URL: 'postgres://127.0.0.1:1/none', GHL_DB_SCHEMA: 'pg_x' }, ['--to', 'crm'], /GHL_DB_SCHEMA "pg_x" names a schema reserved by Postgres/],
    [{}, ['--to', 'crm'], /move-schema works on Postgres: set DATABASE_URL/],
    [{ DATABASE_URL: 'postgres://127.0.0.1:1/none' }, ['--to', 'crm', '--from', 'x'], /Unknown option '--from'/]
  ]
  for (const [env, args, message] of cases) {
    const run = await runCli(env, 'move-schema', ...args)
    t.equal(run.code, 2, `${args.join(' ')}: exit 2`)
    t.match(run.stderr, message)
  }
})

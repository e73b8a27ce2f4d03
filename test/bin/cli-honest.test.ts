// The CLI reports only what it checked against GHL (issue 13): without a database it refuses to run (exit 2, naming
// DATABASE_URL) instead of opening a private empty one; with GHL unreachable `refresh` and `doctor` fail (no check
// passes that never reached GHL); `doctor --no-write` skips the checks that write to the CRM and writes nothing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { runCli, sandboxCliEnv } from '../helpers/child.js'
import { testDatabase } from '../helpers/db.js'
import { call, sandboxFor } from '../helpers/sandbox.js'

const LOCATION = 'loc_cli_honest'

/** A port nothing listens on (taken, then released). */
async function closedPort (): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

t.test('no DATABASE_URL: every command refuses with exit 2, naming DATABASE_URL', async (t) => {
  const env = { GHL_CLIENT_ID: 'id', GHL_CLIENT_SECRET: 'secret', GHL_LOCATION_ID: LOCATION, GHL_REFRESH_TOKEN: 'rt-that-must-not-be-spent' }
  for (const command of ['status', 'refresh', 'doctor']) {
    const run = await runCli(env, command)
    t.equal(run.code, 2, `${command} exits 2`)
    t.match(run.stderr, /DATABASE_URL is not set/, `${command} names DATABASE_URL`)
    t.notMatch(run.stdout, /no connections stored/)
  }
  const dir = await mkdtemp(join(tmpdir(), 'fastify-ghl-cli-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const file = join(dir, 'users.csv')
  await writeFile(file, 'email,name\nsomeone@example.com,Some One\n')
  const backfill = await runCli(env, 'backfill', file, '--location', LOCATION)
  t.equal(backfill.code, 2, `backfill exits 2: ${backfill.stderr}`)
  t.match(backfill.stderr, /DATABASE_URL is not set/)
})

t.test('GHL unreachable: refresh and doctor fail, and no check passes that never reached GHL', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const issued = sb.issueTokens({ locationId: LOCATION })
  const env = sandboxCliEnv(sb, databaseUrl, LOCATION, issued.refresh_token, { GHL_API_BASE_URL: `http://127.0.0.1:${await closedPort()}` })
  const refresh = await runCli(env, 'refresh', '--json')
  t.equal(refresh.code, 1, `refresh exits 1: ${refresh.stdout}${refresh.stderr}`)
  t.match(JSON.parse(refresh.stdout), { ok: false, error: /GHL_/ })

  const doctor = await runCli(env, 'doctor', '--json')
  t.equal(doctor.code, 1, 'doctor exits 1')
  const report = JSON.parse(doctor.stdout)
  t.equal(report.ok, false)
  for (const check of report.tests.filter((c: { name: string }) => c.name !== 'configuration')) {
    t.equal(check.ok, false, `${check.name} fails: ${check.error ?? check.detail}`)
  }
  t.match(report.tests.find((c: { name: string }) => c.name === 'contact_retrieval'), { ok: false, error: /not run against GHL: the API connection check failed/ })
  t.equal(sb.stats().refreshes, 0, 'the sandbox never heard of it')
})

t.test('doctor --no-write: the writing checks are skipped and nothing is written to the CRM', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const issued = sb.issueTokens({ locationId: LOCATION })
  const created = await call(sb, 'POST', '/contacts/', issued.access_token, { body: { locationId: LOCATION, email: 'someone@example.com', firstName: 'Some' } })
  t.equal(created.status, 201, created.text)
  const env = sandboxCliEnv(sb, databaseUrl, LOCATION, issued.refresh_token)
  const before = sb.contacts(LOCATION)
  const doctor = await runCli(env, 'doctor', '--no-write', '--json')
  t.equal(doctor.code, 0, `doctor --no-write exits 0: ${doctor.stdout}${doctor.stderr}`)
  const report = JSON.parse(doctor.stdout)
  t.same(report.tests.map((c: { name: string }) => c.name), ['configuration', 'token_refresh', 'api_connection', 'contact_retrieval'])
  t.same(report.skipped, ['contact_creation', 'signup_sync'])
  t.match(report.tests.find((c: { name: string }) => c.name === 'contact_retrieval'), { ok: true, detail: /read contact/ })
  t.same(sb.contacts(LOCATION), before, 'the CRM is as it was')

  const human = await runCli(env, 'doctor', '--no-write')
  t.equal(human.code, 0)
  t.match(human.stdout, /skip contact_creation, signup_sync \(--no-write/)

  const misplaced = await runCli(env, 'status', '--no-write')
  t.equal(misplaced.code, 2)
  t.match(misplaced.stderr, /--no-write applies to doctor/)
})

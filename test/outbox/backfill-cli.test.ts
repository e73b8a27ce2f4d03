// `fastify-ghl backfill FILE` as a real process against the test database and the sandbox: a dry run estimates from
// the budget and stores nothing; a run enqueues through outbox.syncSignup, paced at its share (runAt one spacing
// apart, so the relay delivers at that pace), reports progress in plain lines off a terminal, and ends when all is
// delivered; Ctrl-C (SIGINT) stops it, and the same command resumes without storing anything twice or doubling the pace.
import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { build, connect, LOCATION } from '../helpers/app.js'
import { runCli, waitFor } from '../helpers/child.js'
import { sqlClient, testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { TEST_KEY } from '../helpers/tokens.js'
import { contactsOf, FAST_OUTBOX } from './helpers.js'

async function file (t: Test, name: string, text: string): Promise<string> {
  const path = join(tmpdir(), `fastify-ghl-backfill-${process.pid}-${Date.now()}-${name}`)
  await writeFile(path, text)
  t.teardown(async () => { await import('node:fs/promises').then(async (fs) => { await fs.rm(path, { force: true }) }) })
  return path
}

const csv = (n: number, from = 0): string => 'E-mail,Full Name\n' + Array.from({ length: n }, (_, i) => `user${from + i}@example.com,"User ${from + i}"`).join('\n') + '\n'

function envFor (sb: { clientId: string, clientSecret: string, url: string }, databaseUrl: string): Record<string, string> {
  return {
    GHL_CLIENT_ID: sb.clientId, GHL_CLIENT_SECRET: sb.clientSecret, GHL_API_BASE_URL: sb.url, GHL_AUTH_BASE_URL: sb.url,
    GHL_TOKEN_ENCRYPTION_KEY: TEST_KEY, GHL_LOCATION_ID: LOCATION, DATABASE_URL: databaseUrl
  }
}

t.test('dry run: the estimated duration from the location\'s budget, invalid rows named, nothing stored', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const path = await file(t, 'dry.csv', csv(1000) + ',No Email\n')
  const run = await runCli(envFor(sb, databaseUrl), 'backfill', path, '--map', 'email=E-mail,name=Full Name', '--dry-run')
  t.equal(run.code, 1, `exit 1: an invalid row (${run.stderr})`)
  t.match(run.stdout, /rows: 1,000 signups, 1 invalid/)
  t.match(run.stdout, /budget: 100 requests \/ 10 s and 200,000 a day for the location; the backfill takes 50 %/)
  t.match(run.stdout, /pace: 2\.50 signups\/s/)
  t.match(run.stdout, /estimated duration: 6m40s/, '1,000 signups × 2 calls at half of 100 per 10 s')
  t.match(run.stdout, /invalid line 1002: .*no email in column "E-mail"/)
  const sql = await sqlClient(t, databaseUrl)
  t.equal((await sql.query('SELECT count(*)::int AS n FROM ghl_jobs')).rows[0].n, 0, 'a dry run stores nothing')
  const bad = await runCli(envFor(sb, databaseUrl), 'backfill', path, '--map', 'mail=E-mail')
  t.equal(bad.code, 2)
  t.match(bad.stderr, /--map: unknown field "mail"/)
  const help = await runCli({}, 'backfill', '--help')
  t.equal(help.code, 0)
  t.match(help.stdout, /backfill FILE \[--map field=column,…\]/)
  const share = await runCli(envFor(sb, databaseUrl), 'backfill', path, '--share', '2')
  t.equal(share.code, 2)
  t.match(share.stderr, /--share must be a number from 0\.01 to 1/)
})

t.test('a run: enqueued through the outbox, paced at its share, followed until delivered', async (t) => {
  const { app, sb, databaseUrl } = await build(t, { options: FAST_OUTBOX })
  await connect(app)
  const N = 40
  const path = await file(t, 'run.ndjson', Array.from({ length: N }, (_, i) => JSON.stringify({ email: `nd${i}@example.com`, name: `Nd ${i}`, tags: ['imported'] })).join('\n') + '\n')
  // 100 requests per second at 50 %: one signup (2 calls) every 40 ms.
  const run = await runCli(envFor(sb, databaseUrl), 'backfill', path, '--rate', '100/1s', '--progress-interval', '0.2')
  t.equal(run.code, 0, run.stderr)
  t.match(run.stderr, /backfill deliver \d+\/40 jobs · [\d.]+\/s · ETA \S+ · delivered \d+ · pending \d+ · dead 0\n/, 'plain progress lines off a terminal')
  t.match(run.stdout, /40 signups \(40 queued now, 0 queued before\), 0 invalid rows\ndelivered 40, pending 0, dead 0/)
  const check = contactsOf(sb, LOCATION, () => 'imported')
  t.equal(check.total, N)
  t.same(check.untagged, [])
  const sql = await sqlClient(t, databaseUrl)
  const { rows } = await sql.query("SELECT key, run_at, delivered_at FROM ghl_jobs ORDER BY id")
  t.ok(rows.every((r) => r.key.startsWith(`backfill:${LOCATION}:account:nd`)), 'keyed per location, signup type and email')
  const gaps = rows.slice(1).map((r, i) => r.run_at.getTime() - rows[i].run_at.getTime())
  t.ok(gaps.every((g) => g >= 39), `run times one spacing (40 ms) apart (smallest ${Math.min(...gaps)} ms)`)
  const span = rows[N - 1].delivered_at.getTime() - rows[0].delivered_at.getTime()
  t.ok(span >= (N - 1) * 40 * 0.9, `delivered at the backfill's pace: ${span} ms for ${N} jobs, not all at once`)
  const again = await runCli(envFor(sb, databaseUrl), 'backfill', path, '--rate', '100/1s')
  t.equal(again.code, 0)
  t.match(again.stdout, /\(0 queued now, 40 queued before\)/, 'a second run stores nothing')
  t.equal(sb.contacts(LOCATION).length, N)
})

t.test('Ctrl-C stops the run; the same command resumes without duplicates, after the earlier run\'s slots', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const N = 3000
  const path = await file(t, 'big.csv', csv(N))
  const args = ['--import', 'tsx', 'bin/fastify-ghl.ts', 'backfill', path, '--map', 'email=E-mail,name=Full Name', '--no-wait', '--rate', '20/1s', '--share', '1', '--progress-interval', '0.1']
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' }
  for (const name of Object.keys(base)) if (name.startsWith('GHL_') || name === 'DATABASE_URL') delete base[name]
  const child = spawn(process.execPath, args, { cwd: process.cwd(), env: { ...base, ...envFor(sb, databaseUrl) }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (c: Buffer) => { out += c.toString() })
  child.stderr.on('data', (c: Buffer) => { out += c.toString() })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => { resolve(code) }))
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })
  await waitFor(() => out, /enqueue ([2-9]\d{2}|\d,\d{3})\/3,000 rows/, 60_000)
  child.kill('SIGINT')
  t.equal(await exited, 130, 'exit 130: interrupted')
  t.match(out, /interrupted after [\d,]+ of 3,000 rows: run the same command again to resume/)
  const sql = await sqlClient(t, databaseUrl)
  const first = (await sql.query('SELECT count(*)::int AS n FROM ghl_jobs')).rows[0].n as number
  t.ok(first > 0 && first < N, `${first} jobs queued before Ctrl-C`)

  const resumed = await runCli(envFor(sb, databaseUrl), 'backfill', path, '--map', 'email=E-mail,name=Full Name', '--no-wait', '--rate', '20/1s', '--share', '1')
  t.equal(resumed.code, 0, resumed.stderr)
  t.match(resumed.stdout, new RegExp(`3,000 signups \\(${(N - first).toLocaleString('en-US')} queued now, ${first.toLocaleString('en-US')} queued before\\)`))
  const { rows } = await sql.query('SELECT count(*)::int AS n, count(DISTINCT lower(payload->\'user\'->>\'email\'))::int AS emails FROM ghl_jobs')
  t.same(rows[0], { n: N, emails: N }, 'every row queued once')
  const { rows: times } = await sql.query('SELECT run_at FROM ghl_jobs ORDER BY id')
  const gaps = times.slice(1).map((r, i) => r.run_at.getTime() - times[i].run_at.getTime())
  // 20 requests a second, 2 calls a signup: one every 100 ms, so the queued jobs' slots run far past the resume.
  t.ok(gaps.every((g) => g >= 100), `the resumed run continues after the earlier run's last slot, at the same pace (smallest gap ${Math.min(...gaps)} ms)`)
})

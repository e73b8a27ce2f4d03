// Reliability: Postgres going away under live traffic. Every backend of the test's database is terminated
// (pg_terminate_backend) while two instances (this process and a child process, each with its own pool) call GHL,
// or the database refuses connections for a while (ALLOW_CONNECTIONS false): no crash, calls with valid tokens keep
// succeeding, LISTEN comes back and carries invalidations again, refreshes resume once the database is back, and no
// refresh is written twice or lost. The Postgres server itself is never restarted (other tests share it).
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import type pg from 'pg'
import t, { type Test } from 'tap'
import type { Sandbox } from '../../sandbox/index.js'
import { ADMIN_TOKEN, build, connect, eventually, LOCATION } from '../helpers/app.js'
import { DATABASE_URL, sqlClient, testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { assertNoSecrets, SecretScan } from '../helpers/secrets.js'
import { TEST_KEY } from '../helpers/tokens.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const WORKER = 'test/fixtures/reliability-pg-worker.ts'
const LISTEN_APP = 'fastify-ghl-listen'
const TOKEN_CHANNEL = 'fastify_ghl'
/** A call that takes longer than this is a hang, not a slow call. */
const CALL_LIMIT_MS = 15_000

// ── fixtures ───────────────────────────────────────────────────────────────────────────────────────────────────────

function scanFor (sb: Sandbox): SecretScan {
  return new SecretScan().secret('client secret', sb.clientSecret).secret('encryption key', TEST_KEY).secret('admin token', ADMIN_TOKEN)
}

/** uncaughtException / unhandledRejection in this process while the test runs (there must be none). */
function watchProcess (t: Test): string[] {
  const seen: string[] = []
  const onException = (err: unknown): void => { seen.push(`uncaughtException: ${String(err)}`) }
  const onRejection = (reason: unknown): void => { seen.push(`unhandledRejection: ${String(reason)}`) }
  process.on('uncaughtException', onException)
  process.on('unhandledRejection', onRejection)
  t.teardown(() => {
    process.off('uncaughtException', onException)
    process.off('unhandledRejection', onRejection)
  })
  return seen
}

const dbNameOf = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1))

/**
 * Terminates every backend of the database `name` but the test's own reading client (the admin client is connected to
 * another database); returns how many.
 */
async function terminateAll (admin: pg.Client, name: string, keep: number): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(
    'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND pid <> $2',
    [name, keep])
  return rows[0].n
}

/** Backends that have finished their LISTEN on the token channel (one per instance; the outbox relay LISTENs on its own channel). */
async function listeners (admin: pg.Client, name: string): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2 AND state = 'idle' AND query = $3",
    [name, LISTEN_APP, `LISTEN "${TOKEN_CHANNEL}"`])
  return rows.map((r) => r.pid)
}

interface Row { version: number, status: string, last_error: string | null }

async function connectionRow (sql: pg.Client): Promise<Row> {
  const { rows } = await sql.query<Row>('SELECT version, status, last_error FROM ghl_connections WHERE id = $1', [LOCATION])
  return rows[0]
}

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex').slice(0, 16)

async function limited<T> (what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => { reject(Object.assign(new Error(`${what} hung for ${CALL_LIMIT_MS} ms`), { code: 'HUNG' })) }, CALL_LIMIT_MS)
  })
  try {
    return await Promise.race([promise, limit])
  } finally {
    clearTimeout(timer)
  }
}

interface Failure { code: string, message: string }
interface TrafficResult { ok: number, failures: Failure[], created: string[], attempted: string[] }

const failureOf = (err: unknown): Failure => ({
  code: String((err as { code?: unknown }).code ?? (err as Error).name ?? 'unknown'),
  message: err instanceof Error ? err.message : String(err)
})

/** Two callers in this process: contacts.get of `contactId`, and every `createEvery`-th call a create with a new email. */
function traffic (app: FastifyInstance, scan: SecretScan, contactId: string, tag: string, createEvery = 5) {
  const run: TrafficResult & { stop: boolean } = { stop: false, ok: 0, failures: [], created: [], attempted: [] }
  let n = 0
  const loop = async (): Promise<void> => {
    while (!run.stop) {
      const i = n++
      try {
        if (i % createEvery === createEvery - 1) {
          const email = `${tag}-${i}@example.com`
          run.attempted.push(email)
          await limited('contacts.create', app.ghl.contacts.create({ email }))
          run.created.push(email)
        } else {
          await limited('contacts.get', app.ghl.contacts.get(contactId))
        }
        run.ok++
      } catch (err) {
        scan.error(`instance A call ${i}`, err)
        run.failures.push(failureOf(err))
      }
      await sleep(10)
    }
  }
  const loops = [loop(), loop()]
  return {
    run,
    stop: async (): Promise<TrafficResult> => {
      run.stop = true
      await Promise.all(loops)
      return run
    }
  }
}

interface AppWorker {
  child: ChildProcess
  send: <T = any>(msg: object) => Promise<T>
  /** Its stderr so far (its app's log lines). */
  output: () => string
  /** Ends stdin and waits for the worker to close its app and exit; its output goes into the scan. Returns the exit code. */
  stop: () => Promise<number | null>
}

/** Instance B: the plugin in a child process on its own pool (test/fixtures/reliability-pg-worker.ts). */
async function startAppWorker (t: Test, sb: Sandbox, databaseUrl: string, scan: SecretScan): Promise<AppWorker> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SANDBOX_URL: sb.url,
      CLIENT_ID: sb.clientId,
      CLIENT_SECRET: sb.clientSecret,
      KEY: TEST_KEY,
      ADMIN_TOKEN,
      LOCATION
    },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const waiting: Array<(line: string) => void> = []
  const backlog: string[] = []
  const stdout: string[] = []
  createInterface({ input: child.stdout! }).on('line', (line) => {
    stdout.push(line)
    const next = waiting.shift()
    if (next === undefined) backlog.push(line)
    else next(line)
  })
  const exited = new Promise<number | null>((resolve) => { child.once('exit', (code) => { resolve(code) }) })
  const nextLine = async (what: string): Promise<string> => await limited(what, new Promise<string>((resolve, reject) => {
    const queued = backlog.shift()
    if (queued !== undefined) { resolve(queued); return }
    waiting.push(resolve)
    void exited.then((code) => { reject(new Error(`worker exited (code ${String(code)}) during ${what}:\n${stderr.slice(-2000)}`)) })
  }))
  let stopped: Promise<number | null> | undefined
  const stop = async (): Promise<number | null> => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.stdin!.end()
        const timer = setTimeout(() => { child.kill('SIGKILL') }, 10_000)
        await exited
        clearTimeout(timer)
      }
      scan.add('worker B stderr', stderr)
      scan.add('worker B stdout', stdout.join('\n'))
      return child.exitCode
    })()
    return await stopped
  }
  t.teardown(stop)
  const ready = JSON.parse(await nextLine('worker start')) as { ready?: boolean }
  if (ready.ready !== true) throw new Error(`worker did not start: ${JSON.stringify(ready)}`)
  return {
    child,
    stop,
    output: () => stderr,
    send: async <T>(msg: object): Promise<T> => {
      const reply = nextLine(JSON.stringify(msg))
      child.stdin!.write(JSON.stringify(msg) + '\n')
      return JSON.parse(await reply) as T
    }
  }
}

interface Setup {
  sb: Sandbox
  app: FastifyInstance
  databaseUrl: string
  dbName: string
  scan: SecretScan
  watched: string[]
  admin: pg.Client
  sql: pg.Client
  contactId: string
  /** Instance A's log lines (also in the scan). */
  logs: string[]
  /** The backend of `sql`, spared by terminateAll. */
  sqlPid: number
}

async function setup (t: Test, sandboxOptions: Parameters<typeof sandboxFor>[1], options: Record<string, unknown> = {}): Promise<Setup> {
  const sb = await sandboxFor(t, { rateLimit: false, ...sandboxOptions })
  const databaseUrl = await testDatabase(t)
  const scan = scanFor(sb)
  const watched = watchProcess(t)
  const logs: string[] = []
  const toScan = scan.logStream('instance A logs')
  const logStream = new Writable({ write (chunk, enc, cb) { logs.push(String(chunk)); toScan.write(chunk, enc, cb) } })
  const { app } = await build(t, { sandbox: sb, databaseUrl, logStream, options: { rateLimit: false, ...options } })
  await connect(app, sb)
  const { contact } = await app.ghl.contacts.create({ email: 'seed@example.com' })
  const admin = await sqlClient(t, DATABASE_URL)
  const sql = await sqlClient(t, databaseUrl)
  const sqlPid = (await sql.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid
  return { sb, app, databaseUrl, dbName: dbNameOf(databaseUrl), scan, watched, admin, sql, contactId: contact.id, sqlPid, logs }
}

/** The contacts created while the database was failing exist once each: no create was sent twice. */
function assertContactsOnce (t: Test, sb: Sandbox, results: TrafficResult[]): void {
  const counts = new Map<string, number>()
  for (const c of sb.contacts(LOCATION)) counts.set(String(c.email), (counts.get(String(c.email)) ?? 0) + 1)
  const created = results.flatMap((r) => r.created)
  const attempted = results.flatMap((r) => r.attempted)
  t.ok(created.length > 0, `${created.length} contacts created during the test`)
  t.same([...counts].filter(([, n]) => n > 1), [], 'no contact exists twice')
  t.same(created.filter((email) => counts.get(email) !== 1), [], 'every create that succeeded exists exactly once')
  t.equal(counts.size, 1 + attempted.filter((email) => counts.has(email)).length, 'nothing but the seed and the attempted creates exists')
}

async function finish (t: Test, s: Setup, b?: AppWorker): Promise<void> {
  if (b !== undefined) t.equal(await b.stop(), 0, 'instance B closed its app and exited by itself')
  t.same(s.watched, [], 'no uncaughtException or unhandledRejection in this process')
  await s.scan.table(s.databaseUrl)
  assertNoSecrets(t, s.scan)
}

// ── scenarios ──────────────────────────────────────────────────────────────────────────────────────────────────────

t.test('every backend terminated 5 times mid-traffic: no crash, calls keep succeeding, LISTEN comes back', async (t) => {
  const s = await setup(t, {})
  const { sb, app, admin, dbName, scan } = s
  const b = await startAppWorker(t, sb, s.databaseUrl, scan)
  t.same(await b.send({ cmd: 'get', contactId: s.contactId }), { ok: true }, 'instance B works (and has the token cached)')
  t.equal((await listeners(admin, dbName)).length, 2, 'both instances LISTEN')
  const before = sb.stats()
  const versionBefore = (await connectionRow(s.sql)).version

  const a = traffic(app, scan, s.contactId, 'a')
  t.same(await b.send({ cmd: 'start', contactId: s.contactId, tag: 'b' }), { started: true })
  await sleep(300)
  const killed: number[] = []
  const progress: number[] = []
  for (let round = 0; round < 5; round++) {
    progress.push(a.run.ok)
    killed.push(await terminateAll(admin, dbName, s.sqlPid))
    await sleep(200)
  }
  await sleep(700)
  progress.push(a.run.ok)
  const ra = await a.stop()
  const rb = await b.send<TrafficResult>({ cmd: 'stop' })
  for (const f of rb.failures) scan.add('instance B failure', f)

  t.ok(killed[0] >= 4, `the first round terminated both pools and both LISTEN connections (${killed[0]} backends)`)
  t.ok(killed.reduce((x, y) => x + y) >= 10, `backends terminated per round: ${killed.join(', ')}`)
  t.ok(progress.every((ok, i) => i === 0 || ok > progress[i - 1]), `instance A's calls kept completing through the storm (${progress.join(' → ')})`)
  t.ok(ra.ok > 50 && rb.ok > 50, `calls made: A ${ra.ok}, B ${rb.ok}`)
  t.same(ra.failures, [], 'no call of instance A failed')
  t.same(rb.failures, [], 'no call of instance B failed')
  t.equal(b.child.exitCode, null, 'instance B is still running')

  await eventually(async () => (await listeners(admin, dbName)).length === 2, 10_000, 'both LISTEN connections back')
  t.pass('both instances LISTEN again')
  const after = sb.stats()
  t.equal(after.refreshes, before.refreshes, 'a valid token was never refreshed because of the database')
  t.equal(after.invalidGrant, 0)
  t.equal((await connectionRow(s.sql)).version, versionBefore, 'the connection row was not rewritten')
  t.same(await b.send({ cmd: 'get', contactId: s.contactId }), { ok: true }, 'instance B works after the storm')
  t.ok((await app.ghl.contacts.get(s.contactId)).contact, 'instance A works after the storm')
  assertContactsOnce(t, sb, [ra, rb])
  await finish(t, s, b)
})

t.test('the database drops again right after LISTEN reconnected: the valid token in memory is still served', async (t) => {
  // A flapping database (a failover that comes back, then drops once more). A LISTEN reconnect empties the token cache
  // (notifications may have been missed while it was down), so the next call reads the row; when that read fails, a
  // token that was in memory and valid for hours must still be served rather than the call failing.
  const s = await setup(t, {})
  const { app, admin, dbName, scan } = s
  const token = await app.ghl.tokens.getValidToken()
  const old = await listeners(admin, dbName)
  t.equal(old.length, 1)
  await terminateAll(admin, dbName, s.sqlPid)
  await eventually(async () => {
    const now = await listeners(admin, dbName)
    return now.length === 1 && now[0] !== old[0]
  }, 10_000, 'LISTEN on a new backend')
  await sleep(100)
  let down = true
  t.teardown(async () => { if (down) await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`) })
  await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS false`)
  await terminateAll(admin, dbName, s.sqlPid)
  const got = await limited('getValidToken', app.ghl.tokens.getValidToken()).then((value) => ({ value }), (err: unknown) => {
    scan.error('getValidToken while the database is down again', err)
    return { error: failureOf(err) }
  })
  const call = await limited('contacts.get', app.ghl.contacts.get(s.contactId)).then(() => ({ ok: true }), (err: unknown) => {
    scan.error('contacts.get while the database is down again', err)
    return { error: failureOf(err) }
  })
  await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`)
  down = false
  t.ok('value' in got && got.value === token, `the token it had is served while the database is down (${'error' in got ? `${got.error.code}: ${got.error.message.slice(0, 80)}` : 'ok'})`)
  t.same(call, { ok: true }, 'and the API call with it succeeds')
  t.ok((await app.ghl.contacts.get(s.contactId)).contact, 'calls succeed once the database is back')
  await finish(t, s)
})

t.test('LISTEN reconnects: after its backend was terminated, a refresh by A still invalidates B\'s cached token', async (t) => {
  const s = await setup(t, {})
  const { sb, app, admin, dbName, scan } = s
  const b = await startAppWorker(t, sb, s.databaseUrl, scan)
  await eventually(async () => (await listeners(admin, dbName)).length === 2, 5000, 'two LISTEN connections')
  const old = await listeners(admin, dbName)

  for (let round = 0; round < 2; round++) {
    await terminateAll(admin, dbName, s.sqlPid)
    await sleep(150)
  }
  await eventually(async () => {
    const now = await listeners(admin, dbName)
    return now.length === 2 && now.every((pid) => !old.includes(pid))
  }, 10_000, 'both LISTEN connections on new backends')
  t.pass('both instances LISTEN again, on new backends')
  await sleep(100)

  // B caches the current token (its reconnect emptied the cache), then GHL stops accepting it.
  t.same(await b.send({ cmd: 'get', contactId: s.contactId }), { ok: true })
  const oldHash = (await b.send<{ hash: string }>({ cmd: 'token' })).hash
  t.equal(oldHash, hashOf(await app.ghl.tokens.getValidToken()), 'A and B hold the same token')
  const invalidatedBefore = (await b.send<{ events: Record<string, number> }>({ cmd: 'events' })).events['token:invalidated'] ?? 0
  t.equal(sb.revokeAccessTokens({ locationId: LOCATION }) > 0, true, 'the cached token is revoked at GHL')
  const before = sb.stats()

  const view = await app.ghl.tokens.forceRefresh()
  t.equal(view.status, 'active')
  await eventually(async () => ((await b.send<{ events: Record<string, number> }>({ cmd: 'events' })).events['token:invalidated'] ?? 0) > invalidatedBefore,
    5000, 'B to receive A\'s NOTIFY')
  t.pass('B received the invalidation over its new LISTEN connection')
  t.same(await b.send({ cmd: 'get', contactId: s.contactId }), { ok: true }, 'B\'s next call succeeds')
  const after = sb.stats()
  t.equal(after.unauthorized, before.unauthorized, 'B never sent the revoked token: it took the new one from the database')
  t.equal(after.refreshes, before.refreshes + 1, 'one refresh, by A; B did not need another')
  t.equal(after.invalidGrant, 0)
  const newHash = (await b.send<{ hash: string }>({ cmd: 'token' })).hash
  t.not(newHash, oldHash)
  t.equal(newHash, hashOf(await app.ghl.tokens.getValidToken()), 'B serves A\'s new token')
  await finish(t, s, b)
})

t.test('database refusing connections: cached tokens served, a due refresh fails visibly, and resumes once it is back', async (t) => {
  // Tokens live 20 s and are due with 15 s left: the token becomes due during the outage but stays valid throughout.
  const s = await setup(t, { accessTokenTtlSeconds: 20 }, { refreshWindowSeconds: 15, refresher: { intervalSeconds: 1, jitterSeconds: 0 } })
  const { sb, app, admin, dbName, scan } = s
  const refreshFailed: unknown[] = []
  app.ghl.events.on('token:refresh_failed', (e) => { refreshFailed.push(e) })
  const reauth: unknown[] = []
  app.ghl.events.on('token:reauth_required', (e) => { reauth.push(e) })
  const status = await app.ghl.tokens.status()
  const expiresAt = (status?.expiresAt as Date).getTime()
  const dueAt = expiresAt - 15_000
  const oldHash = hashOf(await app.ghl.tokens.getValidToken())
  const before = sb.stats()
  const rowBefore = await connectionRow(s.sql)

  const a = traffic(app, scan, s.contactId, 'a')
  await sleep(200)
  let down = true
  t.teardown(async () => { if (down) await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`) })
  await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS false`)
  t.ok(await terminateAll(admin, dbName, s.sqlPid) >= 2, 'the pool and the LISTEN connection were terminated')
  const okAtCut = a.run.ok

  // Down until the token has been due for a while.
  while (Date.now() < dueAt + 2000) await sleep(100)
  t.ok(Date.now() < expiresAt - 5000, 'the token is still valid')
  // The token manager lets store errors through as they are: the forced refresh is rejected, promptly, with the
  // database's refusal (SQLSTATE 55000, "database … is not currently accepting connections") in its cause chain.
  const forced = await limited('forceRefresh', app.ghl.tokens.forceRefresh()).then(() => undefined, (err: unknown) => err)
  t.ok(forced instanceof Error, 'a forced refresh while the database is down is rejected')
  scan.error('forceRefresh during the outage', forced)
  const codes: string[] = []
  for (let e = forced as { code?: unknown, cause?: unknown } | undefined; e !== undefined && e !== null; e = e.cause as typeof e) codes.push(String(e.code))
  t.notOk(codes.includes('HUNG'), 'it did not hang')
  t.ok(codes.includes('55000'), `its cause is the database refusing connections (codes ${codes.join(' → ')})`)
  t.ok(a.run.ok > okAtCut + 50, `calls kept succeeding while the database was down (${a.run.ok - okAtCut})`)
  t.same(a.run.failures, [], 'no call failed during the outage')
  t.ok(refreshFailed.length > 0, `the due refresh failed visibly (${refreshFailed.length} token:refresh_failed events)`)
  t.equal(hashOf(await app.ghl.tokens.getValidToken()), oldHash, 'the current token is served meanwhile')
  const during = sb.stats()
  t.equal(during.tokenCalls.refresh_token, before.tokenCalls.refresh_token, 'no refresh reached GHL while its result could not be stored')

  await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`)
  down = false
  await eventually(() => sb.stats().refreshes > before.refreshes, 10_000, 'the refresh once the database is back')
  await eventually(async () => hashOf(await app.ghl.tokens.getValidToken()) !== oldHash, 10_000, 'the new token in use')
  await sleep(1500) // a few more sweeps and calls: still one refresh
  const ra = await a.stop()

  const after = sb.stats()
  t.equal(after.refreshes, before.refreshes + 1, 'exactly one refresh after the outage')
  t.equal(after.invalidGrant, 0)
  t.same(reauth, [], 'the connection never asked for re-authorization')
  const rowAfter = await connectionRow(s.sql)
  t.equal(rowAfter.version, rowBefore.version + 1, 'the row was written once')
  t.equal(rowAfter.status, 'active')
  t.equal(rowAfter.last_error, null)
  t.match(await app.ghl.tokens.status(), { status: 'active', refreshInterrupted: false })
  t.same(ra.failures, [], 'no call failed at any point')
  assertContactsOnce(t, sb, [ra])
  await finish(t, s)
})

t.test('refreshes cut by terminated backends: every refresh stored exactly once, the stored refresh token is the live one', async (t) => {
  // A slow token endpoint keeps refreshes inside their lock transaction long enough for terminations to hit them.
  const s = await setup(t, { tokenLatencyMs: 60 })
  const { sb, app, admin, dbName, scan } = s
  const b = await startAppWorker(t, sb, s.databaseUrl, scan)
  t.same(await b.send({ cmd: 'get', contactId: s.contactId }), { ok: true })
  const persistFailed: unknown[] = []
  app.ghl.events.on('token:persist_failed', (e) => { persistFailed.push(e) })
  const before = sb.stats()
  const rowBefore = await connectionRow(s.sql)

  const a = traffic(app, scan, s.contactId, 'a')
  t.same(await b.send({ cmd: 'start', contactId: s.contactId, tag: 'b' }), { started: true })
  let storming = true
  const forcedErrors: Failure[] = []
  let forcedOk = 0
  const forceLoop = async (force: () => Promise<void>, pause: number): Promise<void> => {
    while (storming) {
      try {
        await limited('forceRefresh', force())
        forcedOk++
      } catch (err) {
        scan.error('forceRefresh during the storm', err)
        forcedErrors.push(failureOf(err))
      }
      await sleep(pause)
    }
  }
  const forcing = Promise.all([
    forceLoop(async () => { await app.ghl.tokens.forceRefresh() }, 90),
    forceLoop(async () => {
      const reply = await b.send<{ error?: Failure }>({ cmd: 'force' })
      if (reply.error !== undefined) throw Object.assign(new Error(reply.error.message), { code: reply.error.code })
    }, 130)
  ])
  await sleep(300)
  const killed: number[] = []
  for (let round = 0; round < 8; round++) {
    killed.push(await terminateAll(admin, dbName, s.sqlPid))
    await sleep(150 + round * 20)
  }
  await sleep(500)
  storming = false
  await forcing
  const ra = await a.stop()
  const rb = await b.send<TrafficResult>({ cmd: 'stop' })
  for (const f of rb.failures) scan.add('instance B failure', f)
  t.ok(killed[0] >= 4 && killed.reduce((x, y) => x + y) >= 16, `backends terminated per round: ${killed.join(', ')}`)
  t.ok(forcedErrors.every((f) => f.code !== 'HUNG'), 'no forced refresh hung')

  // Tokens whose write was cut are kept in memory and written on retry: give the retries time to land.
  const stored = async (): Promise<boolean> => (await connectionRow(s.sql)).version - rowBefore.version === sb.stats().refreshes - before.refreshes
  for (const until = Date.now() + 8000; Date.now() < until && !(await stored());) await sleep(100)
  const mid = sb.stats()
  const rowMid = await connectionRow(s.sql)
  const eventsB = (await b.send<{ events: Record<string, number> }>({ cmd: 'events' })).events
  t.comment(`GHL refreshes +${mid.refreshes - before.refreshes}, row version +${rowMid.version - rowBefore.version}, invalid_grant ${mid.invalidGrant}; ` +
    `status ${rowMid.status} (${String(rowMid.last_error)}); A persist failures ${persistFailed.length}; B events ${JSON.stringify(eventsB)}; ` +
    `forced refreshes resolved ${forcedOk}, rejected ${JSON.stringify(forcedErrors.map((f) => f.code))}`)
  t.ok(mid.refreshes - before.refreshes >= 3, `${mid.refreshes - before.refreshes} refreshes reached GHL during the storm`)
  // A rotated pair whose write was cut stays in memory; the next refresh may already start from it, so the row skips
  // that pair (one version for two refreshes). Never more versions than refreshes, never fewer than refreshes minus
  // cut writes; that no pair was lost is what invalid_grant 0 and the live stored refresh token below prove.
  const cutWrites = persistFailed.length + (eventsB['token:persist_failed'] ?? 0)
  const versions = rowMid.version - rowBefore.version
  const refreshed = mid.refreshes - before.refreshes
  t.ok(versions <= refreshed && versions >= refreshed - cutWrites, `row version +${versions} for ${refreshed} refreshes and ${cutWrites} cut writes (none doubled)`)
  t.equal(mid.invalidGrant, 0, 'no refresh used a refresh token GHL had already rotated')
  t.equal(rowMid.status, 'active', 'the connection is still active')
  t.same(ra.failures, [], 'no call of instance A failed')
  t.same(rb.failures, [], 'no call of instance B failed')

  // The refresh token in the database is the live one: both instances can refresh with it again.
  const forcedA = await app.ghl.tokens.forceRefresh().then((view) => view, (err: unknown) => { scan.error('forceRefresh after the storm', err); return failureOf(err) })
  t.match(forcedA, { status: 'active' }, 'A refreshes with the stored refresh token')
  t.match(await b.send({ cmd: 'force' }), { view: { status: 'active' } }, 'B refreshes with the stored refresh token')
  const end = sb.stats()
  t.equal(end.refreshes, mid.refreshes + 2, 'both refreshes reached GHL')
  t.equal(end.invalidGrant - mid.invalidGrant, 0, 'GHL accepted the stored refresh token')
  t.equal((await connectionRow(s.sql)).version, rowMid.version + 2, 'and both were stored')
  t.same(await b.send({ cmd: 'get', contactId: s.contactId }), { ok: true })
  t.ok(await app.ghl.contacts.get(s.contactId).then((r) => r.contact, (err: unknown) => { scan.error('get after the storm', err); return undefined }), 'A works after the storm')
  assertContactsOnce(t, sb, [ra, rb])
  await finish(t, s, b)
})

// The demo host app (examples/demo.ts) in a child process, reached only over HTTP: it connects to its in-process
// sandbox by itself, a signup becomes a sandbox contact, a bad signup is a 400, and SIGINT/SIGTERM exit 0.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { request } from 'undici'
import { runScript, waitFor as waitForOutput, type RunningScript } from '../helpers/child.js'

const PREFIX = '/api/integrations/ghl'

async function freePort (): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

type Demo = RunningScript

function runDemo (t: Test, env: Record<string, string>): Demo {
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' }
  // The demo must run against its own sandbox and PGlite whatever the test environment sets.
  for (const name of Object.keys(base)) if (name.startsWith('GHL_') || name === 'DATABASE_URL') delete base[name]
  return runScript(t, 'examples/demo.ts', { ...base, ...env })
}

async function waitFor (output: () => string, re: RegExp, ms = 60_000): Promise<RegExpMatchArray> {
  return await waitForOutput(output, re, ms)
}

async function withTimeout<T> (p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no exit within ${ms} ms`)), ms) })
  try { return await Promise.race([p, timeout]) } finally { clearTimeout(timer) }
}

async function getJson (url: string, headers: Record<string, string> = {}): Promise<{ status: number, body: any }> {
  const res = await request(url, { method: 'GET', headers })
  return { status: res.statusCode, body: await res.body.json() }
}

async function postJson (url: string, body: unknown): Promise<{ status: number, body: any }> {
  const res = await request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: res.statusCode, body: await res.body.json() }
}

/** Starts the demo and waits for its banner; returns the app and sandbox URLs and the admin token it printed. */
async function start (t: Test, port: number, dataDir: string): Promise<Demo & { app: string, sandbox: string, adminToken: string }> {
  const demo = runDemo(t, { PORT: String(port), DEMO_DATA_DIR: dataDir })
  const [, app] = await waitFor(demo.output, /fastify-ghl demo listening on (http:\/\/127\.0\.0\.1:\d+)/)
  const [, sandbox] = await waitFor(demo.output, /sandbox url\s+(http:\/\/127\.0\.0\.1:\d+)/)
  const [, adminToken] = await waitFor(demo.output, /admin token\s+(\S+)/)
  await waitFor(demo.output, /Ctrl-C to stop/)
  return { ...demo, app, sandbox, adminToken }
}

t.test('the demo connects by itself, syncs a signup to the sandbox, and stops cleanly', async (t) => {
  const tmp = mkdtempSync(join(tmpdir(), 'fastify-ghl-demo-'))
  t.teardown(() => { rmSync(tmp, { recursive: true, force: true }) })
  const dataDir = join(tmp, 'db')
  const port = await freePort()

  const demo = await start(t, port, dataDir)
  t.equal(demo.app, `http://127.0.0.1:${port}`, 'listens on PORT')
  const out = demo.output()
  for (const path of ['/status', '/metrics', '/auth-url']) t.ok(out.includes(`${demo.app}${PREFIX}${path}`), `prints ${path}`)
  t.ok(out.includes(`Authorization: Bearer ${demo.adminToken}`), 'prints the test-integration curl with the admin token')
  t.match(out, /curl -X POST http:\/\/127\.0\.0\.1:\d+\/signup/)

  // The admin page, and a one-time login link into it (a session once; the second use is refused).
  t.ok(out.includes(`admin page        ${demo.app}${PREFIX}/admin`), 'prints the admin page')
  const [, link] = await waitFor(demo.output, /one-time login\s+(http:\/\/\S+)/)
  const login = await request(link, { method: 'GET' })
  await login.body.dump()
  t.equal(login.statusCode, 303)
  const session = String(login.headers['set-cookie']).split(';', 1)[0]
  const page = await request(`${demo.app}${PREFIX}/admin`, { headers: { cookie: session } })
  t.match(await page.body.text(), /data-connection="loc_sandbox_1" data-status="active"/, 'the demo connection, authenticated')
  const reused = await request(link, { method: 'GET' })
  await reused.body.dump()
  t.equal(reused.statusCode, 401, 'the link works once')

  const status = await getJson(`${demo.app}${PREFIX}/status`, { authorization: `Bearer ${demo.adminToken}` })
  t.equal(status.status, 200)
  t.equal(status.body.auth_status, 'authenticated')
  t.equal(status.body.location_id, 'loc_sandbox_1')

  const signup = await postJson(`${demo.app}/signup`, { email: 'ada@example.com', name: 'Ada Lovelace', phone: '+15550100', signupType: 'trial' })
  t.equal(signup.status, 200, JSON.stringify(signup.body))
  t.type(signup.body.id, 'string')
  t.ok(signup.body.id.length > 0)
  t.ok(signup.body.tags.includes('trial'))

  const contacts = await getJson(`${demo.sandbox}/__sandbox/contacts/loc_sandbox_1`)
  t.equal(contacts.status, 200)
  const found = contacts.body.contacts.find((c: any) => c.id === signup.body.id)
  t.ok(found, 'the contact is in the sandbox')
  t.match(found, { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' })

  const bad = await postJson(`${demo.app}/signup`, { email: 'not-an-email' })
  t.equal(bad.status, 400, 'a bad signup is a 400')

  const admin = await getJson(`${demo.app}${PREFIX}/test-integration`, { authorization: `Bearer ${demo.adminToken}` })
  t.equal(admin.status, 200, 'the printed admin token opens test-integration')

  demo.child.kill('SIGINT')
  t.equal(await withTimeout(demo.exited, 10_000, 'SIGINT'), 0, 'exits 0 on SIGINT')

  // A restart over the same data directory: authenticated again (against its new in-process sandbox), signups work.
  const again = await start(t, port, dataDir)
  t.equal((await getJson(`${again.app}${PREFIX}/status`)).body.auth_status, 'authenticated', 'authenticated after a restart')
  const second = await postJson(`${again.app}/signup`, { email: 'grace@example.com', name: 'Grace Hopper' })
  t.equal(second.status, 200, JSON.stringify(second.body))
  again.child.kill('SIGTERM')
  t.equal(await withTimeout(again.exited, 10_000, 'SIGTERM'), 0, 'exits 0 on SIGTERM')
})

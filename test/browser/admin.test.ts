// The admin page in a real Chromium (Debian's /usr/bin/chromium driven by puppeteer-core), against an app on
// 127.0.0.1 and the sandbox: log in with the admin token, see the default connection authenticated, Connect a second
// location through the sandbox's consent page, force failures in the sandbox and see the connection's state and a dead
// job, retry it, check that no token reaches the page and that a form without its CSRF token is refused, write the
// README's screenshot, log out.
import { existsSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Fastify from 'fastify'
import puppeteer, { type Page } from 'puppeteer-core'
import t from 'tap'
import fastifyGhl from '../../index.js'
import { ADMIN_TOKEN, connect, LOCATION, PREFIX, pluginOptions } from '../helpers/app.js'
import { testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { TOKEN_PATTERN } from '../helpers/secrets.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SCREENSHOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/admin.png')
const SECOND = 'loc_second_1'

async function freePort (): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      srv.close(() => { resolve(typeof addr === 'object' && addr !== null ? addr.port : 0) })
    })
  })
}

/** Submits the form of `selector` (a button) and waits for the page it leads to. */
async function click (page: Page, selector: string): Promise<number> {
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)])
  return res?.status() ?? 0
}

const rowOf = (connection: string): string => `tr[data-connection="${connection}"]`

t.test('the admin page in Chromium: login, connect a location, failures, retry, CSRF, no tokens, logout', async (t) => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`)
  const sb = await sandboxFor(t)
  sb.setLocation(SECOND, { companyId: 'comp_sandbox_1' })
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const app = Fastify({ logger: false })
  t.teardown(async () => { await app.close() })
  await app.register(fastifyGhl, {
    ...pluginOptions(sb, await testDatabase(t)),
    redirectUri: `${base}${PREFIX}/callback`,
    outbox: { pollSeconds: 0.2, backoff: { baseMs: 20, capMs: 300 }, recheckSeconds: 1 },
    retry: { attempts: 1 }
  })
  await app.listen({ host: '127.0.0.1', port })
  await connect(app)

  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  t.teardown(async () => { await browser.close() })
  const page = await browser.newPage()
  await page.setViewport({ width: 1500, height: 900 })
  // GHL's consent page lets the person pick a location; the sandbox approves at once, so the pick is made here.
  await page.setRequestInterception(true)
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (url.origin === sb.url && url.pathname === '/v2/oauth/chooselocation' && !url.searchParams.has('locationId')) {
      url.searchParams.set('locationId', SECOND)
      void req.continue({ url: url.href })
    } else {
      void req.continue()
    }
  })
  const cspViolations: string[] = []
  page.on('console', (msg) => { if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text()) })

  // Log in.
  const first = await page.goto(`${base}${PREFIX}/admin`)
  t.equal(first?.status(), 401)
  t.equal(first?.headers()['cache-control'], 'no-store')
  await page.type('input[name=token]', ADMIN_TOKEN)
  t.equal(await click(page, 'form.login button'), 200)
  t.equal(page.url(), `${base}${PREFIX}/admin`)
  const session = (await page.cookies()).find((c) => c.name === 'ghl_admin_session')
  t.match(session, { httpOnly: true, sameSite: 'Strict', path: `${PREFIX}/admin` })
  t.equal(await page.$eval(`${rowOf(LOCATION)} .status`, (el) => el.textContent), 'active', 'the default connection, authenticated')
  t.match(await page.$eval(rowOf(LOCATION), (el) => el.textContent), /expires in 2\d h/)

  // Connect: GHL's consent page in this browser, the second location picked, back with a notice.
  await click(page, 'header form button.primary')
  t.equal(page.url(), `${base}${PREFIX}/admin?connected=${SECOND}`)
  t.equal(await page.$eval('.notice', (el) => el.textContent), `Connected ${SECOND}.`)
  t.equal(await page.$eval(`${rowOf(SECOND)} .status`, (el) => el.textContent), 'active')
  t.equal((await page.cookies(`${base}${PREFIX}/callback`)).find((c) => c.name === 'ghl_oauth_state'), undefined, 'the state cookie was used up')

  // A webhook GHL sends for the new location shows in its row.
  t.equal((await sb.sendWebhook(`${base}${PREFIX}/webhooks`, { type: 'ContactCreate', locationId: SECOND })).status, 200)

  // Failures forced in the sandbox: a write GHL refuses (dead job), and the default connection's grant revoked.
  sb.addFault({ path: '/contacts/upsert', status: 422, count: 1, body: { statusCode: 422, message: ['email must be an email'] } })
  const job = await app.ghl.outbox.upsertContact({ email: 'browser@example.com', firstName: 'Chromium' }, { locationId: SECOND })
  t.match(await app.ghl.outbox.wait(job.id, { timeoutMs: 10_000 }), { status: 'dead' })
  sb.revokeRefreshTokens({ locationId: LOCATION })
  await page.goto(`${base}${PREFIX}/admin`)
  await click(page, `${rowOf(LOCATION)} form[action$="/refresh"] button`)
  t.match(await page.$eval('.notice', (el) => el.textContent), /Refreshing loc_sandbox_1 failed \(GHL_REAUTH_REQUIRED\)/)
  t.equal(await page.$eval(`${rowOf(LOCATION)} .status`, (el) => el.textContent), 'reauth required')
  t.match(await page.$eval(`${rowOf(LOCATION)} .reason`, (el) => el.textContent), /The grant is dead/)
  t.match(await page.$eval(`${rowOf(SECOND)} li[data-job="${job.id}"]`, (el) => el.textContent), /upsertContact \(1 attempts, .*\): GHL answered 422/)
  t.match(await page.$eval(rowOf(SECOND), (el) => el.textContent), /ContactCreate, (just now|\d+ s ago)/)
  mkdirSync(dirname(SCREENSHOT), { recursive: true })
  await page.screenshot({ path: SCREENSHOT, fullPage: true })

  // Nothing the sandbox issued is on the page (whole or in part), nor the admin token or client secret.
  const html = await page.content()
  t.notMatch(html, TOKEN_PATTERN)
  t.notOk(html.includes(ADMIN_TOKEN) || html.includes(sb.clientSecret))

  // A form whose CSRF token was taken out is refused, and changes nothing.
  await page.$eval(`${rowOf(SECOND)} li[data-job="${job.id}"] input[name=_csrf]`, (el) => { el.remove() })
  t.equal(await click(page, `${rowOf(SECOND)} li[data-job="${job.id}"] button`), 403)
  t.equal((await app.ghl.outbox.get(job.id))?.status, 'dead')

  // Retry the dead job from the page: delivered (the fault was used up).
  await page.goto(`${base}${PREFIX}/admin`)
  await click(page, `${rowOf(SECOND)} li[data-job="${job.id}"] button`)
  t.equal(await page.$eval('.notice', (el) => el.textContent), `1 dead job of ${SECOND} queued again.`)
  t.match(await app.ghl.outbox.wait(job.id, { timeoutMs: 10_000 }), { status: 'delivered' })
  await page.goto(`${base}${PREFIX}/admin`)
  t.equal(await page.$(`${rowOf(SECOND)} li[data-job="${job.id}"]`), null, 'no dead job any more')
  t.same(cspViolations, [], 'the page needs nothing its CSP forbids')

  // Log out: back to the login form, the session cookie gone.
  t.equal(await click(page, 'header form[action$="/logout"] button'), 200)
  t.match(await page.$eval('.notice', (el) => el.textContent), /Logged out/)
  t.equal((await page.cookies()).find((c) => c.name === 'ghl_admin_session'), undefined)
  t.equal((await page.goto(`${base}${PREFIX}/admin`))?.status(), 401)
})

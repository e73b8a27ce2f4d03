// The fastify-ghl demo: a host Fastify app with the plugin registered against the GHL sandbox (in-process) and embedded
// PGlite, connected by itself on start, with a sample `POST /signup` route. Run: `npx tsx examples/demo.ts`.
//
// Env: PORT (default 3000), DEMO_DATA_DIR (PGlite data directory, default .data/demo under the project),
// DATABASE_URL (Postgres instead of PGlite), GHL_API_BASE_URL / GHL_AUTH_BASE_URL (a GHL elsewhere: a running sandbox or
// the real one; no in-process sandbox then), GHL_CLIENT_ID, GHL_CLIENT_SECRET, GHL_LOCATION_ID, GHL_ADMIN_TOKEN,
// GHL_TOKEN_ENCRYPTION_KEY, GHL_WEBHOOK_PUBLIC_KEY, GHL_REDIRECT_URI.
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import Fastify from 'fastify'
import { request } from 'undici'
import ghl, { adminLoginTicket, type GhlOptions } from '../index.js'
import { startSandbox, type Sandbox } from '../sandbox/index.js'

const PREFIX = '/api/integrations/ghl'
const HOST = '127.0.0.1'
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function env (name: string): string | undefined {
  const value = process.env[name]
  return value === undefined || value === '' ? undefined : value
}

/** One readable line per log record: `12:34:56.789 INFO  message {extra}` (no pino-pretty dependency). */
function prettyStream (): Writable {
  const levels: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' }
  return new Writable({
    write (chunk, _enc, cb) {
      for (const line of String(chunk).split('\n')) {
        if (line === '') continue
        try {
          const { level, time, msg, pid: _pid, hostname: _host, reqId, req, res, responseTime, err, ...rest } = JSON.parse(line)
          let text = String(msg ?? '')
          if (req !== undefined) text += ` ${req.method} ${req.url}`
          if (res !== undefined) text += ` → ${res.statusCode} (${Math.round(responseTime ?? 0)} ms)`
          if (err !== undefined) text += ` ${err.type ?? 'Error'}: ${err.message}`
          const extra = Object.keys(rest).length > 0 ? ' ' + JSON.stringify(rest) : ''
          const stamp = new Date(time).toISOString().slice(11, 23)
          process.stdout.write(`${stamp} ${levels[level] ?? level} ${reqId !== undefined ? `[${reqId}] ` : ''}${text}${extra}\n`)
        } catch {
          process.stdout.write(line + '\n')
        }
      }
      cb()
    }
  })
}

async function main (): Promise<void> {
  const port = Number(env('PORT') ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${String(process.env.PORT)}`)

  // GHL: the sandbox in-process, unless GHL_API_BASE_URL points elsewhere.
  const externalApi = env('GHL_API_BASE_URL')
  const sandbox: Sandbox | undefined = externalApi === undefined ? await startSandbox() : undefined
  const apiBaseUrl = externalApi ?? sandbox!.url
  const authBaseUrl = env('GHL_AUTH_BASE_URL') ?? apiBaseUrl
  const clientId = env('GHL_CLIENT_ID') ?? sandbox?.clientId
  const clientSecret = env('GHL_CLIENT_SECRET') ?? sandbox?.clientSecret
  if (clientId === undefined || clientSecret === undefined) {
    throw new Error('GHL_API_BASE_URL points outside the in-process sandbox: set GHL_CLIENT_ID and GHL_CLIENT_SECRET too')
  }

  // Storage: Postgres when DATABASE_URL is set, else embedded PGlite in a data directory.
  const databaseUrl = env('DATABASE_URL')
  const dataDir = databaseUrl === undefined ? resolve(env('DEMO_DATA_DIR') ?? resolve(ROOT, '.data/demo')) : undefined
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true })

  const adminTokenGenerated = env('GHL_ADMIN_TOKEN') === undefined
  const adminToken = env('GHL_ADMIN_TOKEN') ?? randomBytes(24).toString('base64url')
  const appUrl = `http://${HOST}:${port}`
  const redirectUri = env('GHL_REDIRECT_URI') ?? `${appUrl}${PREFIX}/callback`
  const locationId = env('GHL_LOCATION_ID') ?? (sandbox !== undefined ? 'loc_sandbox_1' : undefined)
  const webhookPublicKey = env('GHL_WEBHOOK_PUBLIC_KEY') ?? sandbox?.publicKeys.ed25519Pem

  const options: GhlOptions = {
    env: false,
    clientId,
    clientSecret,
    redirectUri,
    apiBaseUrl,
    authBaseUrl,
    adminToken,
    ...(locationId !== undefined ? { locationId } : {}),
    ...(webhookPublicKey !== undefined ? { webhookPublicKey } : {}),
    ...(databaseUrl !== undefined ? { databaseUrl } : { dataDir }),
    ...(env('GHL_TOKEN_ENCRYPTION_KEY') !== undefined ? { encryptionKey: env('GHL_TOKEN_ENCRYPTION_KEY') } : {})
  }

  const app = Fastify({ logger: { level: env('LOG_LEVEL') ?? 'info', stream: prettyStream() } })

  let closing: Promise<void> | undefined
  async function shutdown (signal: string): Promise<void> {
    if (closing !== undefined) return await closing
    closing = (async () => {
      app.log.info(`${signal} received, closing`)
      let code = 0
      try { await app.close() } catch (err) { app.log.error({ err }, 'closing the app failed'); code = 1 }
      try { await sandbox?.close() } catch (err) { app.log.error({ err }, 'closing the sandbox failed'); code = 1 }
      process.stdout.write('demo closed\n')
      process.exit(code)
    })()
    return await closing
  }
  process.once('SIGINT', () => { void shutdown('SIGINT') })
  process.once('SIGTERM', () => { void shutdown('SIGTERM') })

  await app.register(ghl, options)

  app.post<{ Body: { email: string, name: string, phone?: string, signupType?: string } }>('/signup', {
    schema: {
      body: {
        type: 'object',
        required: ['email', 'name'],
        additionalProperties: false,
        properties: {
          email: { type: 'string', format: 'email', maxLength: 254 },
          name: { type: 'string', minLength: 1, maxLength: 200 },
          phone: { type: 'string', minLength: 3, maxLength: 32 },
          signupType: { type: 'string', enum: ['account', 'newsletter', 'trial'], default: 'account' }
        }
      },
      response: {
        200: {
          type: 'object',
          properties: { id: { type: 'string' }, new: { type: 'boolean' }, tags: { type: 'array', items: { type: 'string' } } }
        }
      }
    }
  }, async (req) => {
    const { signupType = 'account', ...user } = req.body
    const result = await app.ghl.syncSignup(user, signupType)
    const contact = result.contact
    return { id: contact?.id, new: result.new, tags: contact?.tags ?? [] }
  })

  await app.listen({ host: HOST, port })
  const listening = app.server.address()
  const actualPort = typeof listening === 'object' && listening !== null ? listening.port : port
  if (actualPort !== port) app.log.warn(`listening on ${actualPort}, not ${port}: the redirect URI ${redirectUri} will not reach this app`)
  const base = `http://${HOST}:${actualPort}`

  await connectIfNeeded(app, sandbox !== undefined, adminToken)

  const lines = [
    '',
    `fastify-ghl demo listening on ${base}`,
    `  GHL               ${apiBaseUrl}${sandbox !== undefined ? '  (sandbox, in-process)' : ''}`,
    ...(sandbox !== undefined ? [`  sandbox url       ${sandbox.url}`] : []),
    `  storage           ${databaseUrl !== undefined ? 'Postgres (DATABASE_URL)' : `PGlite in ${dataDir ?? ''}`}`,
    `  admin token       ${adminToken}${adminTokenGenerated ? '  (generated; set GHL_ADMIN_TOKEN to fix it)' : ''}`,
    `  admin page        ${base}${PREFIX}/admin`,
    `  one-time login    ${base}${PREFIX}/admin/login?ticket=${adminLoginTicket(adminToken)}  (open it once, within 10 min)`,
    '',
    'Try:',
    `  curl ${base}${PREFIX}/status`,
    `  curl ${base}${PREFIX}/metrics`,
    `  curl -H 'Authorization: Bearer ${adminToken}' ${base}${PREFIX}/auth-url`,
    `  curl -H 'Authorization: Bearer ${adminToken}' ${base}${PREFIX}/test-integration`,
    `  curl -X POST ${base}/signup -H 'content-type: application/json' -d '{"email":"ada@example.com","name":"Ada Lovelace","signupType":"trial"}'`,
    ...(sandbox !== undefined && locationId !== undefined ? [`  curl ${sandbox.url}/__sandbox/contacts/${locationId}`] : []),
    '',
    'Ctrl-C to stop.',
    ''
  ]
  process.stdout.write(lines.join('\n') + '\n')
}

/**
 * The OAuth round trip, as a browser would do it: auth-url → the consent page (the sandbox approves at once and
 * redirects) → our callback. Skipped when already authenticated against a GHL that remembers the tokens; a fresh
 * in-process sandbox does not know the tokens stored by a previous run, so the demo always reconnects then.
 */
async function connectIfNeeded (app: ReturnType<typeof Fastify>, freshSandbox: boolean, adminToken: string): Promise<void> {
  const admin = { authorization: `Bearer ${adminToken}` }
  const status = await app.inject({ method: 'GET', url: `${PREFIX}/status`, headers: admin })
  const before = status.json().auth_status
  if (before === 'authenticated' && !freshSandbox) {
    app.log.info('already authenticated (tokens from the data directory)')
    return
  }
  if (before === 'authenticated') app.log.info('stored tokens come from an earlier sandbox: reconnecting to this one')
  const auth = await app.inject({ method: 'GET', url: `${PREFIX}/auth-url`, headers: admin })
  if (auth.statusCode !== 200) throw new Error(`auth-url answered ${auth.statusCode}: ${auth.body}`)
  // The state is bound to the browser's cookie: this in-process "browser" sends it back to the callback.
  const cookie = String(auth.headers['set-cookie']).split(';', 1)[0]
  const consentUrl: string = auth.json().url
  const page = await request(consentUrl, { method: 'GET' })
  await page.body.text()
  const location = page.headers.location
  if (page.statusCode !== 302 || typeof location !== 'string') {
    app.log.warn(`the consent page did not redirect (a real GHL?): open ${consentUrl} in a browser to connect`)
    return
  }
  const back = new URL(location)
  const res = await app.inject({ method: 'GET', url: back.pathname + back.search, headers: { cookie } })
  if (res.statusCode !== 200) throw new Error(`callback answered ${res.statusCode}: ${res.body}`)
  const after = (await app.inject({ method: 'GET', url: `${PREFIX}/status`, headers: admin })).json().auth_status
  app.log.info(`OAuth round trip done: ${String(after)}`)
}

main().catch((err) => {
  process.stderr.write(`demo failed to start: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})

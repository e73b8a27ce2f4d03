// Bad input table (issue 7): routes, registration options and client calls fed wrong types, huge values, SQL and
// header-injection strings, forged, replayed and stale webhooks, forged and expired OAuth states. Every case must end
// in a clear 4xx or a typed error (code + a message naming what was wrong), write nothing (the plugin's tables, the
// sandbox's contacts and token counters are snapshotted around it), and echo nothing sensitive (no split header, no
// token, client secret, admin token or encryption key in the answer, the error or the trace log).
import { generateKeyPairSync, sign } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import Fastify from 'fastify'
import type pg from 'pg'
import t, { type Test } from 'tap'
import { request } from 'undici'
import fastifyGhl, { type GhlOptions } from '../../index.js'
import type { GhlEvents } from '../../lib/events.js'
import { createOAuthState } from '../../lib/tokens/oauth-state.js'
import type { SandboxStats } from '../../sandbox/index.js'
import { ADMIN_TOKEN, build, connect, eventually, LOCATION, pluginOptions, PREFIX } from '../helpers/app.js'
import { sqlClient } from '../helpers/db.js'
import { SecretScan } from '../helpers/secrets.js'
import { TEST_KEY } from '../helpers/tokens.js'

const SQL = "'; DROP TABLE ghl_connections; --"
const CRLF_COOKIE = '\r\nSet-Cookie: sid=evil'
const WEBHOOK_LIMIT = 64 * 1024
const EVENT_NAMES: Array<keyof GhlEvents> = [
  'token:refreshed', 'token:refresh_failed', 'token:reauth_required', 'token:persist_failed', 'token:invalidated',
  'breaker:open', 'breaker:half_open', 'breaker:close', 'rate_limited', 'webhook', 'app:connected', 'app:installed',
  'app:uninstalled'
]

/** What a case produced: an HTTP answer, or a thrown error (or, wrongly, neither). */
interface Outcome {
  status: number | undefined
  code: string | undefined
  message: string
  headers?: Record<string, unknown>
  /** Everything to scan for secrets (body, headers, error message, stack, cause). */
  error?: unknown
  texts: string[]
}

interface Snapshot {
  connections: { n: number, hash: string }
  webhooks: { n: number, hash: string }
  stats: SandboxStats
  contacts: string
  events: number
}

interface Expect {
  /** HTTP status of the answer, or statusCode of the error (undefined: an error without one). */
  status?: number
  code: string
  message: RegExp
  /**
   * How far the input may get into the sandbox (nothing is written there in any case):
   * none — no request at all; token — one rejected token-endpoint call (invalid_grant); api — API calls that change
   * nothing; edge — rejected by the sandbox's HTTP layer before its API pipeline (413).
   */
  reaches?: 'none' | 'token' | 'api' | 'edge'
  /** 'audit': exactly one ghl_webhook_events row, recording the rejection (a signed but stale webhook). */
  writes?: 'none' | 'audit'
  /** Values of this case that must not come back (e.g. a bad encryption key). */
  secrets?: string[]
  /** A header-injection payload: must not show up in any response header. */
  injected?: string
  /** More checks on what happened. */
  check?: (t: Test, before: Snapshot, after: Snapshot, out: Outcome) => void
}

interface Case {
  name: string
  kind: 'route' | 'option' | 'client'
  /** Runs before the "before" snapshot (e.g. the first delivery of a replayed webhook). */
  setup?: () => Promise<void>
  run: () => Promise<Outcome>
  expect: Expect
}

// ── the shared app: one sandbox, one database, one connection, trace logs scanned ───────────────────────────────────

const logScan = new SecretScan()
let skewMs = 0
const fx = await build(t, {
  listen: true,
  logStream: logScan.logStream('app logs'),
  options: { now: () => Date.now() + skewMs, webhookBodyLimit: WEBHOOK_LIMIT, poolMax: 3 }
})
const { app, sb, databaseUrl } = fx
const baseUrl = fx.url as string
await connect(app, sb)
const sql: pg.Client = await sqlClient(t, databaseUrl)
let events = 0
for (const name of EVENT_NAMES) app.ghl.events.on(name, () => { events++ })
const KEY_MATERIAL = TEST_KEY.slice(TEST_KEY.indexOf(':') + 1)
const WEBHOOKS = `${PREFIX}/webhooks`

async function tableState (name: string): Promise<{ n: number, hash: string }> {
  const { rows } = await sql.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS hash FROM ${name} r`)
  return { n: rows[0].n, hash: rows[0].hash }
}

async function snapshot (): Promise<Snapshot> {
  return {
    connections: await tableState('ghl_connections'),
    webhooks: await tableState('ghl_webhook_events'),
    stats: sb.stats(),
    contacts: JSON.stringify(sb.contacts(LOCATION)),
    events
  }
}

// ── how cases run ───────────────────────────────────────────────────────────────────────────────────────────────────

interface InjectInput { method?: 'GET' | 'POST', url: string, payload?: string | Buffer, headers?: Record<string, string> }

async function route (input: InjectInput): Promise<Outcome> {
  const headers = input.headers ?? (input.url.startsWith(`${PREFIX}/callback`) && stateCookie !== '' ? { cookie: stateCookie } : undefined)
  const res = await app.inject({ method: input.method ?? 'GET', url: input.url, payload: input.payload, headers })
  let body: { code?: string, message?: string } = {}
  try { body = res.json() } catch {}
  return {
    status: res.statusCode,
    code: body.code,
    message: body.message ?? '',
    headers: res.headers as Record<string, unknown>,
    texts: [res.body, JSON.stringify(res.headers)]
  }
}

async function thrown (fn: () => unknown): Promise<Outcome> {
  try {
    const value = await fn()
    return { status: undefined, code: 'NO_ERROR', message: 'resolved: ' + JSON.stringify(value)?.slice(0, 300), texts: [] }
  } catch (err) {
    const e = err as { code?: unknown, statusCode?: unknown, message?: unknown }
    return {
      status: typeof e?.statusCode === 'number' ? e.statusCode : undefined,
      code: typeof e?.code === 'string' ? e.code : undefined,
      message: typeof e?.message === 'string' ? e.message : String(err),
      error: err,
      texts: []
    }
  }
}

/** Registers the plugin on a throwaway Fastify with these options over the working ones (same sandbox and database). */
async function register (over: Record<string, unknown>): Promise<Outcome> {
  const host = Fastify({ logger: { level: 'trace', stream: logScan.logStream('option logs') } })
  try {
    return await thrown(async () => {
      await host.register(fastifyGhl, { ...pluginOptions(sb, databaseUrl), refresher: false, poolMax: 2, ...over } as GhlOptions)
      await host.ready()
    })
  } finally {
    await host.close().catch(() => {})
  }
}

/** The body signed by the sandbox's key (what GHL would send). */
function signed (raw: string, contentType = 'application/json'): Record<string, string> {
  return { 'content-type': contentType, ...sb.signWebhook(raw) }
}

async function webhook (raw: string, headers: Record<string, string> = signed(raw)): Promise<Outcome> {
  return await route({ method: 'POST', url: WEBHOOKS, payload: raw, headers })
}

const stranger = generateKeyPairSync('ed25519')
const otherSigner = createOAuthState({ secret: 'another-app-state-secret-0123456789abcdef' })
/** The cookie of the last state validState() issued: callback cases without headers of their own send it, as its browser would. */
let stateCookie = ''
const validState = (): string => {
  const { state, nonce } = app.ghl.authUrl()
  stateCookie = `ghl_oauth_state=${nonce}`
  return state
}
const adminHeader = { authorization: `Bearer ${ADMIN_TOKEN}` }

const replayed = sb.buildWebhook({ type: 'ContactTagUpdate', id: 'c-replay', tags: ['a'] })
const replayedRaw = JSON.stringify(replayed)

// ── the table ───────────────────────────────────────────────────────────────────────────────────────────────────────

const cases: Case[] = [
  // OAuth callback
  {
    name: 'callback: a valid state but no code',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/callback?state=${encodeURIComponent(validState())}` }),
    expect: { status: 400, code: 'GHL_OAUTH_DENIED', message: /not granted \(no code in the callback\); start again at \/api\/integrations\/ghl\/auth-url/ }
  },
  {
    name: 'callback: a valid state without its cookie (started in another browser)',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/callback?code=sbx_code_guessed0000&state=${encodeURIComponent(validState())}`, headers: {} }),
    expect: { status: 400, code: 'GHL_OAUTH_STATE', message: /OAuth state was not started in this browser \(its cookie is missing\)/ }
  },
  {
    name: 'callback: a code without state',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/callback?code=sbx_code_guessed0000` }),
    expect: { status: 400, code: 'GHL_OAUTH_STATE', message: /OAuth state is missing; start the authorization again/ }
  },
  {
    name: 'callback: a forged state (signature changed)',
    kind: 'route',
    run: async () => {
      const state = validState()
      const forged = state.slice(0, -2) + (state.endsWith('AA') ? 'BB' : 'AA')
      return await route({ url: `${PREFIX}/callback?code=abc&state=${encodeURIComponent(forged)}` })
    },
    expect: { status: 400, code: 'GHL_OAUTH_STATE', message: /OAuth state does not carry a valid signature/ }
  },
  {
    name: 'callback: a state signed with another secret',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/callback?code=abc&state=${encodeURIComponent(otherSigner.issue().state)}` }),
    expect: { status: 400, code: 'GHL_OAUTH_STATE', message: /OAuth state does not carry a valid signature/ }
  },
  {
    name: 'callback: an expired state (the clock moved past its 600 s)',
    kind: 'route',
    run: async () => {
      const state = validState()
      skewMs = 601_000
      try {
        return await route({ url: `${PREFIX}/callback?code=abc&state=${encodeURIComponent(state)}` })
      } finally {
        skewMs = 0
      }
    },
    expect: { status: 400, code: 'GHL_OAUTH_STATE', message: /OAuth state has expired/ }
  },
  {
    name: 'callback: a malformed state',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/callback?code=abc&state=v1.zz.not-a-state` }),
    expect: { status: 400, code: 'GHL_OAUTH_STATE', message: /OAuth state is malformed/ }
  },
  {
    name: 'callback: SQL injection as the code (valid state): GHL rejects it, nothing stored',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/callback?code=${encodeURIComponent(SQL)}&state=${encodeURIComponent(validState())}` }),
    expect: { status: 400, code: 'GHL_AUTHORIZATION_CODE', message: /GHL rejected the authorization code .*start again at/, reaches: 'token' }
  },
  {
    name: 'callback: CRLF + Set-Cookie in the state',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/callback?code=abc&state=${encodeURIComponent(validState() + CRLF_COOKIE)}` }),
    // The payload lands in the signature part, which then no longer matches.
    expect: { status: 400, code: 'GHL_OAUTH_STATE', message: /OAuth state does not carry a valid signature/, injected: 'sid=evil' }
  },
  {
    name: 'callback: CRLF + Set-Cookie in error / error_description (consent denied)',
    kind: 'route',
    run: async () => await route({
      url: `${PREFIX}/callback?state=${encodeURIComponent(validState())}&error=access_denied${encodeURIComponent(CRLF_COOKIE)}&error_description=${encodeURIComponent('no' + CRLF_COOKIE)}`
    }),
    expect: { status: 400, code: 'GHL_OAUTH_DENIED', message: /the authorization was not granted \(access_denied/, injected: 'sid=evil' }
  },
  {
    name: 'callback: a 10 KB state',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/callback?code=abc&state=${'v'.repeat(10_000)}` }),
    expect: { status: 400, code: 'FST_ERR_VALIDATION', message: /querystring\/state must NOT have more than 512 characters/ }
  },
  {
    name: 'callback: a 5000-character code',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/callback?code=${'c'.repeat(5000)}&state=${encodeURIComponent(validState())}` }),
    expect: { status: 400, code: 'FST_ERR_VALIDATION', message: /querystring\/code must NOT have more than 2048 characters/ }
  },
  {
    name: 'callback: the code given twice (array)',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/callback?code=a&code=b&state=${encodeURIComponent(validState())}` }),
    expect: { status: 400, code: 'FST_ERR_VALIDATION', message: /querystring\/code must be string/ }
  },
  {
    name: 'status: a 100 KB query over real HTTP',
    kind: 'route',
    run: async () => {
      const res = await request(`${baseUrl}${PREFIX}/status?locationId=${'a'.repeat(100_000)}`)
      const text = await res.body.text()
      return { status: res.statusCode, code: `HTTP_${res.statusCode}`, message: STATUS_CODES[res.statusCode] ?? '', headers: res.headers, texts: [text, JSON.stringify(res.headers)] }
    },
    expect: { status: 431, code: 'HTTP_431', message: /Request Header Fields Too Large/ }
  },
  {
    name: 'status: SQL injection as locationId',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/status?locationId=${encodeURIComponent(SQL)}` }),
    expect: { status: 400, code: 'FST_ERR_VALIDATION', message: /querystring\/locationId must match pattern/ }
  },
  {
    name: 'status: CRLF + Set-Cookie in locationId',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/status?locationId=loc${encodeURIComponent(CRLF_COOKIE)}` }),
    expect: { status: 400, code: 'FST_ERR_VALIDATION', message: /querystring\/locationId must match pattern/, injected: 'sid=evil' }
  },
  {
    name: 'status: a 200-character locationId',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/status?locationId=${'l'.repeat(200)}` }),
    expect: { status: 400, code: 'FST_ERR_VALIDATION', message: /querystring\/locationId must NOT have more than 128 characters/ }
  },
  // Webhooks
  {
    name: 'webhook: unsigned',
    kind: 'route',
    run: async () => await webhook(JSON.stringify(sb.buildWebhook({ type: 'ContactCreate' })), { 'content-type': 'application/json' }),
    expect: { status: 401, code: 'GHL_WEBHOOK_SIGNATURE', message: /webhook rejected: no x-ghl-signature header/ }
  },
  {
    name: 'webhook: body changed after signing',
    kind: 'route',
    run: async () => {
      const raw = JSON.stringify(sb.buildWebhook({ type: 'UNINSTALL' }))
      return await webhook(raw.replace('UNINSTALL', 'UNINSTALX'), signed(raw))
    },
    expect: { status: 401, code: 'GHL_WEBHOOK_SIGNATURE', message: /the signature does not match the body/ }
  },
  {
    name: 'webhook: UNINSTALL signed by another Ed25519 key',
    kind: 'route',
    run: async () => {
      const raw = JSON.stringify(sb.buildWebhook({ type: 'UNINSTALL' }))
      const signature = sign(null, Buffer.from(raw), stranger.privateKey).toString('base64')
      return await webhook(raw, { 'content-type': 'application/json', 'x-ghl-signature': signature })
    },
    expect: { status: 401, code: 'GHL_WEBHOOK_SIGNATURE', message: /the signature does not match the body/ }
  },
  {
    name: 'webhook: SQL injection in the signature header and the webhookId (unsigned)',
    kind: 'route',
    run: async () => await webhook(JSON.stringify(sb.buildWebhook({ type: 'ContactCreate', webhookId: SQL })), { 'content-type': 'application/json', 'x-ghl-signature': SQL }),
    expect: { status: 401, code: 'GHL_WEBHOOK_SIGNATURE', message: /webhook rejected: the signature does not match the body/ }
  },
  {
    name: 'webhook: a valid delivery replayed (same webhookId): acknowledged as a duplicate, not processed again',
    kind: 'route',
    setup: async () => {
      const first = await webhook(replayedRaw)
      if (first.status !== 200) throw new Error(`first delivery answered ${first.status}: ${first.message}`)
      // Its handlers run from the queue: let that finish (its event and status write) before the snapshot.
      await eventually(async () => (await app.ghl.webhooks.get(replayed.webhookId as string))?.status === 'processed', 10_000, 'the first delivery processed')
    },
    run: async () => {
      const out = await webhook(replayedRaw)
      return { ...out, code: out.code ?? (out.texts[0].includes('"duplicate":true') ? 'DUPLICATE' : undefined), message: out.message || out.texts[0] }
    },
    // GHL treats any answer but 429 as final and retries only after one: a replay is acknowledged (200) and dropped.
    expect: { status: 200, code: 'DUPLICATE', message: /^\{"ok":true,"duplicate":true\}$/ }
  },
  {
    name: 'webhook: signed but stale (70 min old: past GHL\'s whole retry horizon)',
    kind: 'route',
    run: async () => await webhook(JSON.stringify(sb.buildWebhook({ type: 'UNINSTALL', timestamp: new Date(Date.now() - 70 * 60_000).toISOString() }))),
    expect: {
      status: 400,
      code: 'GHL_WEBHOOK_STALE',
      message: /webhook rejected: its timestamp .* is more than 3900 s away from now/,
      // The rejection itself is recorded (its id, so a later copy is a duplicate): the only write allowed.
      writes: 'audit'
    }
  },
  {
    name: 'webhook: signed, for another app',
    kind: 'route',
    run: async () => {
      const out = await webhook(JSON.stringify(sb.buildWebhook({ type: 'UNINSTALL', appId: 'someone-else' })))
      return { ...out, code: out.texts[0].includes('"ignored":true') ? 'IGNORED' : out.code, message: out.message || out.texts[0] }
    },
    // Another app's webhook is none of ours: acknowledged and ignored, never processed.
    expect: { status: 200, code: 'IGNORED', message: /^\{"ok":true,"ignored":true\}$/ }
  },
  {
    name: 'webhook: body over webhookBodyLimit',
    kind: 'route',
    run: async () => await webhook(JSON.stringify(sb.buildWebhook({ type: 'ContactCreate', notes: 'x'.repeat(WEBHOOK_LIMIT + 1) }))),
    expect: { status: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE', message: /Request body is too large/ }
  },
  {
    name: 'webhook: signed non-JSON body',
    kind: 'route',
    run: async () => await webhook('{"type":"ContactCreate",'),
    expect: { status: 400, code: 'GHL_WEBHOOK_MALFORMED', message: /webhook rejected: the body is not valid JSON/ }
  },
  {
    name: 'webhook: signed JSON array',
    kind: 'route',
    run: async () => await webhook('[{"type":"UNINSTALL"}]'),
    expect: { status: 400, code: 'GHL_WEBHOOK_MALFORMED', message: /the body must be a JSON object with a string `type`/ }
  },
  {
    name: 'webhook: signed, webhookId of 1000 characters',
    kind: 'route',
    run: async () => await webhook(JSON.stringify(sb.buildWebhook({ type: 'ContactCreate', webhookId: 'w'.repeat(1000) }))),
    expect: { status: 400, code: 'GHL_WEBHOOK_MALFORMED', message: /`webhookId` is too long/ }
  },
  {
    name: 'webhook: signed, sent as text/plain (the raw bytes are not kept, so it cannot verify)',
    kind: 'route',
    run: async () => {
      const raw = JSON.stringify(sb.buildWebhook({ type: 'ContactCreate' }))
      return await webhook(raw, signed(raw, 'text/plain'))
    },
    expect: { status: 401, code: 'GHL_WEBHOOK_SIGNATURE', message: /the signature does not match the body/ }
  },
  {
    name: 'webhook: sent as application/x-www-form-urlencoded',
    kind: 'route',
    run: async () => {
      const raw = 'type=UNINSTALL&locationId=' + LOCATION
      return await webhook(raw, signed(raw, 'application/x-www-form-urlencoded'))
    },
    expect: { status: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', message: /Unsupported Media Type/ }
  },
  // Admin route
  {
    name: 'test-integration: no Authorization',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/test-integration` }),
    expect: {
      status: 401,
      code: 'GHL_ADMIN_AUTH_REQUIRED',
      message: /this route needs the admin token: send Authorization: Bearer <GHL_ADMIN_TOKEN>/,
      check: (t, _b, _a, out) => { t.equal(out.headers?.['www-authenticate'], 'Bearer realm="fastify-ghl"') }
    }
  },
  {
    name: 'test-integration: a wrong admin token',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/test-integration`, headers: { authorization: 'Bearer ' + ADMIN_TOKEN.slice(0, -1) + 'X' } }),
    expect: { status: 403, code: 'GHL_ADMIN_FORBIDDEN', message: /^the admin token is not valid$/ }
  },
  {
    name: 'test-integration: SQL injection as the bearer',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/test-integration`, headers: { authorization: "Bearer '||'1'='1" } }),
    expect: { status: 403, code: 'GHL_ADMIN_FORBIDDEN', message: /^the admin token is not valid$/ }
  },
  {
    name: 'test-integration: the admin token with a trailing header-injection payload',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/test-integration`, headers: { authorization: `Bearer ${ADMIN_TOKEN} Set-Cookie: sid=evil` } }),
    expect: { status: 401, code: 'GHL_ADMIN_AUTH_REQUIRED', message: /send Authorization: Bearer/, injected: 'sid=evil' }
  },
  {
    name: 'test-integration: the admin token as Basic credentials',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/test-integration`, headers: { authorization: 'Basic ' + Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64') } }),
    expect: { status: 401, code: 'GHL_ADMIN_AUTH_REQUIRED', message: /send Authorization: Bearer/ }
  },
  {
    name: 'test-integration: the admin token in the query string',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/test-integration?token=${ADMIN_TOKEN}` }),
    expect: { status: 401, code: 'GHL_ADMIN_AUTH_REQUIRED', message: /send Authorization: Bearer/ }
  },
  {
    name: 'test-integration: admin token, CRLF + Set-Cookie in locationId',
    kind: 'route',
    run: async () => await route({ url: `${PREFIX}/test-integration?locationId=${encodeURIComponent(LOCATION + CRLF_COOKIE)}`, headers: adminHeader }),
    expect: { status: 400, code: 'FST_ERR_VALIDATION', message: /querystring\/locationId must match pattern/, injected: 'sid=evil' }
  },

  // ── registration options ──
  ...([
    ['clientId as a number', { clientId: 12345 }, /options\.clientId \(GHL_CLIENT_ID\) must be string/],
    ['clientSecret as a number (not echoed)', { clientSecret: 98765432101234 }, /options\.clientSecret \(GHL_CLIENT_SECRET\) must be string/, ['98765432101234']],
    ['clientSecret as a boolean', { clientSecret: true }, /options\.clientSecret \(GHL_CLIENT_SECRET\) must be string/],
    ['encryptionKey too short (not echoed)', { encryptionKey: 'dG9vIHNob3J0IGtleQ==' }, /options\.encryptionKey \(GHL_TOKEN_ENCRYPTION_KEY\) must hold 32-byte keys/, ['dG9vIHNob3J0IGtleQ==']],
    ['encryptionKey not base64 (not echoed)', { encryptionKey: 'this is not base64 at all, is it?!' }, /options\.encryptionKey \(GHL_TOKEN_ENCRYPTION_KEY\) must hold 32-byte keys/, ['this is not base64 at all']],
    ['encryptionKey a passphrase with a colon (no part echoed)', { encryptionKey: 'correct horse battery staple: Tr0ub4dor&3' }, /options\.encryptionKey \(GHL_TOKEN_ENCRYPTION_KEY\): the key id \(the text before ':'\) must be 1-32 letters/, ['correct horse battery staple', 'Tr0ub4dor&3']],
    ['encryptionKey as a number', { encryptionKey: 1234567890123456 }, /options\.encryptionKey \(GHL_TOKEN_ENCRYPTION_KEY\) must be string/, ['1234567890123456']],
    ['apiBaseUrl not a URL', { apiBaseUrl: 'services leadconnectorhq com' }, /options\.apiBaseUrl \(GHL_API_BASE_URL\) must be an absolute http\(s\) URL/],
    ['authBaseUrl javascript:', { authBaseUrl: 'javascript:alert(1)' }, /options\.authBaseUrl \(GHL_AUTH_BASE_URL\) must be an http\(s\) URL/],
    ['refreshWindowSeconds negative', { refreshWindowSeconds: -5 }, /options\.refreshWindowSeconds must be a positive number/],
    ['refreshWindowSeconds as a string', { refreshWindowSeconds: '300' }, /options\.refreshWindowSeconds must be a positive number/],
    ['breaker not an object', { breaker: 'on' }, /options\.breaker must be an object or false/],
    ['breaker.rollingCountBuckets 0', { breaker: { rollingCountBuckets: 0 } }, /options\.breaker\.rollingCountBuckets must be an integer ≥ 1/],
    ['breaker.resetTimeout a string', { breaker: { resetTimeout: 'soon' } }, /options\.breaker\.resetTimeout must be a positive number/],
    ['breaker.errorThresholdPercentage 150', { breaker: { errorThresholdPercentage: 150 } }, /options\.breaker\.errorThresholdPercentage must be a number above 0 and at most 100/],
    ['rateLimit.max 0', { rateLimit: { max: 0 } }, /options\.rateLimit\.max must be an integer ≥ 1/],
    ['retry.attempts a string', { retry: { attempts: 'three' } }, /options\.retry\.attempts must be an integer ≥ 1/],
    ['userType unknown', { userType: 'Agency' }, /options\.userType \(GHL_USER_TYPE\) must be one of Location, Company/],
    ['webhookPublicKey garbage', { webhookPublicKey: 'garbage-not-a-key' }, /options\.webhookPublicKey \(GHL_WEBHOOK_PUBLIC_KEY\) must be an Ed25519 public key/],
    ['adminToken too short (not echoed)', { adminToken: 'fifteen-chars!!' }, /options\.adminToken \(GHL_ADMIN_TOKEN\) must be at least 16 characters/, ['fifteen-chars!!']],
    ['stateSecret too short (not echoed)', { stateSecret: 'short-state-secret' }, /options\.stateSecret must be a string of at least 32 characters/, ['short-state-secret']],
    ['locationId SQL injection', { locationId: SQL }, /options\.locationId \(GHL_LOCATION_ID\) must hold only letters, digits/],
    ['successRedirect with CRLF + Set-Cookie', { successRedirect: 'https://app.example/done' + CRLF_COOKIE }, /options\.successRedirect must not contain control characters/],
    ['webhookBodyLimit 0', { webhookBodyLimit: 0 }, /options\.webhookBodyLimit must be a positive integer/],
    ['now not a function', { now: 'yesterday' }, /options\.now must be a function/]
  ] as Array<[string, Record<string, unknown>, RegExp, string[]?]>).map(([name, over, message, secrets]): Case => ({
    name: `options: ${name}`,
    kind: 'option',
    run: async () => await register(over),
    expect: { status: 500, code: 'GHL_CONFIG', message, secrets }
  })),
  {
    name: 'options: an unreachable databaseUrl with a password (not echoed)',
    kind: 'option',
    run: async () => await register({ databaseUrl: 'postgres://postgres:db-password-hunter2@127.0.0.1:1/none' }),
    // Not bad input as such (the database is down): GHL_DATABASE with the driver's message, naming the address, never the password.
    expect: { code: 'GHL_DATABASE', message: /connect ECONNREFUSED 127\.0\.0\.1:1/, secrets: ['db-password-hunter2'] }
  },

  // ── client calls ──
  {
    name: 'contacts.create: email as a number',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.create({ email: 5 as unknown as string })),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /^invalid input: contact\.email must be string$/ }
  },
  {
    name: 'contacts.create: tags not an array',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.create({ email: 'a@example.com', tags: 'vip' as unknown as string[] })),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /^invalid input: contact\.tags must be array$/ }
  },
  {
    name: 'contacts.create: null',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.create(null as never)),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /^invalid input: contact must be an object$/ }
  },
  {
    name: 'contacts.create: a property GHL does not know',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.create({ email: 'a@example.com', isAdmin: true } as never)),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /^invalid input: contact\.isAdmin is not allowed$/ }
  },
  {
    name: 'contacts.create: SQL injection as the email',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.create({ email: SQL })),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /^invalid input: contact\.email must match format "email"$/ }
  },
  {
    name: 'contacts.create: a custom field without id or key',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.create({ email: 'a@example.com', customFields: [{ field_value: 'x' } as never] })),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /contact\.customFields\[0\] must have an id or a key/ }
  },
  {
    name: 'contacts.create: 2 MB of customFields (GHL refuses the body: typed 413, nothing created)',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.create({ email: 'big@example.com', customFields: [{ id: 'f1', field_value: 'x'.repeat(2 * 1024 * 1024) }] })),
    expect: { status: 502, code: 'GHL_HTTP_ERROR', message: /^GHL answered 413 to POST \/contacts\/: request entity too large$/, reaches: 'edge' }
  },
  {
    name: 'contacts.create: SQL injection as locationId (sent as JSON; GHL refuses the location)',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.create({ email: 'a@example.com', locationId: SQL })),
    expect: { status: 502, code: 'GHL_HTTP_ERROR', message: /GHL answered 403 to POST \/contacts\/: .*access to this location/, reaches: 'api' }
  },
  {
    name: 'contacts.get: an empty id',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.get('')),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /contactId must be a non-empty string/ }
  },
  {
    name: 'contacts.get: a number as id',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.get(42 as unknown as string)),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /contactId must be a non-empty string/ }
  },
  ...(([
    ['contacts.get', () => app.ghl.contacts.get('..')],
    ['contacts.get', () => app.ghl.contacts.get('.')],
    ['contacts.delete', () => app.ghl.contacts.delete('..')],
    ['contacts.update', () => app.ghl.contacts.update('..', { firstName: 'x' })],
    ['contacts.addTags', () => app.ghl.contacts.addTags('..', ['x'])]
  ]) as Array<[string, () => Promise<unknown>]>).map(([call, fn], i): Case => ({
    // `/contacts/..` is `/` once a server or proxy normalises dot segments (RFC 3986): refused before any request.
    name: `${call}: a dot-segment id (${i === 1 ? '.' : '..'})`,
    kind: 'client',
    run: async () => await thrown(fn),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /contactId must not be "\." or "\.\."/ }
  })),
  ...([
    ['path traversal', '../../oauth/token', '..%2F..%2Foauth%2Ftoken'],
    ['query and fragment', '?x=1#frag', '%3Fx%3D1%23frag'],
    ['CRLF + Set-Cookie', 'c1' + CRLF_COOKIE, 'c1%0D%0ASet-Cookie%3A%20sid%3Devil']
  ] as Array<[string, string, string]>).map(([what, id, encoded]): Case => ({
    name: `contacts.get: ${what} in the id stays inside /contacts/{id}`,
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.get(id)),
    expect: {
      status: 502,
      code: 'GHL_HTTP_ERROR',
      message: new RegExp(`^GHL answered 404 to GET /contacts/${encoded.replace(/[.%]/g, (c) => '\\' + c)}: Contact not found$`),
      reaches: 'api',
      check: (t, before, after) => {
        t.equal(after.stats.apiCalls['GET /contacts/:id'] - (before.stats.apiCalls['GET /contacts/:id'] ?? 0), 1, 'the sandbox saw one GET /contacts/:id')
        t.equal(after.stats.apiCalls.total - before.stats.apiCalls.total, 1, 'and nothing else')
      }
    }
  })),
  {
    name: 'contacts.update: a string as the body',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.update('c1', 'firstName=x' as never)),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /^invalid input: contact must be an object$/ }
  },
  {
    name: 'contacts.search: pageLimit as a string',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.search({ pageLimit: 'ten' as unknown as number })),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /^invalid input: search\.pageLimit must be integer$/ }
  },
  {
    name: 'contacts.addTags: tags as a string',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.contacts.addTags('c1', 'vip' as never)),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /^invalid input: tags must be an array of strings$/ }
  },
  {
    name: 'syncSignup: no email',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.syncSignup({ name: 'No Mail' } as never, 'account')),
    expect: { status: 400, code: 'GHL_VALIDATION', message: /^invalid input: user\.email is required$/ }
  },
  {
    name: 'request: CRLF + Set-Cookie in an extra header',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.request({ method: 'GET', path: '/contacts/c1', headers: { 'x-trace': 'a' + CRLF_COOKIE } })),
    expect: { status: 502, code: 'GHL_NETWORK', message: /invalid x-trace header/ }
  },
  {
    name: 'forLocation: an empty location id',
    kind: 'client',
    run: async () => await thrown(() => app.ghl.forLocation('')),
    expect: { status: 500, code: 'GHL_CONFIG', message: /forConnection needs a non-empty connection id/ }
  }
]

// ── the run ─────────────────────────────────────────────────────────────────────────────────────────────────────────

const counts = { route: 0, option: 0, client: 0 }
for (const c of cases) counts[c.kind]++
t.ok(cases.length >= 30, `${cases.length} cases: ${JSON.stringify(counts)}`)
t.equal(new Set(cases.map((c) => c.name)).size, cases.length, 'case names are unique')

for (const c of cases) {
  t.test(`[${c.kind}] ${c.name}`, async (t) => {
    const x = c.expect
    if (c.setup !== undefined) await c.setup()
    const before = await snapshot()
    const out = await c.run()
    const after = await snapshot()

    // (1) a clear status and a typed code
    t.equal(out.code, x.code, `code ${x.code}`)
    if (x.status !== undefined) t.equal(out.status, x.status, `status ${x.status}`)
    if (c.kind === 'route') t.ok(out.status !== undefined && out.status < 500, 'never a 5xx for bad input')
    // (2) a message naming what was wrong
    t.match(out.message, x.message, 'the message says what was wrong')

    // (3) nothing written: the plugin's tables, the sandbox, the events
    t.same(after.connections, before.connections, 'ghl_connections unchanged')
    if ((x.writes ?? 'none') === 'none') {
      t.same(after.webhooks, before.webhooks, 'ghl_webhook_events unchanged')
    } else {
      t.equal(after.webhooks.n, before.webhooks.n + 1, 'one audit row')
      const { rows } = await sql.query('SELECT error, processed_at FROM ghl_webhook_events ORDER BY received_at DESC LIMIT 1')
      t.match(rows[0], { error: /^rejected: timestamp outside the tolerance$/, processed_at: Date }, 'recorded as rejected, not processed')
    }
    t.equal(after.events, before.events, 'no event emitted')
    t.equal(after.contacts, before.contacts, 'the sandbox contacts unchanged')
    const s0 = before.stats
    const s1 = after.stats
    t.equal(s1.contactsCreated, s0.contactsCreated, 'no contact created')
    t.equal(s1.refreshes, s0.refreshes, 'no token refreshed')
    const reaches = x.reaches ?? 'none'
    if (reaches === 'none') {
      t.equal(s1.requests, s0.requests, 'no request reached the sandbox')
    } else {
      t.equal(s1.tokenCalls.total - s0.tokenCalls.total, reaches === 'token' ? 1 : 0, 'token endpoint calls')
      if (reaches === 'token') t.equal(s1.invalidGrant - s0.invalidGrant, 1, 'the code was refused (invalid_grant), no token issued')
      if (reaches !== 'api') t.equal(s1.apiCalls.total, s0.apiCalls.total, 'no API call')
      if (reaches === 'edge') t.equal(s1.requests - s0.requests, 1, 'one request, refused at the door')
    }

    // (4) nothing sensitive echoed
    const scan = new SecretScan()
      .secret('client secret', sb.clientSecret)
      .secret('admin token', ADMIN_TOKEN)
      .secret('encryption key', TEST_KEY)
      .secret('encryption key material', KEY_MATERIAL)
    for (const [i, s] of (x.secrets ?? []).entries()) scan.secret(`this case's secret #${i}`, s)
    for (const text of out.texts) scan.add('answer', text)
    scan.add('message', out.message)
    if (out.error !== undefined) scan.error('error', out.error)
    t.same(scan.hits(), [], 'no token or secret in the answer or the error')
    if (out.headers !== undefined) {
      // The callback clears its own state cookie, whatever the outcome; no other cookie is ever set.
      const cookies = [out.headers['set-cookie'] ?? []].flat().map(String)
      t.ok(cookies.every((c) => /^ghl_oauth_state=; Max-Age=0; Path=[^;]+; HttpOnly;( Secure;)? SameSite=Lax$/.test(c)), 'no Set-Cookie header but the cleared state cookie')
      for (const [name, value] of Object.entries(out.headers)) {
        const text = String(value)
        t.notOk(/[\r\n]/.test(text), `header ${name} holds no CR/LF`)
        if (x.injected !== undefined) t.notOk(text.includes(x.injected), `header ${name} does not reflect the injected payload`)
      }
    }
    x.check?.(t, before, after, out)
  })
}

t.test('the connection is intact and the trace logs of every case hold no secret', async (t) => {
  t.match(await app.ghl.tokens.status(), { connection: LOCATION, status: 'active' })
  t.match((await app.ghl.contacts.search({})).contacts, [])
  logScan.secret('client secret', sb.clientSecret).secret('admin token', ADMIN_TOKEN).secret('encryption key', TEST_KEY).secret('encryption key material', KEY_MATERIAL)
  logScan.secret('database password', 'db-password-hunter2').secret('bad encryption key', 'correct horse battery staple')
  t.ok(logScan.size.texts > 50, `${logScan.size.texts} log lines scanned`)
  t.same(logScan.hits(), [], 'no token or secret in the trace logs')
})

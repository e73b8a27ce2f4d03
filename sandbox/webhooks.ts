// Webhooks as GHL sends them: per-sandbox Ed25519 (x-ghl-signature) and RSA-2048 (x-wh-signature, legacy) keys,
// payloads shaped as GHL documents them, signing over the exact raw bytes, and delivery by POST. A 429 answer is
// retried like GHL does (the only status it retries): the same bytes and signature, so the same timestamp, after
// settings.webhookRetryDelayMs (GHL: ~10 minutes), at most settings.webhookRetries times.
import { generateKeyPair, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto'
import { request } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { DEFAULT_USER_ID, type Settings } from './settings.js'
import { randomId, type Clock } from './state.js'
import type { PublicKeys, SandboxContact, SendWebhookOptions, SendWebhookResult, WebhookDelivery, WebhookInput, WebhookPayload, WebhookScheme, WebhookSignatureHeaders } from './types.js'

const DEFAULT_TIMEOUT_MS = 10_000
const SCHEMES: ReadonlySet<string> = new Set(['ed25519', 'rsa', 'both'])

interface KeyPair { publicKey: KeyObject, privateKey: KeyObject }

function ed25519Pair (): Promise<KeyPair> {
  return new Promise((resolve, reject) => {
    generateKeyPair('ed25519', {}, (err, publicKey, privateKey) => { if (err !== null) reject(err); else resolve({ publicKey, privateKey }) })
  })
}


/** Changes one byte of the body while keeping it valid JSON: a hex digit of webhookId, else a trailing space. */
export function tamperBody (raw: string): string {
  const marker = raw.indexOf('"webhookId":"')
  if (marker !== -1) {
    const i = marker + '"webhookId":"'.length
    const c = raw[i]
    if (c !== undefined && c !== '"') return raw.slice(0, i) + (c === 'a' ? 'b' : 'a') + raw.slice(i + 1)
  }
  return raw + ' '
}

export interface WebhookContext {
  settings: Settings
  clock: Clock
  /** the stored contact, to fill a ContactCreate event that names an existing id */
  findContact: (id: string) => SandboxContact | undefined
}

export class Webhooks {
  private readonly inflight = new Set<AbortController>()
  private readonly retries = new Set<NodeJS.Timeout>()
  private readonly log: WebhookDelivery[] = []
  private rsaKeys: KeyPair | undefined
  readonly publicKeys: PublicKeys

  private constructor (
    private readonly ctx: WebhookContext,
    private readonly ed: KeyPair
  ) {
    const der = ed.publicKey.export({ type: 'spki', format: 'der' })
    const ed25519Pem = ed.publicKey.export({ type: 'spki', format: 'pem' }).toString()
    const ed25519RawBase64 = der.subarray(der.length - 32).toString('base64')
    let rsaPem: string | undefined
    const rsaPublic = (): string => (rsaPem ??= this.rsa().publicKey.export({ type: 'spki', format: 'pem' }).toString())
    this.publicKeys = Object.freeze({
      ed25519Pem,
      ed25519RawBase64,
      get rsaPem () { return rsaPublic() }
    })
  }

  static async create (ctx: WebhookContext): Promise<Webhooks> {
    return new Webhooks(ctx, await ed25519Pair())
  }

  /** The RSA-2048 pair, generated on first use (~100 ms): most sandboxes never sign a legacy webhook. */
  private rsa (): KeyPair {
    return (this.rsaKeys ??= generateKeyPairSync('rsa', { modulusLength: 2048 }))
  }

  sign (rawBody: string | Buffer): WebhookSignatureHeaders {
    if (typeof rawBody !== 'string' && !Buffer.isBuffer(rawBody)) throw new TypeError('rawBody must be a string or a Buffer')
    const data = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody
    return { 'x-ghl-signature': this.signEd25519(data), 'x-wh-signature': this.signRsa(data) }
  }

  private signEd25519 (data: Buffer): string {
    return sign(null, data, this.ed.privateKey).toString('base64')
  }

  private signRsa (data: Buffer): string {
    return sign('sha256', data, this.rsa().privateKey).toString('base64')
  }

  /** The payload GHL would send for the event: documented defaults, then the event's own fields. */
  build (event: WebhookInput): WebhookPayload {
    if (event === null || typeof event !== 'object' || typeof event.type !== 'string' || event.type.length === 0) {
      throw new TypeError('event.type must be a non-empty string')
    }
    const { settings, clock } = this.ctx
    const common = { appId: settings.appId, timestamp: clock.iso(), webhookId: randomUUID() }
    let base: Record<string, unknown>
    switch (event.type) {
      case 'INSTALL': {
        const company = event.installType === 'Company'
        base = {
          type: 'INSTALL',
          appId: common.appId,
          versionId: settings.appId,
          installType: company ? 'Company' : 'Location',
          ...(company ? {} : { locationId: settings.defaultLocationId }),
          companyId: settings.companyId,
          userId: DEFAULT_USER_ID,
          companyName: 'Sandbox Agency',
          isWhitelabelCompany: false,
          timestamp: common.timestamp,
          webhookId: common.webhookId
        }
        break
      }
      case 'UNINSTALL':
        base = {
          type: 'UNINSTALL',
          appId: common.appId,
          ...('companyId' in event && !('locationId' in event) ? {} : { locationId: settings.defaultLocationId }),
          timestamp: common.timestamp,
          webhookId: common.webhookId
        }
        break
      case 'ContactCreate': {
        const stored = typeof event.id === 'string' ? this.ctx.findContact(event.id) : undefined
        base = {
          type: 'ContactCreate',
          locationId: stored?.locationId ?? settings.defaultLocationId,
          id: stored?.id ?? randomId(),
          email: stored?.email ?? 'webhook.contact@example.com',
          firstName: stored?.firstName ?? 'Webhook',
          lastName: stored?.lastName ?? 'Contact',
          name: stored?.name ?? 'Webhook Contact',
          ...(stored?.phone !== undefined ? { phone: stored.phone } : {}),
          tags: stored !== undefined ? [...stored.tags] : [],
          dateAdded: stored?.dateAdded ?? common.timestamp,
          timestamp: common.timestamp,
          webhookId: common.webhookId,
          appId: common.appId
        }
        break
      }
      default:
        base = { type: event.type, appId: common.appId, locationId: settings.defaultLocationId, timestamp: common.timestamp, webhookId: common.webhookId }
    }
    const out: Record<string, unknown> = { ...base, ...event }
    for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
    return out as WebhookPayload
  }

  async send (targetUrl: string, event: WebhookInput | WebhookPayload, opts: SendWebhookOptions = {}): Promise<SendWebhookResult> {
    let url: URL
    try {
      url = new URL(targetUrl)
    } catch {
      throw new TypeError('targetUrl must be an absolute http(s) URL')
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('targetUrl must be an absolute http(s) URL')
    const scheme: WebhookScheme = opts.scheme ?? 'ed25519'
    if (!SCHEMES.has(scheme)) throw new TypeError("scheme must be 'ed25519', 'rsa' or 'both'")
    const payload = this.build(event as WebhookInput)
    const signed = JSON.stringify(payload)
    const data = Buffer.from(signed, 'utf8')
    const raw = opts.tamper === true ? tamperBody(signed) : signed
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(raw),
      'user-agent': 'GoHighLevel-Webhooks-Sandbox/1.0'
    }
    if (scheme !== 'rsa') headers['x-ghl-signature'] = this.signEd25519(data)
    if (scheme !== 'ed25519') headers['x-wh-signature'] = this.signRsa(data)
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
    const { status, body } = await this.post(url, headers, raw, timeoutMs)
    const meta = { webhookId: payload.webhookId, type: payload.type }
    this.log.push({ ...meta, attempt: 1, status, at: this.ctx.clock.now() })
    const retryScheduled = status === 429 && this.ctx.settings.webhookRetries > 0
    if (retryScheduled) this.retryLater(url, headers, raw, timeoutMs, meta, 2)
    return { status, body, payload, retryScheduled }
  }

  /** GHL's retry of a 429'd delivery: the same bytes and headers, later; again after another 429 while retries are left. */
  private retryLater (url: URL, headers: Record<string, string | number>, raw: string, timeoutMs: number, meta: { webhookId: string | undefined, type: string }, attempt: number): void {
    const timer = setTimeout(() => {
      this.retries.delete(timer)
      this.post(url, headers, raw, timeoutMs).then(({ status }) => {
        this.log.push({ ...meta, attempt, status, at: this.ctx.clock.now() })
        if (status === 429 && attempt <= this.ctx.settings.webhookRetries) this.retryLater(url, headers, raw, timeoutMs, meta, attempt + 1)
      }, (err: unknown) => {
        // GHL gives up on a delivery that did not get an answer (only 429 is retried).
        this.log.push({ ...meta, attempt, status: 0, at: this.ctx.clock.now(), error: (err as Error).message })
      })
    }, this.ctx.settings.webhookRetryDelayMs)
    this.retries.add(timer)
  }

  deliveries (): WebhookDelivery[] {
    return this.log.map((d) => ({ ...d }))
  }

  pendingRetries (): number {
    return this.retries.size
  }

  private post (url: URL, headers: Record<string, string | number>, raw: string, timeoutMs: number): Promise<{ status: number, body: string }> {
    const ac = new AbortController()
    this.inflight.add(ac)
    const send = url.protocol === 'https:' ? httpsRequest : request
    return new Promise<{ status: number, body: string }>((resolve, reject) => {
      const req = send(url, { method: 'POST', headers, agent: false, signal: ac.signal, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      })
      req.on('timeout', () => req.destroy(new Error(`webhook delivery to ${url.href} timed out after ${timeoutMs} ms`)))
      req.on('error', reject)
      req.end(raw)
    }).finally(() => this.inflight.delete(ac))
  }

  /** Aborts deliveries in flight. */
  close (): void {
    for (const timer of this.retries) clearTimeout(timer)
    this.retries.clear()
    for (const ac of this.inflight) ac.abort()
    this.inflight.clear()
  }
}

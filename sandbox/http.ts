// Low-level HTTP helpers over node:http: the reply object, body reading and parsing, GHL-style error bodies.
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'

export const MAX_BODY_BYTES = 1024 * 1024
/** Past this, a too-large body is not drained any more: the socket is destroyed. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024

export type Headers = Record<string, string | number>

/** One answer per request. `drop` turns the answer into a destroyed socket (the "lost response" fault). */
export class Reply {
  sent = false
  drop = false
  status = 0
  private extra: Headers | undefined
  private forced: Headers | undefined

  constructor (
    readonly res: ServerResponse,
    private readonly onStatus: (status: number) => void
  ) {}

  header (name: string, value: string | number): this {
    if (this.extra === undefined) this.extra = {}
    this.extra[name] = value
    return this
  }

  headers (values: Headers | undefined): this {
    if (values !== undefined) for (const k of Object.keys(values)) this.header(k, values[k])
    return this
  }

  /** Headers that win over any set by the handler (a fault's headers on the real answer). */
  force (values: Headers | undefined): this {
    this.forced = values
    return this
  }

  json (status: number, body: unknown): void {
    this.end(status, body === undefined ? '' : JSON.stringify(body), 'application/json; charset=utf-8')
  }

  redirect (location: string): void {
    this.header('location', location)
    this.end(302, '', undefined)
  }

  /** Destroys the connection without answering. */
  destroy (): void {
    if (this.sent) return
    this.sent = true
    this.res.socket?.destroy()
  }

  private end (status: number, payload: string, type: string | undefined): void {
    if (this.sent) return
    this.sent = true
    this.status = status
    this.onStatus(status)
    if (this.drop) {
      this.res.socket?.destroy()
      return
    }
    const res = this.res
    if (res.destroyed) return
    const h: Headers = { 'content-length': Buffer.byteLength(payload) }
    if (type !== undefined) h['content-type'] = type
    if (this.extra !== undefined) Object.assign(h, this.extra)
    if (this.forced !== undefined) Object.assign(h, this.forced)
    res.writeHead(status, h)
    res.end(payload)
  }
}

export type BodyResult = { ok: true, body: Buffer } | { ok: false, reason: 'too-large' | 'aborted' }

const EMPTY = Buffer.alloc(0)

/** Reads the request body up to `limit` bytes; a larger body is drained (up to 16 MB) and reported as too large. */
export function readBody (req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = req.headers['content-length']
  // no Content-Length and no Transfer-Encoding: no body (RFC 9112 §6.3); node discards the empty stream itself
  if (declared === '0' || (declared === undefined && req.headers['transfer-encoding'] === undefined)) {
    return Promise.resolve({ ok: true, body: EMPTY })
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = declared !== undefined && Number(declared) > limit
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      if (tooLarge) {
        chunks.length = 0
        if (size > MAX_DRAIN_BYTES) req.socket.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (tooLarge) resolve({ ok: false, reason: 'too-large' })
      else resolve({ ok: true, body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) })
    })
    req.on('error', () => resolve({ ok: false, reason: 'aborted' }))
    req.on('aborted', () => resolve({ ok: false, reason: 'aborted' }))
  })
}

/** Reads the rest of the request and ignores it. */
export function drain (req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return Promise.resolve()
  return new Promise((resolve) => {
    req.on('end', resolve)
    req.on('error', () => resolve())
    req.on('close', () => resolve())
    req.resume()
  })
}

export function mediaType (req: IncomingMessage): string {
  const ct = req.headers['content-type']
  if (ct === undefined) return ''
  const semi = ct.indexOf(';')
  return (semi === -1 ? ct : ct.slice(0, semi)).trim().toLowerCase()
}

export function parseForm (body: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of new URLSearchParams(body.toString('utf8'))) out[k] = v
  return out
}

export type ParsedBody = { ok: true, value: unknown } | { ok: false, message: string }

/** JSON and form bodies as NestJS parses them; anything else (or nothing) is an empty object. */
export function parseBody (req: IncomingMessage, body: Buffer): ParsedBody {
  if (body.length === 0) return { ok: true, value: {} }
  const type = mediaType(req)
  if (type === 'application/x-www-form-urlencoded') return { ok: true, value: parseForm(body) }
  if (type === 'application/json' || type.endsWith('+json') || type === '') {
    try {
      return { ok: true, value: JSON.parse(body.toString('utf8')) }
    } catch (err) {
      return { ok: false, message: (err as Error).message }
    }
  }
  return { ok: true, value: {} }
}

export function statusText (status: number): string {
  return STATUS_CODES[status] ?? 'Error'
}

/** `{ statusCode, message, error }` as GHL's NestJS services answer. */
export function errorBody (status: number, message: string | string[], withError = true): Record<string, unknown> {
  return withError ? { statusCode: status, message, error: statusText(status) } : { statusCode: status, message }
}

export function isObject (v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

// Fault injection: a queue of FaultSpecs matched by path (exact or 'prefix*') and method, consumed in order of
// addition, each for `count` matching requests.
import type { FaultSpec } from './types.js'

const DROPS = new Set(['before-response', 'after-request'])

interface ActiveFault {
  spec: FaultSpec
  remaining: number
  /** set when the path ends in '*' */
  prefix?: string
  method?: string
}

function fail (message: string): never {
  throw new TypeError(`fault.${message}`)
}

/** Validates a FaultSpec (from code or JSON) and returns a clean copy. */
export function normalizeFault (input: unknown): FaultSpec {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new TypeError('fault must be an object')
  const f = input as Record<string, unknown>
  if (typeof f.path !== 'string' || !f.path.startsWith('/')) fail("path must be a string starting with '/'")
  const out: FaultSpec = { path: f.path }
  if (f.method !== undefined) {
    if (typeof f.method !== 'string' || f.method.length === 0) fail('method must be a non-empty string')
    out.method = f.method.toUpperCase()
  }
  if (f.count !== undefined) {
    if (typeof f.count !== 'number' || !Number.isInteger(f.count) || f.count < 1) fail('count must be a positive integer')
    out.count = f.count
  }
  if (f.status !== undefined) {
    if (typeof f.status !== 'number' || !Number.isInteger(f.status) || f.status < 200 || f.status > 599) fail('status must be an integer from 200 to 599')
    out.status = f.status
  }
  if (f.body !== undefined) out.body = f.body
  if (f.headers !== undefined) {
    if (f.headers === null || typeof f.headers !== 'object' || Array.isArray(f.headers)) fail('headers must be an object')
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(f.headers as Record<string, unknown>)) {
      if (typeof v !== 'string' && typeof v !== 'number') fail(`headers.${k} must be a string`)
      headers[k.toLowerCase()] = String(v)
    }
    out.headers = headers
  }
  if (f.delayMs !== undefined) {
    if (typeof f.delayMs !== 'number' || !Number.isFinite(f.delayMs) || f.delayMs < 0) fail('delayMs must be a non-negative number')
    out.delayMs = f.delayMs
  }
  if (f.drop !== undefined) {
    if (typeof f.drop !== 'string' || !DROPS.has(f.drop)) fail("drop must be 'before-response' or 'after-request'")
    out.drop = f.drop as FaultSpec['drop']
  }
  if (out.status === undefined && out.body === undefined && out.headers === undefined && out.delayMs === undefined && out.drop === undefined) {
    fail('needs at least one of status, body, headers, delayMs, drop')
  }
  return out
}

export class Faults {
  private list: ActiveFault[] = []

  add (input: unknown): FaultSpec {
    const spec = normalizeFault(input)
    const active: ActiveFault = { spec, remaining: spec.count ?? 1, method: spec.method }
    if (spec.path.endsWith('*')) active.prefix = spec.path.slice(0, -1)
    this.list.push(active)
    return spec
  }

  clear (): void {
    this.list = []
  }

  pending (): FaultSpec[] {
    return this.list.map((f) => ({ ...f.spec, count: f.remaining }))
  }

  /** The first fault matching the request, used once. */
  take (method: string, path: string): FaultSpec | undefined {
    const list = this.list
    if (list.length === 0) return undefined
    for (let i = 0; i < list.length; i++) {
      const f = list[i]
      if (f.method !== undefined && f.method !== method) continue
      if (f.prefix !== undefined ? !path.startsWith(f.prefix) : path !== f.spec.path) continue
      if (--f.remaining <= 0) list.splice(i, 1)
      return f.spec
    }
    return undefined
  }
}

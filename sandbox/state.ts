// Shared in-memory state: the clock, the counters, the locations, ids, and the timers close() must clear.
import { randomBytes } from 'node:crypto'
import type { Settings } from './settings.js'
import type { LocationInfo, LocationSettings, SandboxStats } from './types.js'

export class Clock {
  private offset = 0
  constructor (private readonly base: () => number) {}
  readonly now = (): number => this.base() + this.offset
  advance (ms: number): void {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new TypeError('ms must be a non-negative number')
    this.offset += ms
  }

  iso (): string {
    return new Date(this.now()).toISOString()
  }
}

export function emptyStats (): SandboxStats {
  return {
    requests: 0,
    tokenCalls: { authorization_code: 0, refresh_token: 0, client_credentials: 0, location_token: 0, total: 0 },
    refreshes: 0,
    invalidGrant: 0,
    invalidClient: 0,
    apiCalls: { total: 0 },
    unauthorized: 0,
    forbidden: 0,
    unprocessable: 0,
    rateLimited: 0,
    faultsInjected: 0,
    maxBurstObserved: 0,
    contactsCreated: 0
  }
}

export function copyStats (s: SandboxStats): SandboxStats {
  return { ...s, tokenCalls: { ...s.tokenCalls }, apiCalls: { ...s.apiCalls } }
}

/** Counts an answer by its status (the same for real and injected answers). */
export function countStatus (stats: SandboxStats, status: number): void {
  if (status === 401) stats.unauthorized++
  else if (status === 403) stats.forbidden++
  else if (status === 422) stats.unprocessable++
  else if (status === 429) stats.rateLimited++
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** A GHL-looking id: 20 alphanumeric characters. */
export function randomId (length = 20): string {
  const bytes = randomBytes(length)
  let out = ''
  for (let i = 0; i < length; i++) out += ALNUM[bytes[i] % 62]
  return out
}

/** Unguessable token strings: prefix + 32 random bytes, base64url. */
export function randomToken (prefix: string): string {
  return prefix + randomBytes(32).toString('base64url')
}

export class Locations {
  private readonly map = new Map<string, LocationInfo>()
  constructor (private readonly settings: Settings) {
    this.ensure(settings.defaultLocationId, settings.companyId)
  }

  get (id: string): LocationInfo | undefined {
    return this.map.get(id)
  }

  /** The location, registered under `companyId` (default: the sandbox's company) when unknown. */
  ensure (id: string, companyId?: string): LocationInfo {
    let loc = this.map.get(id)
    if (loc === undefined) {
      loc = {
        id,
        companyId: companyId ?? this.settings.companyId,
        name: `Sandbox Location ${id}`,
        address: '1 Sandbox Way, Testville, TX 75001, USA',
        allowDuplicates: this.settings.allowDuplicateContacts,
        allowDuplicateOpportunities: false,
        active: true,
        installed: false
      }
      this.map.set(id, loc)
    }
    return loc
  }

  set (id: string, settings: LocationSettings): LocationInfo {
    if (typeof id !== 'string' || id.length === 0) throw new TypeError('locationId must be a non-empty string')
    if (settings === null || typeof settings !== 'object') throw new TypeError('location settings must be an object')
    for (const key of ['allowDuplicates', 'allowDuplicateOpportunities', 'active'] as const) {
      if (settings[key] !== undefined && typeof settings[key] !== 'boolean') throw new TypeError(`${key} must be a boolean`)
    }
    for (const key of ['companyId', 'name', 'address'] as const) {
      const v = settings[key]
      if (v !== undefined && (typeof v !== 'string' || v.length === 0)) throw new TypeError(`${key} must be a non-empty string`)
    }
    const loc = this.ensure(id, settings.companyId)
    if (settings.allowDuplicates !== undefined) loc.allowDuplicates = settings.allowDuplicates
    if (settings.allowDuplicateOpportunities !== undefined) loc.allowDuplicateOpportunities = settings.allowDuplicateOpportunities
    if (settings.active !== undefined) loc.active = settings.active
    if (settings.companyId !== undefined) loc.companyId = settings.companyId
    if (settings.name !== undefined) loc.name = settings.name
    if (settings.address !== undefined) loc.address = settings.address
    return { ...loc }
  }

  markInstalled (id: string, companyId: string, at: string): LocationInfo {
    const loc = this.ensure(id, companyId)
    if (!loc.installed) {
      loc.installed = true
      loc.installedAt = at
    }
    return loc
  }

  ofCompany (companyId: string): LocationInfo[] {
    const out: LocationInfo[] = []
    for (const loc of this.map.values()) if (loc.companyId === companyId) out.push(loc)
    return out
  }
}

/** Data kept per location, created (seeded) on first use. */
export class PerLocation<T> {
  private readonly map = new Map<string, T>()
  constructor (private readonly seed: (locationId: string) => T) {}

  get (locationId: string): T {
    let v = this.map.get(locationId)
    if (v === undefined) this.map.set(locationId, (v = this.seed(locationId)))
    return v
  }

  /** The data of every location seeded so far. */
  all (): T[] {
    return [...this.map.values()]
  }
}

/** setTimeout-based sleeps that close() can cancel (a cancelled sleep never resolves: its request is gone). */
export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>()
  private closed = false

  sleep (ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve()
    return new Promise((resolve) => {
      if (this.closed) return
      const timer = setTimeout(() => {
        this.pending.delete(timer)
        resolve()
      }, ms)
      this.pending.add(timer)
    })
  }

  close (): void {
    this.closed = true
    for (const t of this.pending) clearTimeout(t)
    this.pending.clear()
  }
}

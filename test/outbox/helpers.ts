// Outbox fixtures: plugin options that make retries, parking and leases fast enough for tests, and sandbox readers.
import type { GhlOptions } from '../../index.js'
import type { Sandbox } from '../../sandbox/index.js'
import { eventually } from '../helpers/app.js'

/** Quick backoff, a short lease and poll, no client retries (the outbox retries), a breaker that opens and closes fast. */
export const FAST_OUTBOX: Partial<GhlOptions> = {
  outbox: { pollSeconds: 0.2, leaseSeconds: 3, backoff: { baseMs: 20, capMs: 300 }, recheckSeconds: 1, concurrency: 8 },
  retry: { attempts: 1 },
  rateLimit: false,
  breaker: { resetTimeout: 400, volumeThreshold: 5, errorThresholdPercentage: 50 },
  refresher: false
}

/** Every GHL contact route answers 503 until cleared. */
export function outage (sb: Sandbox): void {
  sb.addFault({ path: '/contacts/*', status: 503, count: 1_000_000, body: { statusCode: 503, message: 'Service Unavailable' } })
}

export interface ContactCheck { total: number, emails: Set<string>, duplicates: string[], untagged: string[] }

/** The location's contacts: how many, their emails, duplicates, and those missing a tag. */
export function contactsOf (sb: Sandbox, location: string, tag: (email: string) => string): ContactCheck {
  const contacts = sb.contacts(location)
  const emails = new Set<string>()
  const duplicates: string[] = []
  const untagged: string[] = []
  for (const c of contacts) {
    const email = String(c.email)
    if (emails.has(email)) duplicates.push(email)
    emails.add(email)
    if (!c.tags.includes(tag(email))) untagged.push(email)
  }
  return { total: contacts.length, emails, duplicates, untagged }
}

export async function waitForContacts (sb: Sandbox, location: string, n: number, timeoutMs = 30_000): Promise<void> {
  await eventually(() => sb.contacts(location).length >= n, timeoutMs, `${n} contacts in ${location}`)
}

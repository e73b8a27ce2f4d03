// The sandbox's parts in one object handed to every handler, and the request context.
import type { IncomingMessage } from 'node:http'
import { CalendarStore } from './calendars.js'
import { ContactRecordStore } from './contact-records.js'
import { ContactStore } from './contact-store.js'
import { CustomFieldStore } from './custom-fields.js'
import { Faults } from './faults.js'
import type { Reply } from './http.js'
import { OpportunityStore } from './opportunity-store.js'
import { RateLimiter } from './rate-limit.js'
import type { Settings } from './settings.js'
import { Clock, emptyStats, Locations, Timers } from './state.js'
import { TokenStore } from './tokens.js'
import type { SandboxStats } from './types.js'
import { UserStore } from './users.js'
import { Webhooks } from './webhooks.js'
import { Catalog } from './workflows.js'

export interface Core {
  /** set once listening, e.g. http://127.0.0.1:41234 */
  url: string
  settings: Settings
  clock: Clock
  stats: SandboxStats
  locations: Locations
  tokens: TokenStore
  contacts: ContactStore
  /** notes, tasks, workflow and campaign memberships of contacts */
  records: ContactRecordStore
  /** custom fields and custom values */
  fields: CustomFieldStore
  opportunities: OpportunityStore
  /** workflows and campaigns */
  catalog: Catalog
  users: UserStore
  calendars: CalendarStore
  limiter: RateLimiter
  faults: Faults
  webhooks: Webhooks
  timers: Timers
}

export interface RequestContext {
  req: IncomingMessage
  method: string
  path: string
  /** raw query string, without '?' */
  search: string
  reply: Reply
}

export async function createCore (settings: Settings): Promise<Core> {
  const clock = new Clock(settings.now)
  const stats = emptyStats()
  const locations = new Locations(settings)
  const contacts = new ContactStore()
  const webhooks = await Webhooks.create({ settings, clock, findContact: (id) => contacts.get(id) })
  const users = new UserStore(settings, locations)
  return {
    url: '',
    settings,
    clock,
    stats,
    locations,
    tokens: new TokenStore(settings, clock, locations),
    contacts,
    records: new ContactRecordStore(),
    fields: new CustomFieldStore(),
    opportunities: new OpportunityStore(),
    catalog: new Catalog(clock),
    users,
    calendars: new CalendarStore(users),
    limiter: new RateLimiter(settings.rateLimit, clock, stats),
    faults: new Faults(),
    webhooks,
    timers: new Timers()
  }
}

/** Resets the counters in place (the limiter keeps a reference to the same object). */
export function resetStats (core: Core): void {
  Object.assign(core.stats, emptyStats())
}

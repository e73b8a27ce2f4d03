// The resources of one connection, built on any token-managed requester (the API client's, or an instrumented one).
import type { Requester } from '../client/types.js'
import { createCalendarsApi, type CalendarsApi } from './calendars.js'
import { createContactsApi, type ContactsApi } from './contacts.js'
import { createFieldKeys, createLocationFieldsApi, type CustomFieldsApi, type CustomValuesApi } from './custom-fields.js'
import { createDirectoryApi, type CampaignsApi, type UsersApi, type WorkflowsApi } from './directory.js'
import { createOpportunitiesApi, type OpportunitiesApi } from './opportunities.js'
import { createSyncSignup, type SyncSignup } from './sync-signup.js'

export interface ResourceOptions {
  /** Tags per signup type for `syncSignup`. Default `{ account: ['customer'], newsletter: ['newsletter'], trial: ['trial'] }`. */
  signupTags?: Record<string, readonly string[]>
}

export interface Resources {
  /** Contacts, with their notes, tasks, workflow and campaign memberships. */
  contacts: ContactsApi
  /** Opportunities, and `pipelines.list()`. */
  opportunities: OpportunitiesApi
  /** The location's custom fields (list, get by key, create); the same cached list resolves fields by key. */
  customFields: CustomFieldsApi
  customValues: CustomValuesApi
  users: UsersApi
  workflows: WorkflowsApi
  campaigns: CampaignsApi
  /** Calendars, free slots, appointments. */
  calendars: CalendarsApi
  syncSignup: SyncSignup
}

export function createResources (request: Requester, connection: string | undefined, options: ResourceOptions = {}): Resources {
  const fieldKeys = createFieldKeys(request)
  const contacts = createContactsApi(request, connection, { fieldKeys })
  const opportunities = createOpportunitiesApi(request, connection)
  return {
    contacts,
    opportunities,
    ...createLocationFieldsApi(request, connection, fieldKeys),
    ...createDirectoryApi(request, connection),
    calendars: createCalendarsApi(request, connection),
    syncSignup: createSyncSignup({ contacts, opportunities }, options.signupTags)
  }
}

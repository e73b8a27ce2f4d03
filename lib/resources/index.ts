// The resources of one connection, built on any token-managed requester (the API client's, or an instrumented one).
import type { Requester } from '../client/types.js'
import { createContactsApi, type ContactsApi } from './contacts.js'
import { createSyncSignup, type SyncSignup } from './sync-signup.js'

export interface ResourceOptions {
  /** Tags per signup type for `syncSignup`. Default `{ account: ['customer'], newsletter: ['newsletter'], trial: ['trial'] }`. */
  signupTags?: Record<string, readonly string[]>
}

export interface Resources {
  contacts: ContactsApi
  syncSignup: SyncSignup
}

export function createResources (request: Requester, connection: string | undefined, options: ResourceOptions = {}): Resources {
  const contacts = createContactsApi(request, connection)
  return { contacts, syncSignup: createSyncSignup(contacts, options.signupTags) }
}

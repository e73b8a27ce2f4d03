// syncSignup(user, signupType): a signup in the host app becomes a GHL contact, tagged by the kind of signup.
// The seed's `sync_to_company_ghl`. An upsert, so the same user twice is one contact; tags are added, never replaced.
import { GhlConfigError, GhlValidationError } from '../errors.js'
import type { ContactsApi } from './contacts.js'
import type { CustomFieldInput, CustomFieldValue, UpsertContactInput, UpsertContactResponse } from './contact-types.js'

/** Tags added per signup type (the signup type itself is always added too). */
export const DEFAULT_SIGNUP_TAGS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  account: Object.freeze(['customer']),
  newsletter: Object.freeze(['newsletter']),
  trial: Object.freeze(['trial'])
})

export interface SignupUser {
  email: string
  /** Full name, split into first name (first word) and last name (the rest) unless firstName/lastName are given. */
  name?: string | null
  firstName?: string | null
  lastName?: string | null
  phone?: string | null
  /** Extra tags. */
  tags?: readonly string[]
  /** GHL's form (`[{ id | key, field_value }]`) or a map from custom field key to value. */
  customFields?: readonly CustomFieldInput[] | Record<string, CustomFieldValue>
  /** Contact source shown in GHL. Default `fastify-ghl <signupType> signup`. */
  source?: string
  companyName?: string | null
  /** Target location; default the client's connection. */
  locationId?: string
}

export type SyncSignup = (user: SignupUser, signupType: string) => Promise<UpsertContactResponse>

/** "Ada King Lovelace" → { firstName: "Ada", lastName: "King Lovelace" } */
export function splitName (name: string): { firstName?: string, lastName?: string } {
  const parts = name.trim().split(/\s+/).filter((p) => p !== '')
  if (parts.length === 0) return {}
  if (parts.length === 1) return { firstName: parts[0] }
  return { firstName: parts[0], lastName: parts.slice(1).join(' ') }
}

function nonEmpty (value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/** The tags of a signup: the mapped ones, the signup type, the user's extra tags; deduplicated, in that order. */
export function signupTagsFor (signupType: string, user: Pick<SignupUser, 'tags'>, map: Readonly<Record<string, readonly string[]>>): string[] {
  const tags = new Set<string>()
  const mapped = Object.hasOwn(map, signupType) ? map[signupType] : undefined
  for (const tag of mapped ?? []) tags.add(tag)
  tags.add(signupType)
  for (const tag of user.tags ?? []) {
    const t = nonEmpty(tag)
    if (t !== undefined) tags.add(t)
  }
  return [...tags]
}

/** Maps a signup to the body of `contacts.upsert` (exported for tests and for hosts that want to adjust it). */
export function signupToContact (user: SignupUser, signupType: string, map: Readonly<Record<string, readonly string[]>>): UpsertContactInput {
  if (user === null || typeof user !== 'object') throw new GhlValidationError('user must be an object')
  if (typeof signupType !== 'string' || signupType.trim() === '') throw new GhlValidationError('signupType must be a non-empty string')
  const email = nonEmpty(user.email)
  if (email === undefined) throw new GhlValidationError('user.email is required')
  const type = signupType.trim()

  const contact: UpsertContactInput = { email: email.toLowerCase() }
  if (user.locationId !== undefined) contact.locationId = user.locationId
  let firstName = nonEmpty(user.firstName)
  let lastName = nonEmpty(user.lastName)
  const name = nonEmpty(user.name)
  if (name !== undefined && firstName === undefined && lastName === undefined) ({ firstName, lastName } = splitName(name))
  if (firstName !== undefined) contact.firstName = firstName
  if (lastName !== undefined) contact.lastName = lastName
  if (name !== undefined) contact.name = name
  else if (firstName !== undefined || lastName !== undefined) contact.name = [firstName, lastName].filter((p) => p !== undefined).join(' ')
  const phone = nonEmpty(user.phone)
  if (phone !== undefined) contact.phone = phone
  const companyName = nonEmpty(user.companyName)
  if (companyName !== undefined) contact.companyName = companyName
  contact.source = nonEmpty(user.source) ?? `fastify-ghl ${type} signup`
  contact.tags = signupTagsFor(type, user, map)

  const fields = user.customFields
  if (Array.isArray(fields)) {
    if (fields.length > 0) contact.customFields = [...fields]
  } else if (fields !== undefined && fields !== null) {
    if (typeof fields !== 'object') throw new GhlValidationError('user.customFields must be an array or an object')
    const list: CustomFieldInput[] = []
    for (const [key, value] of Object.entries(fields as Record<string, CustomFieldValue>)) list.push({ key, field_value: value })
    if (list.length > 0) contact.customFields = list
  }
  return contact
}

/**
 * syncSignup(user, signupType): upserts the contact (matched by email, then phone, per the location's duplicate
 * settings) WITHOUT tags, then adds the tags it lacks through POST /contacts/{id}/tags. GHL documents that tags in an
 * upsert body replace all current tags, so sending them there would drop the tags of earlier signups (a newsletter
 * subscriber who later opens an account must keep `newsletter`). Both calls are idempotent: the same user twice is one
 * contact with the same tags, and a second sync costs one call when nothing is missing.
 */
export function createSyncSignup (contacts: ContactsApi, map: Readonly<Record<string, readonly string[]>> = DEFAULT_SIGNUP_TAGS): SyncSignup {
  for (const [type, tags] of Object.entries(map)) {
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
      throw new GhlConfigError(`options.signupTags.${type} must be an array of strings`)
    }
  }
  return async function syncSignup (user, signupType) {
    const { tags = [], ...fields } = signupToContact(user, signupType, map)
    const result = await contacts.upsert(fields)
    const contact = result.contact
    const have = new Set(Array.isArray(contact?.tags) ? contact.tags : [])
    const missing = tags.filter((t) => !have.has(t))
    if (missing.length === 0 || typeof contact?.id !== 'string') return result
    const added = await contacts.addTags(contact.id, missing)
    return { ...result, contact: { ...contact, tags: Array.isArray(added.tags) ? added.tags : [...have, ...missing] } }
  }
}

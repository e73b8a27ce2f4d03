// syncSignup(user, signupType, options?): a signup in the host app becomes a GHL contact, tagged by the kind of
// signup, optionally put in a workflow, given an opportunity in a pipeline stage and a note. The seed's
// `sync_to_company_ghl`. Every step converges: the same signup twice is one contact, one opportunity, one note.
// `syncSignupWith` is the same over any resources (the outbox replays it); `createSyncSignup` binds it.
import { GhlConfigError, GhlDuplicateContactError, GhlValidationError } from '../errors.js'
import type { Note } from './contact-records.js'
import type { ContactsApi } from './contacts.js'
import type { CustomFieldInput, CustomFieldValue, UpdateContactInput, UpsertContactInput, UpsertContactResponse } from './contact-types.js'
import type { OpportunitiesApi, UpsertOpportunityInput, UpsertOpportunityResponse } from './opportunities.js'
import { validateBody } from './validate-body.js'

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

/** What a signup flow does next, each step idempotent. */
export interface SyncSignupOptions {
  /** Adds the contact to this workflow (adding again changes nothing). */
  workflowId?: string
  /**
   * Upserts the contact's opportunity in this pipeline, in `stageId` (one per contact and pipeline: a second sync
   * updates it, also moving it back to `stageId`). `name` default: the contact's name, else the email.
   */
  opportunity?: { pipelineId: string, stageId: string, name?: string, monetaryValue?: number }
  /** A note on the contact, marked with the signup key: a retry (or the same signup again) adds no second note. */
  note?: string
  /** Identifies the signup in the note's mark. Default `<signupType>:<email>`. */
  signupKey?: string
}

export interface SyncSignupResult extends UpsertContactResponse {
  /** The upserted opportunity, when `options.opportunity` was given. */
  opportunity?: UpsertOpportunityResponse['opportunity']
  /** The note (created now, or found from an earlier run), when `options.note` was given. */
  note?: Note
}

export type SyncSignup = (user: SignupUser, signupType: string, options?: SyncSignupOptions) => Promise<SyncSignupResult>

/** The resources a signup sync uses (opportunities only for `options.opportunity`). */
export interface SignupResources {
  contacts: ContactsApi
  opportunities?: OpportunitiesApi
}

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

/** The mark that identifies a signup's note: `[fastify-ghl signup <key>]`. */
export function signupNoteMark (signupKey: string): string {
  return `[fastify-ghl signup ${signupKey}]`
}

/** Fields of UpdateContactDto a signup may set on a contact that already exists (identity fields stay as they are). */
const UPDATABLE_ON_DUPLICATE = ['firstName', 'lastName', 'name', 'source', 'customFields'] as const

/** Checks syncSignup's options (GHL_VALIDATION naming the option); also used by the outbox before it stores a job. */
export function checkSyncSignupOptions (options: unknown): asserts options is SyncSignupOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new GhlValidationError('options must be an object')
  const o = options as Record<string, unknown>
  for (const key of ['workflowId', 'note', 'signupKey'] as const) {
    if (o[key] !== undefined && (typeof o[key] !== 'string' || (o[key] as string).trim() === '')) {
      throw new GhlValidationError(`options.${key} must be a non-empty string`)
    }
  }
  if (o.opportunity === undefined) return
  const opp = o.opportunity as Record<string, unknown> | null
  if (opp === null || typeof opp !== 'object') throw new GhlValidationError('options.opportunity must be an object')
  for (const key of ['pipelineId', 'stageId'] as const) {
    if (typeof opp[key] !== 'string' || opp[key] === '') throw new GhlValidationError(`options.opportunity.${key} must be a non-empty string`)
  }
}

function opportunityBody (opp: NonNullable<SyncSignupOptions['opportunity']>, contactId: string, name: string, locationId: string | undefined): UpsertOpportunityInput {
  const body: UpsertOpportunityInput = { pipelineId: opp.pipelineId, pipelineStageId: opp.stageId, contactId, name: opp.name ?? name }
  if (opp.monetaryValue !== undefined) body.monetaryValue = opp.monetaryValue
  if (locationId !== undefined) body.locationId = locationId
  return body
}

/**
 * The contact of a signup: upserted (matched by email, then phone, per the location's duplicate settings) WITHOUT
 * tags. When GHL answers that the location does not allow the duplicate (the email matches one contact and the phone
 * another), the contact it names is updated instead, so a duplicate never fails the sync.
 */
async function upsertContact (contacts: ContactsApi, fields: UpsertContactInput): Promise<UpsertContactResponse> {
  try {
    return await contacts.upsert(fields)
  } catch (err) {
    if (!(err instanceof GhlDuplicateContactError)) throw err
    const changes: UpdateContactInput = {}
    for (const key of UPDATABLE_ON_DUPLICATE) if (fields[key] !== undefined) (changes as Record<string, unknown>)[key] = fields[key]
    const res = await contacts.update(err.contactId, changes)
    return { new: false, contact: res.contact, ...(res.traceId === undefined ? {} : { traceId: res.traceId }) }
  }
}

/**
 * syncSignup over `resources`: (1) the contact, upserted without tags (GHL documents that tags in an upsert body
 * REPLACE all current tags, so sending them there would drop the tags of earlier signups: a newsletter subscriber who
 * later opens an account must keep `newsletter`); (2) the tags it lacks, through POST /contacts/{id}/tags; (3) the
 * workflow; (4) the opportunity, upserted in its stage; (5) the note, unless one with the signup's mark exists.
 * Every step converges, so a retry after any failure finishes the job without doubling anything. Options are checked
 * before the first call; a contact body or custom field key GHL would refuse fails before any write.
 */
export async function syncSignupWith (
  resources: SignupResources,
  user: SignupUser,
  signupType: string,
  options: SyncSignupOptions = {},
  map: Readonly<Record<string, readonly string[]>> = DEFAULT_SIGNUP_TAGS
): Promise<SyncSignupResult> {
  const { contacts, opportunities } = resources
  const { tags = [], ...fields } = signupToContact(user, signupType, map)
  checkSyncSignupOptions(options)
  if (options.opportunity !== undefined) {
    if (opportunities === undefined) throw new GhlConfigError('syncSignup: options.opportunity needs the opportunities resource')
    // the opportunity body checked now, before any write (its contact id is not known yet)
    validateBody('opportunities', 'Upsert-opportunity', { ...opportunityBody(options.opportunity, 'pending', 'pending', 'pending'), followers: [], isRemoveAllFollowers: false, followersActionType: 'add' }, 'options.opportunity')
  }

  const result: SyncSignupResult = await upsertContact(contacts, fields)
  const contact = result.contact
  const contactId = contact?.id
  if (typeof contactId !== 'string') return result

  const have = new Set(Array.isArray(contact.tags) ? contact.tags : [])
  const missing = tags.filter((t) => !have.has(t))
  if (missing.length > 0) {
    const added = await contacts.addTags(contactId, missing)
    result.contact = { ...contact, tags: Array.isArray(added.tags) ? added.tags : [...have, ...missing] }
  }
  if (options.workflowId !== undefined) await contacts.workflows.add(contactId, options.workflowId)
  if (options.opportunity !== undefined && opportunities !== undefined) {
    const name = typeof contact.name === 'string' && contact.name !== '' ? contact.name : (fields.name ?? fields.email ?? 'Signup')
    const res = await opportunities.upsert(opportunityBody(options.opportunity, contactId, name, fields.locationId))
    result.opportunity = res.opportunity
  }
  if (options.note !== undefined) {
    const mark = signupNoteMark(options.signupKey ?? `${signupType.trim()}:${fields.email ?? ''}`)
    const { notes = [] } = await contacts.notes.list(contactId)
    const existing = notes.find((n) => typeof n.body === 'string' && n.body.includes(mark))
    result.note = existing ?? (await contacts.notes.create(contactId, { body: `${options.note}\n\n${mark}` })).note
  }
  return result
}

/** syncSignup bound to a connection's resources (or to its contacts alone: no `opportunity` option then). */
export function createSyncSignup (resources: ContactsApi | SignupResources, map: Readonly<Record<string, readonly string[]>> = DEFAULT_SIGNUP_TAGS): SyncSignup {
  for (const [type, tags] of Object.entries(map)) {
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
      throw new GhlConfigError(`options.signupTags.${type} must be an array of strings`)
    }
  }
  const bound: SignupResources = 'contacts' in resources ? resources : { contacts: resources }
  return async function syncSignup (user, signupType, options) {
    return await syncSignupWith(bound, user, signupType, options, map)
  }
}

// In-memory contacts per location, with email and phone indexes for duplicate checks and upserts.
import { normalizeDateOfBirth, normalizePhone, phoneKey } from './contact-input.js'
import { mergeFieldValues, type FieldValue } from './custom-fields.js'
import { randomId } from './state.js'
import type { SandboxContact } from './types.js'

/** Fields copied as given (null removes them). */
const PLAIN = ['address1', 'city', 'state', 'postalCode', 'website', 'timezone', 'dnd', 'dndSettings', 'inboundDndSettings',
  'source', 'country', 'companyName', 'assignedTo', 'gender'] as const

interface LocationContacts {
  contacts: Map<string, SandboxContact>
  emails: Map<string, Set<string>>
  phones: Map<string, Set<string>>
}

function addIndex (index: Map<string, Set<string>>, key: string | undefined, id: string): void {
  if (key === undefined || key === '') return
  let set = index.get(key)
  if (set === undefined) index.set(key, (set = new Set()))
  set.add(id)
}

function removeIndex (index: Map<string, Set<string>>, key: string | undefined, id: string): void {
  if (key === undefined || key === '') return
  const set = index.get(key)
  if (set === undefined) return
  set.delete(id)
  if (set.size === 0) index.delete(key)
}

function emailKey (c: SandboxContact): string | undefined {
  return typeof c.emailLowerCase === 'string' ? c.emailLowerCase : undefined
}

function contactPhoneKey (c: SandboxContact): string | undefined {
  return typeof c.phone === 'string' ? phoneKey(c.phone) : undefined
}

function uniq (tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))]
}

export class ContactStore {
  private readonly byId = new Map<string, SandboxContact>()
  private readonly locations = new Map<string, LocationContacts>()

  private loc (locationId: string): LocationContacts {
    let l = this.locations.get(locationId)
    if (l === undefined) {
      l = { contacts: new Map(), emails: new Map(), phones: new Map() }
      this.locations.set(locationId, l)
    }
    return l
  }

  get (id: string): SandboxContact | undefined {
    return this.byId.get(id)
  }

  list (locationId: string): SandboxContact[] {
    const l = this.locations.get(locationId)
    return l === undefined ? [] : [...l.contacts.values()]
  }

  /** The oldest contact of the location with this email (case-insensitive). */
  findByEmail (locationId: string, email: string, except?: string): SandboxContact | undefined {
    return this.first(this.locations.get(locationId)?.emails.get(email.toLowerCase()), except)
  }

  /** The oldest contact of the location with this phone (compared by digits). */
  findByPhone (locationId: string, phone: string, except?: string): SandboxContact | undefined {
    const key = phoneKey(normalizePhone(phone))
    if (key === '') return undefined
    return this.first(this.locations.get(locationId)?.phones.get(key), except)
  }

  private first (ids: Set<string> | undefined, except: string | undefined): SandboxContact | undefined {
    if (ids === undefined) return undefined
    for (const id of ids) if (id !== except) return this.byId.get(id)
    return undefined
  }

  create (locationId: string, input: Record<string, unknown>, nowIso: string): SandboxContact {
    const contact: SandboxContact = {
      id: randomId(),
      locationId,
      dateAdded: nowIso,
      dateUpdated: nowIso,
      tags: [],
      customFields: [],
      type: 'lead'
    }
    this.apply(contact, input, nowIso)
    contact.dateUpdated = nowIso
    const l = this.loc(locationId)
    l.contacts.set(contact.id, contact)
    this.byId.set(contact.id, contact)
    addIndex(l.emails, emailKey(contact), contact.id)
    addIndex(l.phones, contactPhoneKey(contact), contact.id)
    return contact
  }

  /** Writes the fields given; `tags` and `customFields`, when given, replace (tags) or merge by id (custom fields). */
  update (contact: SandboxContact, input: Record<string, unknown>, nowIso: string): SandboxContact {
    const l = this.loc(contact.locationId)
    removeIndex(l.emails, emailKey(contact), contact.id)
    removeIndex(l.phones, contactPhoneKey(contact), contact.id)
    this.apply(contact, input, nowIso)
    addIndex(l.emails, emailKey(contact), contact.id)
    addIndex(l.phones, contactPhoneKey(contact), contact.id)
    return contact
  }

  delete (contact: SandboxContact): void {
    const l = this.loc(contact.locationId)
    removeIndex(l.emails, emailKey(contact), contact.id)
    removeIndex(l.phones, contactPhoneKey(contact), contact.id)
    l.contacts.delete(contact.id)
    this.byId.delete(contact.id)
  }

  addTags (contact: SandboxContact, tags: string[], nowIso: string): string[] {
    contact.tags = uniq([...contact.tags, ...tags])
    contact.dateUpdated = nowIso
    return contact.tags
  }

  removeTags (contact: SandboxContact, tags: string[], nowIso: string): string[] {
    const drop = new Set(tags.map((t) => t.trim()))
    contact.tags = contact.tags.filter((t) => !drop.has(t))
    contact.dateUpdated = nowIso
    return contact.tags
  }

  /** Writes validated input fields onto the contact, keeping GHL's derived fields in step. */
  private apply (c: SandboxContact, input: Record<string, unknown>, nowIso: string): void {
    for (const key of PLAIN) {
      if (!(key in input) || input[key] === undefined) continue
      if (input[key] === null) delete c[key]
      else c[key] = input[key]
    }
    if (input.email !== undefined) {
      if (input.email === null) {
        delete c.email
        delete c.emailLowerCase
      } else {
        c.email = input.email
        c.emailLowerCase = (input.email as string).toLowerCase()
      }
    }
    if (input.phone !== undefined) {
      if (input.phone === null) delete c.phone
      else c.phone = normalizePhone(input.phone as string)
    }
    let namesChanged = false
    for (const key of ['firstName', 'lastName'] as const) {
      if (input[key] === undefined) continue
      namesChanged = true
      const lower = key === 'firstName' ? 'firstNameLowerCase' : 'lastNameLowerCase'
      if (input[key] === null) {
        delete c[key]
        delete c[lower]
      } else {
        c[key] = input[key]
        c[lower] = (input[key] as string).toLowerCase()
      }
    }
    if (input.name !== undefined && input.name !== null) {
      c.name = input.name
    } else if (input.name === null || namesChanged) {
      const full = [c.firstName, c.lastName].filter((p) => typeof p === 'string' && p.length > 0).join(' ')
      if (full.length > 0) c.name = full
      else delete c.name
    }
    if (typeof c.name === 'string') c.fullNameLowerCase = c.name.toLowerCase()
    else delete c.fullNameLowerCase
    if (Array.isArray(input.tags)) c.tags = uniq(input.tags as string[])
    // resolved by the custom field store: `{ id, value }` (custom-fields.ts)
    if (Array.isArray(input.customFields)) mergeFieldValues(c.customFields, input.customFields as FieldValue[], 'value')
    if (input.dateOfBirth !== undefined) {
      const dob = input.dateOfBirth === null ? undefined : normalizeDateOfBirth(input.dateOfBirth)
      if (dob === undefined) {
        delete c.dateOfBirth
        delete c.birthMonth
        delete c.birthDay
      } else {
        c.dateOfBirth = dob
        c.birthMonth = Number(dob.slice(5, 7)) - 1
        c.birthDay = Number(dob.slice(8, 10))
      }
    }
    c.dateUpdated = nowIso
  }
}

// The contact request bodies (CreateContactDto, UpdateContactDto, UpsertContactDto) as validate.ts shapes, with
// class-validator style messages as GHL's 422s carry them, and normalisation of accepted values.
import { checkFieldItems } from './custom-fields.js'
import { isObject } from './http.js'
import { oneOf, type Check, type Rule, type Shape } from './validate.js'

const DND_CHANNELS = new Set(['Call', 'Email', 'SMS', 'WhatsApp', 'GMB', 'FB'])
const DND_STATUSES = ['active', 'inactive', 'permanent']
const INBOUND_STATUSES = ['active', 'inactive']
// class-validator's IsEmail is stricter; this catches what matters (no spaces, one @, a dotted domain)
const EMAIL_RE = /^[^\s@"(),:;<>[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/

export function isEmail (v: string): boolean {
  return v.length <= 254 && EMAIL_RE.test(v)
}

function checkSetting (errors: string[], path: string, value: unknown, statuses: string[], allowCode: boolean): void {
  if (!isObject(value)) {
    errors.push(`${path} must be an object`)
    return
  }
  for (const k of Object.keys(value)) {
    if (k !== 'status' && k !== 'message' && !(allowCode && k === 'code')) errors.push(`property ${path}.${k} should not exist`)
  }
  if (typeof value.status !== 'string' || !statuses.includes(value.status)) errors.push(oneOf(`${path}.status`, statuses))
  if (value.message !== undefined && typeof value.message !== 'string') errors.push(`${path}.message must be a string`)
  if (allowCode && value.code !== undefined && typeof value.code !== 'string') errors.push(`${path}.code must be a string`)
}

/** An object of named settings: each key must be allowed, each value checked. */
function settings (allowed: (k: string) => boolean, statuses: string[], allowCode: boolean): Check {
  return (errors, key, value) => {
    if (!isObject(value)) {
      errors.push(`${key} must be an object`)
      return
    }
    for (const [k, setting] of Object.entries(value)) {
      if (!allowed(k)) errors.push(`property ${key}.${k} should not exist`)
      else checkSetting(errors, `${key}.${k}`, setting, statuses, allowCode)
    }
  }
}

const email: Check = (errors, key, value) => {
  if (value !== null && (typeof value !== 'string' || !isEmail(value))) errors.push(`${key} must be an email`)
}

const dateOfBirth: Check = (errors, key, value) => {
  if (value !== null && normalizeDateOfBirth(value) === undefined) {
    errors.push(`${key} must be a valid date (YYYY-MM-DD, MM/DD/YYYY, YYYY/MM/DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD or MM_DD_YYYY)`)
  }
}

const nullableString: Rule = { type: 'string', nullable: true }

const COMMON: Shape = {
  firstName: nullableString,
  lastName: nullableString,
  name: nullableString,
  email: { type: 'custom', check: email },
  phone: nullableString,
  address1: nullableString,
  city: nullableString,
  state: nullableString,
  postalCode: { type: 'string' },
  website: nullableString,
  timezone: nullableString,
  dnd: { type: 'boolean' },
  dndSettings: { type: 'custom', check: settings((k) => DND_CHANNELS.has(k), DND_STATUSES, true) },
  inboundDndSettings: { type: 'custom', check: settings((k) => k === 'all', INBOUND_STATUSES, false) },
  tags: { type: 'stringArray' },
  customFields: { type: 'custom', check: checkFieldItems },
  dateOfBirth: { type: 'custom', check: dateOfBirth },
  country: { type: 'string' }
}

/** CreateContactDto */
export const CREATE_SHAPE: Shape = {
  ...COMMON,
  locationId: { type: 'string', required: true },
  gender: { type: 'string' },
  source: { type: 'string' },
  companyName: nullableString,
  assignedTo: { type: 'string' }
}

/** UpdateContactDto has no locationId, gender or companyName. */
export const UPDATE_SHAPE: Shape = {
  ...COMMON,
  source: nullableString,
  assignedTo: nullableString
}

/** UpsertContactDto */
export const UPSERT_SHAPE: Shape = {
  ...CREATE_SHAPE,
  createNewIfDuplicateAllowed: { type: 'boolean' }
}

function pad (n: number): string {
  return n < 10 ? '0' + String(n) : String(n)
}

function isoDate (y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1) return undefined
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}T00:00:00.000Z`
}

/** The documented dateOfBirth formats (or { year, month, day }) as GHL stores them: YYYY-MM-DDT00:00:00.000Z. */
export function normalizeDateOfBirth (value: unknown): string | undefined {
  if (typeof value === 'string') {
    let m = /^(\d{4})[/\-._](\d{1,2})[/\-._](\d{1,2})(?:T.*)?$/.exec(value)
    if (m !== null) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
    m = /^(\d{1,2})[/\-._](\d{1,2})[/\-._](\d{4})$/.exec(value)
    if (m !== null) return isoDate(Number(m[3]), Number(m[1]), Number(m[2]))
    return undefined
  }
  if (isObject(value) && typeof value.year === 'number' && typeof value.month === 'number' && typeof value.day === 'number') {
    return isoDate(value.year, value.month, value.day)
  }
  return undefined
}

/** Digits only: how phones are compared. */
export function phoneKey (phone: string): string {
  return phone.replace(/\D/g, '')
}

/** E.164 as GHL stores phones ('+1 888-888-8888' → '+18888888888'; 10 digits are taken as US). */
export function normalizePhone (phone: string): string {
  const digits = phoneKey(phone)
  if (digits.length === 0) return phone
  if (phone.trim().startsWith('+')) return '+' + digits
  if (digits.length === 10) return '+1' + digits
  return '+' + digits
}

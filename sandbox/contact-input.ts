// Validation of contact request bodies (CreateContactDto, UpdateContactDto, UpsertContactDto, search) with
// class-validator style messages, as GHL's 422s carry them, and normalisation of accepted values.
import { isObject } from './http.js'

type Kind =
  | 'string' | 'nullableString' | 'email' | 'boolean' | 'stringArray' | 'locationId'
  | 'dndSettings' | 'inboundDndSettings' | 'customFields' | 'dateOfBirth'

const COMMON: Record<string, Kind> = {
  firstName: 'nullableString',
  lastName: 'nullableString',
  name: 'nullableString',
  email: 'email',
  phone: 'nullableString',
  address1: 'nullableString',
  city: 'nullableString',
  state: 'nullableString',
  postalCode: 'string',
  website: 'nullableString',
  timezone: 'nullableString',
  dnd: 'boolean',
  dndSettings: 'dndSettings',
  inboundDndSettings: 'inboundDndSettings',
  tags: 'stringArray',
  customFields: 'customFields',
  dateOfBirth: 'dateOfBirth',
  country: 'string'
}

export const CREATE_FIELDS: Readonly<Record<string, Kind>> = {
  ...COMMON,
  locationId: 'locationId',
  gender: 'string',
  source: 'string',
  companyName: 'nullableString',
  assignedTo: 'string'
}

/** UpdateContactDto has no locationId, gender or companyName. */
export const UPDATE_FIELDS: Readonly<Record<string, Kind>> = {
  ...COMMON,
  source: 'nullableString',
  assignedTo: 'nullableString'
}

export const UPSERT_FIELDS: Readonly<Record<string, Kind>> = {
  ...CREATE_FIELDS,
  createNewIfDuplicateAllowed: 'boolean'
}

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
  if (typeof value.status !== 'string' || !statuses.includes(value.status)) {
    errors.push(`${path}.status must be one of the following values: ${statuses.join(', ')}`)
  }
  if (value.message !== undefined && typeof value.message !== 'string') errors.push(`${path}.message must be a string`)
  if (allowCode && value.code !== undefined && typeof value.code !== 'string') errors.push(`${path}.code must be a string`)
}

function checkField (errors: string[], key: string, kind: Kind, value: unknown): void {
  switch (kind) {
    case 'string':
      if (typeof value !== 'string') errors.push(`${key} must be a string`)
      return
    case 'nullableString':
      if (value !== null && typeof value !== 'string') errors.push(`${key} must be a string`)
      return
    case 'email':
      if (value !== null && (typeof value !== 'string' || !isEmail(value))) errors.push(`${key} must be an email`)
      return
    case 'boolean':
      if (typeof value !== 'boolean') errors.push(`${key} must be a boolean value`)
      return
    case 'locationId':
      if (typeof value !== 'string') errors.push(`${key} must be a string`)
      else if (value.length === 0) errors.push(`${key} should not be empty`)
      return
    case 'stringArray':
      if (!Array.isArray(value)) errors.push(`${key} must be an array`)
      else if (!value.every((v) => typeof v === 'string')) errors.push(`each value in ${key} must be a string`)
      return
    case 'dndSettings':
      if (!isObject(value)) {
        errors.push(`${key} must be an object`)
        return
      }
      for (const [ch, setting] of Object.entries(value)) {
        if (!DND_CHANNELS.has(ch)) errors.push(`property ${key}.${ch} should not exist`)
        else checkSetting(errors, `${key}.${ch}`, setting, DND_STATUSES, true)
      }
      return
    case 'inboundDndSettings':
      if (!isObject(value)) {
        errors.push(`${key} must be an object`)
        return
      }
      for (const [k, setting] of Object.entries(value)) {
        if (k !== 'all') errors.push(`property ${key}.${k} should not exist`)
        else checkSetting(errors, `${key}.all`, setting, INBOUND_STATUSES, false)
      }
      return
    case 'customFields':
      if (!Array.isArray(value)) {
        errors.push(`${key} must be an array`)
        return
      }
      value.forEach((item, i) => {
        const p = `${key}.${i}`
        if (!isObject(item)) {
          errors.push(`${p} must be an object`)
          return
        }
        if (item.id !== undefined && (typeof item.id !== 'string' || item.id.length === 0)) errors.push(`${p}.id must be a string`)
        if (item.key !== undefined && (typeof item.key !== 'string' || item.key.length === 0)) errors.push(`${p}.key must be a string`)
        if (item.id === undefined && item.key === undefined) errors.push(`${p}.id should not be empty`)
      })
      return
    case 'dateOfBirth':
      if (value !== null && normalizeDateOfBirth(value) === undefined) {
        errors.push(`${key} must be a valid date (YYYY-MM-DD, MM/DD/YYYY, YYYY/MM/DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD or MM_DD_YYYY)`)
      }
  }
}

/** Messages for every problem of `body` against `fields`; an empty list means valid. */
export function validateContactBody (body: unknown, fields: Readonly<Record<string, Kind>>, requireLocation: boolean): string[] {
  if (!isObject(body)) return ['body must be an object']
  const errors: string[] = []
  for (const key of Object.keys(body)) {
    const kind = fields[key]
    if (kind === undefined) {
      errors.push(`property ${key} should not exist`)
      continue
    }
    const value = body[key]
    if (value === undefined) continue
    checkField(errors, key, kind, value)
  }
  if (requireLocation && body.locationId === undefined) errors.push('locationId should not be empty', 'locationId must be a string')
  return errors
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

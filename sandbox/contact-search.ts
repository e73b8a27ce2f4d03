// POST /contacts/search (SearchBodyV2): free-text query, filters ({ field, operator, value } and AND/OR groups),
// sort, page / searchAfter paging, over one location's contacts; and the deprecated GET /contacts/ list.
import { phoneKey } from './contact-input.js'
import type { ContactStore } from './contact-store.js'
import { isObject } from './http.js'
import type { SandboxContact } from './types.js'

const MAX_PAGE_LIMIT = 500

export type SearchResult = { errors: string[] } | { contacts: Array<SandboxContact & { searchAfter: [number, string] }>, total: number }

const OPERATORS = ['eq', 'not_eq', 'contains', 'not_contains', 'exists', 'not_exists']

type Predicate = (c: SandboxContact) => boolean

function fieldValue (c: SandboxContact, field: string): unknown {
  if (field === 'email') return c.emailLowerCase
  if (field === 'phone') return typeof c.phone === 'string' ? phoneKey(c.phone) : undefined
  return c[field]
}

function norm (field: string, v: unknown): string {
  if (field === 'phone' && typeof v === 'string') return phoneKey(v)
  return String(v).toLowerCase()
}

function leaf (field: string, op: string, value: unknown): Predicate {
  const want = Array.isArray(value) ? value.map((v) => norm(field, v)) : [norm(field, value)]
  const test = (have: unknown, contains: boolean): boolean => {
    if (have === undefined || have === null || have === '') return false
    const list = Array.isArray(have) ? have.map((h) => norm(field, h)) : [norm(field, have)]
    return list.some((h) => want.some((w) => contains ? h.includes(w) : h === w))
  }
  switch (op) {
    case 'eq': return (c) => test(fieldValue(c, field), false)
    case 'not_eq': return (c) => !test(fieldValue(c, field), false)
    case 'contains': return (c) => test(fieldValue(c, field), true)
    case 'not_contains': return (c) => !test(fieldValue(c, field), true)
    case 'exists': return (c) => { const v = fieldValue(c, field); return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0) }
    default: return (c) => { const v = fieldValue(c, field); return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) }
  }
}

/** SearchBodyV2 filters: `{ field, operator, value }` leaves and `{ group: 'AND' | 'OR', filters }`, ANDed at the top. */
function compileFilters (filters: unknown[], path: string, errors: string[], group: 'AND' | 'OR'): Predicate {
  const preds: Predicate[] = []
  filters.forEach((f, i) => {
    const p = `${path}.${i}`
    if (!isObject(f)) {
      errors.push(`${p} must be an object`)
      return
    }
    if (f.group !== undefined || f.filters !== undefined) {
      if (f.group !== 'AND' && f.group !== 'OR') errors.push(`${p}.group must be one of the following values: AND, OR`)
      if (!Array.isArray(f.filters)) errors.push(`${p}.filters must be an array`)
      else preds.push(compileFilters(f.filters, `${p}.filters`, errors, f.group === 'OR' ? 'OR' : 'AND'))
      return
    }
    if (typeof f.field !== 'string' || f.field.length === 0) errors.push(`${p}.field must be a string`)
    if (typeof f.operator !== 'string' || !OPERATORS.includes(f.operator)) errors.push(`${p}.operator must be one of the following values: ${OPERATORS.join(', ')}`)
    if (f.operator !== 'exists' && f.operator !== 'not_exists' && f.value === undefined) errors.push(`${p}.value should not be empty`)
    if (typeof f.field === 'string' && typeof f.operator === 'string') preds.push(leaf(f.field, f.operator, f.value))
  })
  if (preds.length === 0) return () => true
  return group === 'AND' ? (c) => preds.every((p) => p(c)) : (c) => preds.some((p) => p(c))
}

function queryPredicate (query: string): Predicate {
  const q = query.trim().toLowerCase()
  if (q === '') return () => true
  const digits = phoneKey(q)
  return (c) => {
    for (const field of ['fullNameLowerCase', 'firstNameLowerCase', 'lastNameLowerCase', 'emailLowerCase', 'companyName']) {
      const v = c[field]
      if (typeof v === 'string' && v.toLowerCase().includes(q)) return true
    }
    return digits.length >= 3 && typeof c.phone === 'string' && phoneKey(c.phone).includes(digits)
  }
}

function sortKey (c: SandboxContact, field: string): string | number {
  if (field === 'dateAdded' || field === 'dateUpdated') return Date.parse(c[field])
  const v = c[field]
  return typeof v === 'number' ? v : typeof v === 'string' ? v.toLowerCase() : ''
}

type Sort = Array<{ field: string, dir: number }>

/** Sorted in place by the fields given (newest first by default), then by id. */
function sortContacts (list: SandboxContact[], sorts: Sort): SandboxContact[] {
  const by = sorts.length === 0 ? [{ field: 'dateAdded', dir: -1 }] : sorts
  return list.sort((a, b) => {
    for (const s of by) {
      const x = sortKey(a, s.field)
      const y = sortKey(b, s.field)
      if (x < y) return -s.dir
      if (x > y) return s.dir
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
}

/** GET /contacts/ over one location: newest first, `query` as in search, the page after `startAfterId`. */
export function listContacts (store: ContactStore, locationId: string, opts: { query: string, limit: number, startAfterId: string }): { contacts: SandboxContact[], total: number, next: boolean } {
  const q = queryPredicate(opts.query)
  const matched = sortContacts(store.list(locationId).filter(q), [])
  let start = 0
  if (opts.startAfterId !== '') {
    const at = matched.findIndex((c) => c.id === opts.startAfterId)
    start = at === -1 ? matched.length : at + 1
  }
  return { contacts: matched.slice(start, start + opts.limit), total: matched.length, next: start + opts.limit < matched.length }
}

/** POST /contacts/search over one location's contacts: the page, the total, or the 422 messages. */
export function searchContacts (store: ContactStore, body: unknown): SearchResult {
  if (!isObject(body)) return { errors: ['body must be an object'] }
  const errors: string[] = []
  const { locationId, pageLimit, page, query, filters, sort, searchAfter } = body
  if (typeof locationId !== 'string' || locationId.length === 0) errors.push('locationId should not be empty', 'locationId must be a string')
  if (typeof pageLimit !== 'number' || !Number.isInteger(pageLimit)) errors.push('pageLimit must be an integer number')
  else if (pageLimit < 1) errors.push('pageLimit must not be less than 1')
  else if (pageLimit > MAX_PAGE_LIMIT) errors.push(`pageLimit must not be greater than ${MAX_PAGE_LIMIT}`)
  if (page !== undefined && (typeof page !== 'number' || !Number.isInteger(page) || page < 1)) errors.push('page must not be less than 1')
  if (query !== undefined && typeof query !== 'string') errors.push('query must be a string')
  if (searchAfter !== undefined && (!Array.isArray(searchAfter) || searchAfter.length !== 2)) errors.push('searchAfter must be an array of [timestamp, id]')
  if (filters !== undefined && !Array.isArray(filters)) errors.push('filters must be an array')
  if (sort !== undefined && !Array.isArray(sort)) errors.push('sort must be an array')
  const predicate = Array.isArray(filters) ? compileFilters(filters, 'filters', errors, 'AND') : () => true
  const sorts: Sort = []
  if (Array.isArray(sort)) {
    sort.forEach((s, i) => {
      if (!isObject(s) || typeof s.field !== 'string') errors.push(`sort.${i}.field must be a string`)
      else if (s.direction !== undefined && s.direction !== 'asc' && s.direction !== 'desc') errors.push(`sort.${i}.direction must be one of the following values: asc, desc`)
      else sorts.push({ field: s.field, dir: s.direction === 'asc' ? 1 : -1 })
    })
  }
  if (errors.length > 0) return { errors }
  const q = typeof query === 'string' ? queryPredicate(query) : () => true
  const matched = sortContacts(store.list(locationId as string).filter((c) => q(c) && predicate(c)), sorts)
  const limit = pageLimit as number
  let start = ((page as number | undefined ?? 1) - 1) * limit
  if (Array.isArray(searchAfter)) {
    const at = matched.findIndex((c) => c.id === String(searchAfter[1]))
    start = at === -1 ? matched.length : at + 1
  }
  const contacts = matched.slice(start, start + limit).map((c) => ({ ...c, searchAfter: [Date.parse(c.dateAdded), c.id] as [number, string] }))
  return { contacts, total: matched.length }
}

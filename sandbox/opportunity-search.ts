// GET /opportunities/search (opportunities.json): the snake_case filters, `q` over the name and the contact,
// `date`/`endDate` (mm-dd-yyyy) on createdAt, `order` added_asc|added_desc, page/limit (≤ 100) or the
// startAfter/startAfterId cursor, and SearchMetaResponseSchema. campaignId and country are accepted and ignored;
// getTasks/getNotes/getCalendarEvents are accepted and not served (the spec types those lists as arrays of arrays).
import type { Core } from './core.js'
import type { SandboxOpportunity } from './resource-types.js'
import { oneOf, queryEnum, queryNumber } from './validate.js'

const STATUSES = ['open', 'won', 'lost', 'abandoned', 'all']
const ORDERS = ['added_asc', 'added_desc']
const EQUAL = [['pipeline_id', 'pipelineId'], ['pipeline_stage_id', 'pipelineStageId'], ['contact_id', 'contactId'], ['assigned_to', 'assignedTo'], ['id', 'id']] as const

export interface OpportunityQuery {
  q: string
  equal: Array<[keyof SandboxOpportunity, string]>
  status?: string
  from?: number
  to?: number
  asc: boolean
  page: number
  limit: number
  startAfterId: string
  raw: URLSearchParams
}

/** 'mm-dd-yyyy' → ms at the start (or end) of that UTC day; NaN when malformed. */
function mdy (value: string, endOfDay: boolean): number {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value)
  if (m === null) return NaN
  const t = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]))
  return endOfDay ? t + 86_399_999 : t
}

function dateParam (q: URLSearchParams, name: string, endOfDay: boolean, errors: string[]): number | undefined {
  const v = q.get(name)
  if (v === null || v === '') return undefined
  const t = mdy(v, endOfDay)
  if (Number.isNaN(t)) errors.push(`${name} must be a date in mm-dd-yyyy format`)
  return t
}

/** The search's parameters (location_id aside), with 422 messages pushed onto `errors`. */
export function parseSearch (q: URLSearchParams, errors: string[]): OpportunityQuery {
  for (const flag of ['getTasks', 'getNotes', 'getCalendarEvents']) {
    const v = q.get(flag)
    if (v !== null && v !== 'true' && v !== 'false') errors.push(`${flag} must be a boolean value`)
  }
  const order = queryEnum(q, 'order', ORDERS, errors)
  const limit = queryNumber(q, 'limit', errors, { min: 1, max: 100, fallback: 20 })
  const page = queryNumber(q, 'page', errors, { min: 1, fallback: 1 })
  const startAfter = q.get('startAfter')
  if (startAfter !== null && startAfter !== '' && !Number.isFinite(Number(startAfter))) errors.push('startAfter must be a number string')
  const equal: OpportunityQuery['equal'] = []
  for (const [param, field] of EQUAL) {
    const v = q.get(param)
    if (v !== null && v !== '') equal.push([field, v])
  }
  const status = q.get('status') ?? ''
  if (status !== '' && !STATUSES.includes(status)) errors.push(oneOf('status', STATUSES))
  return {
    q: (q.get('q') ?? '').toLowerCase(),
    equal,
    status: status === '' || status === 'all' ? undefined : status,
    from: dateParam(q, 'date', false, errors),
    to: dateParam(q, 'endDate', true, errors),
    asc: order === 'added_asc',
    page: Math.floor(page),
    limit: Math.floor(limit),
    startAfterId: q.get('startAfterId') ?? '',
    raw: q
  }
}

function matchesText (core: Core, o: SandboxOpportunity, q: string): boolean {
  if (o.name.toLowerCase().includes(q)) return true
  const c = o.contactId === undefined ? undefined : core.contacts.get(o.contactId)
  if (c === undefined) return false
  return ['name', 'email', 'phone', 'companyName'].some((k) => typeof c[k] === 'string' && (c[k] as string).toLowerCase().includes(q))
}

/** One page of the location's matching opportunities and its meta. */
export function runSearch (core: Core, locationId: string, s: OpportunityQuery): { items: SandboxOpportunity[], meta: Record<string, unknown> } {
  const matched = core.opportunities.list(locationId).filter((o) => {
    const created = Date.parse(o.createdAt)
    return s.equal.every(([field, v]) => o[field] === v) && (s.status === undefined || o.status === s.status) &&
      (s.from === undefined || created >= s.from) && (s.to === undefined || created <= s.to) && (s.q === '' || matchesText(core, o, s.q))
  })
  const dir = s.asc ? 1 : -1
  matched.sort((a, b) => a.createdAt < b.createdAt ? -dir : a.createdAt > b.createdAt ? dir : (a.id < b.id ? -dir : a.id > b.id ? dir : 0))
  let start = (s.page - 1) * s.limit
  if (s.startAfterId !== '') {
    const at = matched.findIndex((o) => o.id === s.startAfterId)
    start = at === -1 ? matched.length : at + 1
  }
  const items = matched.slice(start, start + s.limit)
  const meta: Record<string, unknown> = { total: matched.length, currentPage: s.page }
  const last = items[items.length - 1]
  if (s.page > 1) meta.prevPage = s.page - 1
  if (last !== undefined && start + s.limit < matched.length) {
    meta.nextPage = s.page + 1
    meta.startAfterId = last.id
    meta.startAfter = Date.parse(last.createdAt)
    const next = new URLSearchParams(s.raw)
    next.set('startAfterId', last.id)
    next.set('startAfter', String(meta.startAfter))
    next.delete('page')
    meta.nextPageUrl = `${core.url}/opportunities/search?${next.toString()}`
  }
  return { items, meta }
}

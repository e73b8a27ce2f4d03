// /opportunities routes (opportunities.json): create, get, update, status, upsert, delete, pipelines and search.
// Order of checks: body (422), custom fields (422), references — pipeline, stage, contact (400) — then duplicates
// (400 unless the location allows duplicate opportunities: one per contact and pipeline, as GHL's default).
import { badRequest, bodyLocationAllowed, inTokenLocation, locationList, queryLocation, readGuard, resolveFields, send, valid, writeGuard, type Handler, type RouteDef } from './api.js'
import { checkFieldItems } from './custom-fields.js'
import type { Core } from './core.js'
import type { Reply } from './http.js'
import { parseSearch, runSearch } from './opportunity-search.js'
import { opportunityView } from './opportunity-store.js'
import type { SandboxOpportunity } from './resource-types.js'
import type { AccessRecord } from './tokens.js'
import { checkBody, type Shape } from './validate.js'

const status = { type: 'string', values: ['open', 'won', 'lost', 'abandoned', 'all'] } as const

/** UpdateOpportunityDto */
const UPDATE: Shape = {
  pipelineId: { type: 'string' },
  name: { type: 'string' },
  pipelineStageId: { type: 'string' },
  status,
  monetaryValue: { type: 'number' },
  assignedTo: { type: 'string' },
  customFields: { type: 'custom', check: checkFieldItems }
}

/** CreateDto */
const CREATE: Shape = {
  ...UPDATE,
  pipelineId: { type: 'string', required: true },
  locationId: { type: 'string', required: true },
  name: { type: 'string', required: true },
  status: { ...status, required: true },
  contactId: { type: 'string', required: true }
}

/** UpdateStatusDto */
const STATUS: Shape = { status: { ...status, required: true }, lostReasonId: { type: 'string' } }

/**
 * UpsertOpportunityDto (its `monetaryValue` is typed object in the spec: numbers are what GHL takes). `contactId` is
 * not in this spec version but was required in earlier ones and is what GHL matches on: accepted.
 */
const UPSERT: Shape = {
  id: { type: 'string' },
  pipelineId: { type: 'string', required: true },
  locationId: { type: 'string', required: true },
  contactId: { type: 'string' },
  followers: { type: 'stringArray', required: true },
  isRemoveAllFollowers: { type: 'boolean', required: true },
  followersActionType: { type: 'string', required: true, values: ['add', 'remove'] },
  name: { type: 'string' },
  status,
  pipelineStageId: { type: 'string' },
  monetaryValue: { type: 'number' },
  assignedTo: { type: 'string' },
  lostReasonId: { type: 'string' }
}

const DUPLICATE = 'Can not create duplicate opportunity for the contact.'

/** The input with its pipeline and stage settled (the first stage by default), or undefined with a 400 sent. */
function references (core: Core, reply: Reply, locationId: string, input: Record<string, unknown>, current?: SandboxOpportunity): Record<string, unknown> | undefined {
  const pipelineId = (input.pipelineId ?? current?.pipelineId) as string
  const pipeline = core.opportunities.pipeline(locationId, pipelineId)
  const stageId = (input.pipelineStageId ?? (current?.pipelineId === pipelineId ? current.pipelineStageId : pipeline?.stages[0].id)) as string
  const contactId = input.contactId as string | undefined
  let problem: string | undefined
  if (pipeline === undefined) problem = `Pipeline ${pipelineId} not found`
  else if (!pipeline.stages.some((s) => s.id === stageId)) problem = `Stage ${stageId} is not a stage of pipeline ${pipelineId}`
  else if (contactId !== undefined && core.contacts.get(contactId)?.locationId !== locationId) problem = `Contact ${contactId} not found`
  if (problem === undefined) return { ...input, pipelineId, pipelineStageId: stageId }
  badRequest(reply, problem)
  return undefined
}

/** True (400 sent) when the location allows one opportunity per contact and pipeline and another one exists. */
function duplicate (core: Core, reply: Reply, locationId: string, contactId: unknown, pipelineId: unknown, except?: string): boolean {
  if (core.locations.ensure(locationId).allowDuplicateOpportunities || typeof contactId !== 'string') return false
  const other = core.opportunities.find(locationId, contactId, pipelineId as string)
  if (other === undefined || other.id === except) return false
  badRequest(reply, DUPLICATE)
  return true
}

/** Validation, custom fields and references of a write: the input to store, or undefined with the answer sent. */
function prepared (core: Core, reply: Reply, locationId: string, body: unknown, shape: Shape, current?: SandboxOpportunity): Record<string, unknown> | undefined {
  if (!valid(reply, checkBody(body, shape))) return undefined
  const input = resolveFields(core, reply, locationId, 'opportunity', body as Record<string, unknown>)
  return input === undefined ? undefined : references(core, reply, locationId, input, current)
}

function own (core: Core, reply: Reply, rec: AccessRecord, id: string): SandboxOpportunity | undefined {
  return inTokenLocation(reply, rec, core.opportunities.get(id), 'Opportunity not found')
}

function answer (core: Core, opp: SandboxOpportunity): Record<string, unknown> {
  return opportunityView(opp, core.contacts)
}

const create: Handler = (core, { reply }, rec, body) => {
  if (!bodyLocationAllowed(reply, rec, body)) return
  const locationId = (body as { locationId?: unknown }).locationId
  const input = prepared(core, reply, typeof locationId === 'string' ? locationId : '', body, CREATE)
  if (input === undefined || duplicate(core, reply, input.locationId as string, input.contactId, input.pipelineId)) return
  send(reply, 201, { opportunity: answer(core, core.opportunities.create(input.locationId as string, input, core.clock.iso())) })
}

const get: Handler = (core, { reply }, rec, _body, { id }) => {
  const opp = own(core, reply, rec, id)
  if (opp !== undefined) send(reply, 200, { opportunity: answer(core, opp) })
}

const update: Handler = (core, { reply }, rec, body, { id }) => {
  if (!valid(reply, checkBody(body, UPDATE))) return
  const opp = own(core, reply, rec, id)
  if (opp === undefined) return
  const input = prepared(core, reply, opp.locationId, body, UPDATE, opp)
  if (input === undefined || duplicate(core, reply, opp.locationId, opp.contactId, input.pipelineId, opp.id)) return
  core.opportunities.apply(opp, input, core.clock.iso())
  send(reply, 200, { opportunity: answer(core, opp) })
}

const updateStatus: Handler = (core, { reply }, rec, body, { id }) => {
  if (!valid(reply, checkBody(body, STATUS))) return
  const opp = own(core, reply, rec, id)
  if (opp === undefined) return
  core.opportunities.apply(opp, body as Record<string, unknown>, core.clock.iso())
  send(reply, 200, { succeded: true })
}

const remove: Handler = (core, { reply }, rec, _body, { id }) => {
  const opp = own(core, reply, rec, id)
  if (opp === undefined) return
  core.opportunities.delete(opp.id)
  send(reply, 200, { succeded: true })
}

/** By `id` when given; else the contact's opportunity in the pipeline (unless duplicates are allowed); else new. */
const upsert: Handler = (core, { reply }, rec, body) => {
  if (!bodyLocationAllowed(reply, rec, body)) return
  if (!valid(reply, checkBody(body, UPSERT))) return
  const b = body as Record<string, unknown> & { locationId: string, pipelineId: string }
  let match: SandboxOpportunity | undefined
  if (typeof b.id === 'string') {
    match = core.opportunities.get(b.id)
    if (match?.locationId !== b.locationId) {
      badRequest(reply, `Opportunity ${b.id} not found`)
      return
    }
  } else if (typeof b.contactId === 'string' && !core.locations.ensure(b.locationId).allowDuplicateOpportunities) {
    match = core.opportunities.find(b.locationId, b.contactId, b.pipelineId)
  }
  const input = prepared(core, reply, b.locationId, body, UPSERT, match)
  if (input === undefined) return
  const { id: _id, followers, isRemoveAllFollowers, followersActionType, ...fields } = input
  const now = core.clock.iso()
  const created = match === undefined
  if (created && typeof fields.name !== 'string') fields.name = core.contacts.get(fields.contactId as string)?.name ?? 'Opportunity'
  const opp = match ?? core.opportunities.create(b.locationId, fields, now)
  if (!created) core.opportunities.apply(opp, fields, now)
  core.opportunities.followers(opp, { followers, isRemoveAllFollowers, followersActionType } as Parameters<typeof core.opportunities.followers>[1])
  send(reply, 200, { opportunity: answer(core, opp), new: created })
}

const pipelines = locationList('pipelines', (core, locationId) => core.opportunities.pipelines.get(locationId))

const search: Handler = (core, ctx, rec) => {
  const q = new URLSearchParams(ctx.search)
  const errors: string[] = []
  const query = parseSearch(q, errors)
  const locationId = queryLocation(ctx, rec, q, 'location_id', errors)
  if (locationId === undefined) return
  const result = runSearch(core, locationId, query)
  send(ctx.reply, 200, { opportunities: result.items.map((o) => answer(core, o)), meta: result.meta })
}

const READ = readGuard('opportunities')
const WRITE = writeGuard('opportunities')

export const OPPORTUNITY_ROUTES: readonly RouteDef[] = [
  { method: 'GET', path: '/opportunities/search', guard: READ, run: search },
  { method: 'GET', path: '/opportunities/pipelines', guard: READ, run: pipelines },
  { method: 'POST', path: '/opportunities/', guard: WRITE, run: create },
  { method: 'POST', path: '/opportunities/upsert', guard: WRITE, run: upsert },
  { method: 'GET', path: '/opportunities/:id', guard: READ, run: get },
  { method: 'PUT', path: '/opportunities/:id', guard: WRITE, run: update },
  { method: 'PUT', path: '/opportunities/:id/status', guard: WRITE, run: updateStatus },
  { method: 'DELETE', path: '/opportunities/:id', guard: WRITE, run: remove }
]

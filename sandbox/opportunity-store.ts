// Opportunities per location and the pipelines they move through (seeded): validated input written onto stored
// records, and the answer shape (SearchOpportunitiesResponseSchema) with the contact's summary embedded.
import type { ContactStore } from './contact-store.js'
import { mergeFieldValues, type FieldValue } from './custom-fields.js'
import type { OpportunityStatus, Pipeline, SandboxOpportunity } from './resource-types.js'
import { seedPipelines } from './seeds.js'
import { PerLocation, randomId } from './state.js'

/** Fields copied as given. */
const PLAIN = ['name', 'monetaryValue', 'assignedTo', 'source', 'lostReasonId', 'contactId'] as const

export class OpportunityStore {
  readonly pipelines = new PerLocation<Pipeline[]>(seedPipelines)
  private readonly byId = new Map<string, SandboxOpportunity>()

  pipeline (locationId: string, id: string): Pipeline | undefined {
    return this.pipelines.get(locationId).find((p) => p.id === id)
  }

  get (id: string): SandboxOpportunity | undefined {
    return this.byId.get(id)
  }

  /** The location's opportunities, oldest first. */
  list (locationId: string): SandboxOpportunity[] {
    return [...this.byId.values()].filter((o) => o.locationId === locationId)
  }

  ofContact (contactId: string): SandboxOpportunity[] {
    return [...this.byId.values()].filter((o) => o.contactId === contactId)
  }

  /** The contact's opportunity in the pipeline (what a location without duplicate opportunities allows one of). */
  find (locationId: string, contactId: string, pipelineId: string): SandboxOpportunity | undefined {
    for (const o of this.byId.values()) if (o.locationId === locationId && o.contactId === contactId && o.pipelineId === pipelineId) return o
    return undefined
  }

  /** `input` is validated and its references checked (pipeline, stage, contact); custom fields are resolved. */
  create (locationId: string, input: Record<string, unknown>, nowIso: string): SandboxOpportunity {
    const opp: SandboxOpportunity = {
      id: randomId(),
      name: '',
      pipelineId: input.pipelineId as string,
      pipelineStageId: input.pipelineStageId as string,
      status: (input.status ?? 'open') as OpportunityStatus,
      lastStatusChangeAt: nowIso,
      lastStageChangeAt: nowIso,
      createdAt: nowIso,
      updatedAt: nowIso,
      locationId,
      customFields: [],
      followers: []
    }
    this.apply(opp, input, nowIso)
    this.byId.set(opp.id, opp)
    return opp
  }

  apply (opp: SandboxOpportunity, input: Record<string, unknown>, nowIso: string): void {
    for (const key of PLAIN) if (input[key] !== undefined) (opp as unknown as Record<string, unknown>)[key] = input[key]
    if (typeof input.pipelineId === 'string') opp.pipelineId = input.pipelineId
    if (typeof input.pipelineStageId === 'string' && input.pipelineStageId !== opp.pipelineStageId) {
      opp.pipelineStageId = input.pipelineStageId
      opp.lastStageChangeAt = nowIso
    }
    if (typeof input.status === 'string' && input.status !== opp.status) {
      opp.status = input.status as OpportunityStatus
      opp.lastStatusChangeAt = nowIso
    }
    if (Array.isArray(input.customFields)) mergeFieldValues(opp.customFields, input.customFields as FieldValue[], 'fieldValue')
    opp.updatedAt = nowIso
  }

  /** UpsertOpportunityDto's followers: clear all first, then add or remove the ones given. */
  followers (opp: SandboxOpportunity, input: { followers: string[], isRemoveAllFollowers: boolean, followersActionType: 'add' | 'remove' }): void {
    let list = input.isRemoveAllFollowers ? [] : opp.followers
    if (input.followersActionType === 'add') list = [...new Set([...list, ...input.followers])]
    else list = list.filter((f) => !input.followers.includes(f))
    opp.followers = list
  }

  delete (id: string): void {
    this.byId.delete(id)
  }
}

/** SearchOpportunitiesResponseSchema: the stored opportunity and the summary of its contact. */
export function opportunityView (opp: SandboxOpportunity, contacts: ContactStore): Record<string, unknown> {
  const c = opp.contactId === undefined ? undefined : contacts.get(opp.contactId)
  if (c === undefined) return { ...opp, customFields: [...opp.customFields], followers: [...opp.followers] }
  const contact: Record<string, unknown> = { id: c.id, tags: [...c.tags] }
  for (const key of ['name', 'companyName', 'email', 'phone'] as const) if (typeof c[key] === 'string') contact[key] = c[key]
  return { ...opp, customFields: [...opp.customFields], followers: [...opp.followers], contact }
}

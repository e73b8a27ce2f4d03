// opportunities.search | get | create | update | updateStatus | upsert | delete, and pipelines.list, typed from
// HighLevel's opportunities.json (lib/resources/generated/opportunities.ts); bodies checked against the same spec
// before any network call. `locationId` defaults to the connection's location.
import type { Requester } from '../client/types.js'
import type { components } from './generated/opportunities.js'
import { checkedBody, locationOf, queryInput, segment, withLocation, type Optional, type SpecBody, type SpecQuery, type SpecReply } from './shared.js'

type S = 'opportunities'

export type Opportunity = components['schemas']['SearchOpportunitiesResponseSchema']
export type Pipeline = components['schemas']['PipelinesResponseSchema']

/** CreateDto; `locationId` defaults to the connection's location. */
export type CreateOpportunityInput = Optional<SpecBody<S, 'create-opportunity'>, 'locationId'>
/** UpdateOpportunityDto */
export type UpdateOpportunityInput = SpecBody<S, 'update-opportunity'>
/** UpdateStatusDto */
export type UpdateOpportunityStatusInput = SpecBody<S, 'update-opportunity-status'>
/** UpsertOpportunityDto; `locationId` defaults to the connection's location. */
export type UpsertOpportunityInput = Optional<SpecBody<S, 'Upsert-opportunity'>, 'locationId'>
/** The query of GET /opportunities/search; `location_id` defaults to the connection's location. */
export type SearchOpportunitiesInput = Optional<SpecQuery<S, 'search-opportunity'>, 'location_id'>

export type SearchOpportunitiesResponse = SpecReply<S, 'search-opportunity'>
export type GetOpportunityResponse = SpecReply<S, 'get-opportunity'>
export type CreateOpportunityResponse = SpecReply<S, 'create-opportunity'>
export type UpdateOpportunityResponse = SpecReply<S, 'update-opportunity'>
export type UpdateOpportunityStatusResponse = SpecReply<S, 'update-opportunity-status'>
export type UpsertOpportunityResponse = SpecReply<S, 'Upsert-opportunity'>
export type DeleteOpportunityResponse = SpecReply<S, 'delete-opportunity'>
export type GetPipelinesResponse = SpecReply<S, 'get-pipelines'>

export interface PipelinesApi {
  /** GET /opportunities/pipelines → `{ pipelines }` (each with its `stages`). */
  list: (locationId?: string) => Promise<GetPipelinesResponse>
}

export interface OpportunitiesApi {
  /** GET /opportunities/search → `{ opportunities, meta }`; filters by pipeline, stage, contact, status, `q`… */
  search: (query?: SearchOpportunitiesInput) => Promise<SearchOpportunitiesResponse>
  /** GET /opportunities/{id} → `{ opportunity }` */
  get: (id: string) => Promise<GetOpportunityResponse>
  /** POST /opportunities/ → `{ opportunity }`. Not retried once it may have reached GHL (not idempotent). */
  create: (input: CreateOpportunityInput) => Promise<CreateOpportunityResponse>
  /** PUT /opportunities/{id} → `{ opportunity }` */
  update: (id: string, input: UpdateOpportunityInput) => Promise<UpdateOpportunityResponse>
  /** PUT /opportunities/{id}/status → `{ succeded }` */
  updateStatus: (id: string, input: UpdateOpportunityStatusInput) => Promise<UpdateOpportunityStatusResponse>
  /**
   * POST /opportunities/upsert → `{ opportunity, new }`: by `id`, else the contact's opportunity in the pipeline (the
   * location's duplicate-opportunity setting), else a new one. Convergent, so retried like a PUT. The follower
   * fields the spec requires default to "no change" (`followers: []`, `isRemoveAllFollowers: false`, `add`).
   */
  upsert: (input: UpsertOpportunityInput) => Promise<UpsertOpportunityResponse>
  /** DELETE /opportunities/{id} → `{ succeded }` */
  delete: (id: string) => Promise<DeleteOpportunityResponse>
  pipelines: PipelinesApi
}

/** The opportunities resource over a requester bound to one connection (`locationId`: its location). */
export function createOpportunitiesApi (request: Requester, locationId: string | undefined): OpportunitiesApi {
  const one = (id: unknown): string => '/opportunities/' + segment('opportunityId', id)
  return {
    async search (query) {
      const q = queryInput(query, 'query')
      const location = locationOf(q.location_id, locationId, 'location_id')
      return await request<SearchOpportunitiesResponse>({ method: 'GET', path: '/opportunities/search', query: { ...q, location_id: location } })
    },
    async get (id) {
      return await request<GetOpportunityResponse>({ method: 'GET', path: one(id) })
    },
    async create (input) {
      const body = checkedBody(S_, 'create-opportunity', withLocation(input, locationId), 'opportunity')
      return await request<CreateOpportunityResponse>({ method: 'POST', path: '/opportunities/', body, idempotent: false })
    },
    async update (id, input) {
      const path = one(id)
      const body = checkedBody(S_, 'update-opportunity', input, 'opportunity')
      return await request<UpdateOpportunityResponse>({ method: 'PUT', path, body })
    },
    async updateStatus (id, input) {
      const path = one(id) + '/status'
      const body = checkedBody(S_, 'update-opportunity-status', input, 'status')
      return await request<UpdateOpportunityStatusResponse>({ method: 'PUT', path, body })
    },
    async upsert (input) {
      const filled = withLocation(input, locationId)
      const body = checkedBody(S_, 'Upsert-opportunity', filled === null || typeof filled !== 'object' ? filled : { ...NO_FOLLOWER_CHANGE, ...filled }, 'opportunity')
      return await request<UpsertOpportunityResponse>({ method: 'POST', path: '/opportunities/upsert', body, idempotent: true })
    },
    async delete (id) {
      return await request<DeleteOpportunityResponse>({ method: 'DELETE', path: one(id) })
    },
    pipelines: {
      async list (location) {
        const id = locationOf(location, locationId)
        return await request<GetPipelinesResponse>({ method: 'GET', path: '/opportunities/pipelines', query: { locationId: id } })
      }
    }
  }
}

const S_: S = 'opportunities'

/** The follower fields the spec requires on upsert, meaning "leave the followers as they are". */
const NO_FOLLOWER_CHANGE = Object.freeze({ followers: [] as string[], isRemoveAllFollowers: false, followersActionType: 'add' as const })

// users (search, get), workflows.list() and campaigns.list(): the read-only directory a signup flow looks things up
// in, typed from users.json, workflows.json and campaigns.json. All GETs: retried like any read.
import type { Requester } from '../client/types.js'
import { GhlValidationError } from '../errors.js'
import type { components as userComponents } from './generated/users.js'
import { locationOf, queryInput, segment, type SpecQuery, type SpecReply } from './shared.js'

export type User = userComponents['schemas']['UserSchema']

/** The query of GET /users/search: `companyId` is required by GHL, for Location tokens too. */
export type SearchUsersInput = SpecQuery<'users', 'search-users'>
export type SearchUsersResponse = SpecReply<'users', 'search-users'>
export type GetUserResponse = SpecReply<'users', 'get-user'>
export type ListWorkflowsResponse = SpecReply<'workflows', 'get-workflow'>
export type ListCampaignsResponse = SpecReply<'campaigns', 'get-campaigns'>
export type ListCampaignsInput = Partial<SpecQuery<'campaigns', 'get-campaigns'>>

export interface UsersApi {
  /** GET /users/search → `{ users, count }`; filters: `locationId`, `query`, `type`, `role`, `ids`, paging. */
  search: (query: SearchUsersInput) => Promise<SearchUsersResponse>
  /** GET /users/{userId} → the user. */
  get: (userId: string) => Promise<GetUserResponse>
}

export interface WorkflowsApi {
  /** GET /workflows/ → `{ workflows }` of the location (default the connection's). */
  list: (locationId?: string) => Promise<ListWorkflowsResponse>
}

export interface CampaignsApi {
  /** GET /campaigns/ → `{ campaigns }` of the location (default the connection's); `status` filters. */
  list: (query?: ListCampaignsInput) => Promise<ListCampaignsResponse>
}

export function createDirectoryApi (request: Requester, locationId: string | undefined): { users: UsersApi, workflows: WorkflowsApi, campaigns: CampaignsApi } {
  return {
    users: {
      async search (query) {
        const q = queryInput(query, 'query')
        if (typeof q.companyId !== 'string' || q.companyId.length === 0) throw new GhlValidationError('query.companyId is required')
        return await request<SearchUsersResponse>({ method: 'GET', path: '/users/search', query: q })
      },
      async get (userId) {
        return await request<GetUserResponse>({ method: 'GET', path: '/users/' + segment('userId', userId) })
      }
    },
    workflows: {
      async list (location) {
        return await request<ListWorkflowsResponse>({ method: 'GET', path: '/workflows/', query: { locationId: locationOf(location, locationId) } })
      }
    },
    campaigns: {
      async list (query) {
        const q = queryInput(query, 'query')
        return await request<ListCampaignsResponse>({ method: 'GET', path: '/campaigns/', query: { ...q, locationId: locationOf(q.locationId, locationId) } })
      }
    }
  }
}

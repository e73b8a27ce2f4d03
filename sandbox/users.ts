// Users (users.json): an agency owner per company (the default company's is DEFAULT_USER_ID, the userId of issued
// tokens) and an admin and a user per location, seeded; GET /users/search and GET /users/:userId, for Location
// tokens (their location's users) and Company tokens (the company's users).
import { notFound, send, valid, type Handler, type RouteDef } from './api.js'
import { checkCompany, forbidLocation, type Guard } from './auth.js'
import type { SandboxUser } from './resource-types.js'
import { seedAgencyUser, seedLocationUsers } from './seeds.js'
import { DEFAULT_USER_ID, type Settings } from './settings.js'
import { PerLocation, randomId, type Locations } from './state.js'
import type { AccessRecord } from './tokens.js'
import { queryEnum, queryNumber, requiredQuery } from './validate.js'

export class UserStore {
  private readonly owners = new Map<string, SandboxUser>()
  private readonly local: PerLocation<SandboxUser[]>

  constructor (private readonly settings: Settings, private readonly locations: Locations) {
    this.local = new PerLocation((locationId) => seedLocationUsers(locationId, locations.ensure(locationId).companyId))
  }

  owner (companyId: string): SandboxUser {
    let u = this.owners.get(companyId)
    if (u === undefined) this.owners.set(companyId, (u = seedAgencyUser(companyId, companyId === this.settings.companyId ? DEFAULT_USER_ID : randomId())))
    return u
  }

  /** The location's own users (the first is its admin). */
  locationUsers (locationId: string): SandboxUser[] {
    return this.local.get(locationId)
  }

  /** Who works in the location: the agency owner and the location's users. */
  ofLocation (locationId: string): SandboxUser[] {
    return [this.owner(this.locations.ensure(locationId).companyId), ...this.local.get(locationId)]
  }

  ofCompany (companyId: string): SandboxUser[] {
    return [this.owner(companyId), ...this.locations.ofCompany(companyId).flatMap((l) => this.local.get(l.id))]
  }

  /** The users a token can see. */
  visibleTo (rec: AccessRecord): SandboxUser[] {
    const g = rec.grant
    return g.userType === 'Location' && g.locationId !== undefined ? this.ofLocation(g.locationId) : this.ofCompany(g.companyId)
  }
}

const GUARD: Guard = { userTypes: ['Location', 'Company'], scopes: ['users.readonly', 'users.write'] }

function matchesQuery (u: SandboxUser, query: string): boolean {
  const q = query.toLowerCase()
  return [u.name, u.email, u.phone].some((v) => v.toLowerCase().includes(q))
}

/** GET /users/search: companyId required (for Location tokens too), optional locationId, query, type, role, ids, paging. */
const search: Handler = (core, { reply, search: raw }, rec) => {
  const q = new URLSearchParams(raw)
  const errors: string[] = []
  const companyId = requiredQuery(q, 'companyId', errors)
  const skip = queryNumber(q, 'skip', errors, { min: 0, fallback: 0 })
  const limit = queryNumber(q, 'limit', errors, { min: 1, fallback: 25 })
  const type = queryEnum(q, 'type', ['agency', 'account'], errors)
  const role = queryEnum(q, 'role', ['admin', 'user'], errors)
  const direction = queryEnum(q, 'sortDirection', ['asc', 'desc'], errors)
  if (!valid(reply, errors) || !checkCompany(reply, rec, companyId)) return
  const locationId = q.get('locationId') ?? ''
  let users = core.users.visibleTo(rec)
  if (locationId !== '') {
    const allowed = rec.grant.userType === 'Location' ? rec.grant.locationId === locationId : core.locations.get(locationId)?.companyId === companyId
    if (!allowed) return forbidLocation(reply)
    users = core.users.ofLocation(locationId)
  }
  const ids = (q.get('ids') ?? '').split(',').filter((s) => s.length > 0)
  const query = q.get('query') ?? ''
  const matched = users.filter((u) => (type === undefined || u.roles.type === type) && (role === undefined || u.roles.role === role) &&
    (ids.length === 0 || ids.includes(u.id)) && (query === '' || matchesQuery(u, query)))
  const sort = q.get('sort')
  if (sort === 'firstName' || sort === 'lastName' || sort === 'email' || sort === 'name') {
    const dir = direction === 'desc' ? -1 : 1
    matched.sort((a, b) => a[sort] < b[sort] ? -dir : a[sort] > b[sort] ? dir : 0)
  }
  send(reply, 200, { users: matched.slice(skip, skip + limit), count: matched.length })
}

/** GET /users/:userId: a user the token can see (UserSuccessfulResponseDto is the user itself). */
const get: Handler = (core, { reply }, rec, _body, { userId }) => {
  const user = core.users.visibleTo(rec).find((u) => u.id === userId)
  if (user === undefined) return notFound(reply, 'User not found')
  send(reply, 200, { ...user })
}

export const USER_ROUTES: readonly RouteDef[] = [
  { method: 'GET', path: '/users/search', guard: GUARD, run: search },
  { method: 'GET', path: '/users/:userId', guard: GUARD, run: get }
]

// The guard every API call passes: Bearer token (401), rate limit (429 + headers), Version header (400),
// token type and scopes (401), then the location check handlers apply (403).
import type { Core, RequestContext } from './core.js'
import { errorBody, type Reply } from './http.js'
import { API_VERSIONS } from './settings.js'
import type { AccessRecord } from './tokens.js'
import type { UserType } from './types.js'

export interface Guard {
  /** the token types the route accepts */
  userTypes: readonly UserType[]
  /** any of these scopes grants access */
  scopes: readonly string[]
  /** `Version` values accepted (default API_VERSIONS) */
  versions?: ReadonlySet<string>
}

export const INVALID_JWT = { statusCode: 401, message: 'Invalid JWT' }
export const WRONG_USER_TYPE = 'This authClass type is not allowed to access this scope. Please reach out to the Platform team to get it added.'
export const WRONG_SCOPE = 'The token is not authorized for this scope.'
export const NO_LOCATION_ACCESS = 'The token does not have access to this location.'
export const NO_COMPANY_ACCESS = 'The token does not have access to this company.'
const DATE_VERSION = /^\d{4}-\d{2}-\d{2}$/

function bearer (header: string | undefined): string | undefined {
  if (header === undefined || header.length < 8) return undefined
  if (header.slice(0, 7).toLowerCase() !== 'bearer ') return undefined
  const token = header.slice(7).trim()
  return token.length > 0 ? token : undefined
}

/** The token's record when the call may proceed; otherwise the answer has been sent. */
export function authorize (core: Core, ctx: RequestContext, guard: Guard): AccessRecord | undefined {
  const { reply, req } = ctx
  const token = bearer(req.headers.authorization)
  const rec = token === undefined ? undefined : core.tokens.verifyAccess(token)
  if (rec === undefined) {
    reply.headers(core.limiter.idleHeaders()).json(401, INVALID_JWT)
    return undefined
  }
  const grant = rec.grant
  const decision = core.limiter.take(grant.clientId + ':' + (grant.locationId ?? grant.companyId))
  reply.headers(decision.headers)
  if (!decision.allowed) {
    reply.json(429, { statusCode: 429, message: 'Too many requests' })
    return undefined
  }
  const version = req.headers.version
  if (typeof version !== 'string' || version.length === 0) {
    reply.json(400, errorBody(400, 'Version header was not found'))
    return undefined
  }
  const versions = guard.versions ?? API_VERSIONS
  if (!versions.has(version)) {
    const use = [...versions].join(' or ')
    // a date GHL never published is invalid; a named version (v3) exists but not on the v2 paths
    reply.json(400, errorBody(400, DATE_VERSION.test(version)
      ? `Version header is invalid: ${version} (use ${use})`
      : `Version ${version} is not supported on ${ctx.method} ${ctx.path}: it is a v2 path (use ${use})`))
    return undefined
  }
  if (!guard.userTypes.includes(grant.userType)) {
    reply.json(401, errorBody(401, WRONG_USER_TYPE))
    return undefined
  }
  if (!guard.scopes.some((s) => grant.scopes.has(s))) {
    reply.json(401, errorBody(401, WRONG_SCOPE))
    return undefined
  }
  return rec
}

/** 403 unless the token belongs to `companyId`. */
export function checkCompany (reply: Reply, rec: AccessRecord, companyId: string): boolean {
  if (rec.grant.companyId === companyId) return true
  reply.json(403, { statusCode: 403, message: NO_COMPANY_ACCESS })
  return false
}

export function forbidLocation (reply: Reply): void {
  reply.json(403, { statusCode: 403, message: NO_LOCATION_ACCESS })
}

/** 403 unless the (Location) token is for `locationId`. */
export function checkLocation (reply: Reply, rec: AccessRecord, locationId: string): boolean {
  if (rec.grant.locationId === locationId) return true
  forbidLocation(reply)
  return false
}

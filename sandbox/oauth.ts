// OAuth 2.0 as GHL runs it: the consent stand-in (/v2/oauth/chooselocation, also without /v2 as the official SDK
// builds it), POST /oauth/token (authorization_code, rotating refresh_token), POST /oauth/locationToken and
// GET /oauth/installedLocations.
import { randomUUID } from 'node:crypto'
import type { RouteDef } from './api.js'
import { checkCompany, forbidLocation, type Guard } from './auth.js'
import type { Core, RequestContext } from './core.js'
import { errorBody, mediaType, parseForm, type Reply } from './http.js'
import type { AccessRecord } from './tokens.js'
import type { UserType } from './types.js'

const GRANT_TYPES = ['authorization_code', 'refresh_token', 'client_credentials']
const USER_TYPES = ['Company', 'Location']
const FORM = 'application/x-www-form-urlencoded'

function oauthError (reply: Reply, status: number, error: string, description: string): void {
  reply.json(status, { statusCode: status, error, error_description: description, message: description })
}

function invalidGrant (core: Core, reply: Reply, description: string): void {
  core.stats.invalidGrant++
  oauthError(reply, 400, 'invalid_grant', description)
}

function inactive (reply: Reply): void {
  reply.json(400, errorBody(400, 'Location is not active'))
}

function absoluteHttpUrl (value: string): URL | undefined {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}

/** GET /v2/oauth/chooselocation (and /oauth/chooselocation): validates like the marketplace page, auto-approves, redirects with a one-time code. */
export function chooseLocation (core: Core, ctx: RequestContext): void {
  const { reply } = ctx
  const q = new URLSearchParams(ctx.search)
  const bad = (message: string): void => reply.json(400, errorBody(400, message))
  const clientId = q.get('client_id')
  if (clientId === null || clientId === '') return bad('client_id is required')
  if (clientId !== core.settings.clientId) return bad(`Invalid client_id: no app with client id ${clientId}`)
  if (q.get('response_type') !== 'code') return bad("response_type must be 'code'")
  const redirectUri = q.get('redirect_uri') ?? ''
  const redirect = absoluteHttpUrl(redirectUri)
  if (redirect === undefined) return bad('redirect_uri must be an absolute http(s) URL')
  const scope = (q.get('scope') ?? '').trim()
  if (scope === '') return bad('scope is required')
  const company = q.get('install') === 'company' || q.get('user_type') === 'Company'
  const locationId = q.get('locationId') ?? undefined
  const companyId = q.get('companyId') ?? undefined
  if (locationId !== undefined && locationId !== '' && core.locations.get(locationId)?.active === false) return bad('Location is not active')
  const grant = core.tokens.grantFor({
    userType: company ? 'Company' : 'Location',
    locationId: locationId === '' ? undefined : locationId,
    companyId: companyId === '' ? undefined : companyId,
    scope
  })
  const code = core.tokens.createCode(grant, redirectUri)
  redirect.searchParams.set('code', code)
  const state = q.get('state')
  if (state !== null) redirect.searchParams.set('state', state)
  reply.redirect(redirect.href)
}

function requiredStrings (form: Record<string, string>, names: string[], errors: string[]): void {
  for (const name of names) {
    if (form[name] === undefined || form[name] === '') errors.push(`${name} should not be empty`)
  }
}

/** POST /oauth/token */
export async function token (core: Core, ctx: RequestContext, raw: Buffer): Promise<void> {
  const { reply, req } = ctx
  const { stats, settings, tokens } = core
  if (mediaType(req) !== FORM) {
    reply.json(422, errorBody(422, [`Content-Type must be ${FORM}`]))
    return
  }
  const form = parseForm(raw)
  const errors: string[] = []
  requiredStrings(form, ['client_id', 'client_secret', 'grant_type'], errors)
  if (form.grant_type !== undefined && form.grant_type !== '' && !GRANT_TYPES.includes(form.grant_type)) {
    errors.push(`grant_type must be one of the following values: ${GRANT_TYPES.join(', ')}`)
  }
  if (form.user_type !== undefined && !USER_TYPES.includes(form.user_type)) {
    errors.push(`user_type must be one of the following values: ${USER_TYPES.join(', ')}`)
  }
  if (errors.length > 0) {
    stats.tokenCalls.total++
    reply.json(422, errorBody(422, errors))
    return
  }
  const grantType = form.grant_type as 'authorization_code' | 'refresh_token' | 'client_credentials'
  stats.tokenCalls[grantType]++
  stats.tokenCalls.total++
  if (settings.tokenLatencyMs > 0) await core.timers.sleep(settings.tokenLatencyMs)
  if (form.client_id !== settings.clientId || form.client_secret !== settings.clientSecret) {
    stats.invalidClient++
    oauthError(reply, 401, 'invalid_client', 'Invalid client: client is invalid')
    return
  }
  const userType = form.user_type as UserType | undefined
  if (grantType === 'client_credentials') {
    oauthError(reply, 400, 'unsupported_grant_type', 'Unsupported grant type: client_credentials is not available to marketplace apps')
    return
  }
  if (grantType === 'authorization_code') {
    if (form.code === undefined || form.code === '') {
      reply.json(422, errorBody(422, ['code should not be empty']))
      return
    }
    const rec = tokens.code(form.code)
    if (rec === undefined || rec.grant.clientId !== form.client_id) return invalidGrant(core, reply, 'Invalid grant: authorization code is invalid')
    if (form.redirect_uri !== rec.redirectUri) return invalidGrant(core, reply, 'Invalid grant: redirect_uri does not match the authorization request')
    if (userType !== undefined && userType !== rec.grant.userType) return invalidGrant(core, reply, `Invalid grant: user_type ${userType} does not match the ${rec.grant.userType} authorization`)
    tokens.consumeCode(form.code)
    reply.json(200, tokens.issue(rec.grant))
    return
  }
  // refresh_token
  if (form.refresh_token === undefined || form.refresh_token === '') {
    reply.json(422, errorBody(422, ['refresh_token should not be empty']))
    return
  }
  const grant = tokens.refreshGrant(form.refresh_token)
  if (grant === undefined || grant.clientId !== form.client_id) return invalidGrant(core, reply, 'Invalid grant: refresh token is invalid')
  if (userType !== undefined && userType !== grant.userType) return invalidGrant(core, reply, `Invalid grant: user_type ${userType} does not match the ${grant.userType} token`)
  if (grant.locationId !== undefined && core.locations.get(grant.locationId)?.active === false) return inactive(reply)
  tokens.consumeRefresh(form.refresh_token)
  stats.refreshes++
  reply.json(200, tokens.issue(grant))
}

const AGENCY_WRITE: Guard = { userTypes: ['Company'], scopes: ['oauth.write'] }
const AGENCY_READ: Guard = { userTypes: ['Company'], scopes: ['oauth.readonly', 'oauth.write'] }

/** POST /oauth/locationToken (form companyId, locationId; Company bearer). */
function locationToken (core: Core, ctx: RequestContext, rec: AccessRecord, body: unknown): void {
  const { reply, req } = ctx
  core.stats.tokenCalls.location_token++
  core.stats.tokenCalls.total++
  if (mediaType(req) !== FORM) return reply.json(422, errorBody(422, [`Content-Type must be ${FORM}`]))
  const form = body as Record<string, string>
  const errors: string[] = []
  requiredStrings(form, ['companyId', 'locationId'], errors)
  if (errors.length > 0) return reply.json(422, errorBody(422, errors))
  if (!checkCompany(reply, rec, form.companyId)) return
  const loc = core.locations.get(form.locationId)
  if (loc !== undefined && loc.companyId !== rec.grant.companyId) return forbidLocation(reply)
  if (loc?.active === false) return inactive(reply)
  reply.json(200, core.tokens.issueLocationToken(rec.grant, form.locationId))
}

/** GET /oauth/installedLocations (Company bearer). */
function installedLocations (core: Core, ctx: RequestContext, rec: AccessRecord): void {
  const { reply } = ctx
  const q = new URLSearchParams(ctx.search)
  const errors: string[] = []
  const companyId = q.get('companyId') ?? ''
  const appId = q.get('appId') ?? ''
  if (companyId === '') errors.push('companyId should not be empty')
  if (appId === '') errors.push('appId should not be empty')
  const skip = Number(q.get('skip') ?? '0')
  const limit = Number(q.get('limit') ?? '20')
  if (!Number.isInteger(skip) || skip < 0) errors.push('skip must be a number string')
  if (!Number.isInteger(limit) || limit < 1) errors.push('limit must be a number string')
  if (errors.length > 0) return reply.json(422, errorBody(422, errors))
  if (!checkCompany(reply, rec, companyId)) return
  const ours = appId === core.settings.appId || appId === core.settings.clientId
  const isInstalled = q.get('isInstalled')
  const name = (q.get('query') ?? '').toLowerCase()
  const only = q.get('locationId')
  const all = core.locations.ofCompany(companyId)
    .map((l) => ({ loc: l, installed: ours && l.installed }))
    .filter(({ loc, installed }) =>
      (isInstalled === null || String(installed) === isInstalled) &&
      (name === '' || loc.name.toLowerCase().includes(name)) &&
      (only === null || only === '' || loc.id === only))
  const locations = all.slice(skip, skip + limit).map(({ loc, installed }) => {
    const out: Record<string, unknown> = { _id: loc.id, name: loc.name, address: loc.address, isInstalled: installed }
    if (installed) {
      out.versionId = core.settings.appId
      if (loc.installedAt !== undefined) out.installedAt = loc.installedAt
    }
    return out
  })
  reply.json(200, { locations, count: all.length, installToFutureLocations: rec.grant.installToFutureLocations ?? false, traceId: randomUUID() })
}

export const OAUTH_ROUTES: readonly RouteDef[] = [
  { method: 'POST', path: '/oauth/locationToken', guard: AGENCY_WRITE, apiCall: false, run: locationToken },
  { method: 'GET', path: '/oauth/installedLocations', guard: AGENCY_READ, run: installedLocations }
]

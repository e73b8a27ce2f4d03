// The control API under /__sandbox/ (no auth, JSON): everything the programmatic API does, for tests that reach the
// sandbox only over HTTP. Never rate limited, never faulted, not counted in stats.
import { resetStats, type Core, type RequestContext } from './core.js'
import { errorBody, isObject, parseBody } from './http.js'
import { Router, type Params } from './router.js'
import { copyStats } from './state.js'
import type { IssueTokensInput, LocationSettings, SendWebhookOptions, TokenFilter, WebhookInput } from './types.js'
import { appointmentsOf, opportunitiesOf, recordsOf, seedsOf } from './views.js'

export const CONTROL_PREFIX = '/__sandbox'

class BadRequest extends Error {}

function filterOf (body: unknown): TokenFilter | undefined {
  if (body === undefined) return undefined
  if (!isObject(body)) throw new BadRequest('body must be an object')
  return Object.keys(body).length === 0 ? undefined : body as TokenFilter
}

function eventOf (value: unknown): WebhookInput {
  if (!isObject(value) || typeof value.type !== 'string') throw new BadRequest('event must be an object with a string type')
  return value as WebhookInput
}

export function info (core: Core): Record<string, unknown> {
  const s = core.settings
  return {
    url: core.url,
    clientId: s.clientId,
    clientSecret: s.clientSecret,
    appId: s.appId,
    defaultLocationId: s.defaultLocationId,
    companyId: s.companyId,
    accessTokenTtlSeconds: s.accessTokenTtlSeconds,
    rateLimit: s.rateLimit,
    allowDuplicateContacts: s.allowDuplicateContacts,
    locationTokenRefresh: s.locationTokenRefresh,
    now: core.clock.now()
  }
}

type View = (core: Core, params: Params, body: unknown) => [number, unknown]

/** Control routes with path parameters: locations, and the state of a location or a contact. */
const VIEWS = new Router<View>()
  .add('PUT', '/locations/:id', (core, { id }, body) => {
    if (!isObject(body)) throw new BadRequest('body must be a JSON object')
    return [200, core.locations.set(id, body as LocationSettings)]
  })
  .add('GET', '/locations/:id', (core, { id }) => {
    const loc = core.locations.get(id)
    return loc === undefined ? [404, errorBody(404, `Unknown location ${id}`)] : [200, { ...loc }]
  })
  .add('GET', '/contacts/:locationId', (core, { locationId }) => [200, { contacts: structuredClone(core.contacts.list(locationId)) }])
  .add('GET', '/contacts/:locationId/:contactId', (core, { locationId, contactId }) => {
    const contact = core.contacts.get(contactId)
    if (contact?.locationId !== locationId) return [404, errorBody(404, `No contact ${contactId} in ${locationId}`)]
    return [200, { contact: structuredClone(contact), ...recordsOf(core, contactId) }]
  })
  .add('GET', '/seeds/:locationId', (core, { locationId }) => [200, seedsOf(core, locationId)])
  .add('GET', '/opportunities/:locationId', (core, { locationId }) => [200, { opportunities: opportunitiesOf(core, locationId) }])
  .add('GET', '/appointments/:locationId', (core, { locationId }) => [200, { appointments: appointmentsOf(core, locationId) }])

async function route (core: Core, method: string, sub: string, body: unknown): Promise<[number, unknown]> {
  const obj = (): Record<string, unknown> => {
    if (!isObject(body)) throw new BadRequest('body must be a JSON object')
    return body
  }
  switch (`${method} ${sub}`) {
    case 'GET ':
    case 'GET /':
      return [200, info(core)]
    case 'GET /faults':
      return [200, { faults: core.faults.pending() }]
    case 'POST /faults':
      return [201, { fault: core.faults.add(body), pending: core.faults.pending().length }]
    case 'DELETE /faults':
      core.faults.clear()
      return [200, { ok: true }]
    case 'GET /stats':
      return [200, copyStats(core.stats)]
    case 'POST /stats/reset':
      resetStats(core)
      return [200, { ok: true }]
    case 'POST /install':
      return [200, core.tokens.issue(core.tokens.grantFor((body ?? {}) as IssueTokensInput))]
    case 'POST /tokens/expire':
      return [200, { count: core.tokens.expireAccess(filterOf(body)) }]
    case 'POST /tokens/revoke':
      return [200, { count: core.tokens.revokeAccess(filterOf(body)) }]
    case 'POST /tokens/revoke-refresh':
      return [200, { count: core.tokens.revokeRefresh(filterOf(body)) }]
    case 'GET /keys':
      return [200, { ...core.webhooks.publicKeys, appId: core.settings.appId }]
    case 'POST /rate-limit/daily': {
      const { locationId, remaining } = obj()
      if (typeof locationId !== 'string' || locationId === '') throw new BadRequest('locationId must be a non-empty string')
      if (typeof remaining !== 'number' || !Number.isFinite(remaining) || remaining < 0) throw new BadRequest('remaining must be a non-negative number')
      const set = core.limiter.setDailyRemaining(core.settings.clientId + ':' + locationId, remaining)
      return set === undefined ? [409, errorBody(409, 'rate limiting is off in this sandbox')] : [200, { locationId, dailyRemaining: set }]
    }
    case 'POST /clock/advance': {
      const ms = obj().ms
      if (typeof ms !== 'number') throw new BadRequest('ms must be a number')
      core.clock.advance(ms)
      return [200, { now: core.clock.now() }]
    }
    case 'POST /webhooks/build': {
      const payload = core.webhooks.build(eventOf(obj().event))
      const rawBody = JSON.stringify(payload)
      return [200, { payload, rawBody, headers: core.webhooks.sign(rawBody) }]
    }
    case 'POST /webhooks/sign': {
      const raw = obj().rawBody
      if (typeof raw !== 'string') throw new BadRequest('rawBody must be a string')
      return [200, core.webhooks.sign(raw)]
    }
    case 'POST /webhooks/send': {
      const b = obj()
      if (typeof b.url !== 'string') throw new BadRequest('url must be a string')
      const opts: SendWebhookOptions = {}
      if (b.scheme !== undefined) opts.scheme = b.scheme as SendWebhookOptions['scheme']
      if (b.tamper !== undefined) opts.tamper = b.tamper === true
      if (typeof b.timeoutMs === 'number') opts.timeoutMs = b.timeoutMs
      const event = eventOf(b.event)
      try {
        return [200, await core.webhooks.send(b.url, event, opts)]
      } catch (err) {
        if (err instanceof TypeError) throw err
        return [502, errorBody(502, `webhook delivery failed: ${(err as Error).message}`)]
      }
    }
  }
  const m = VIEWS.match(method, sub)
  if (m !== undefined) return m.handler(core, m.params, body)
  return [404, errorBody(404, `Cannot ${method} ${CONTROL_PREFIX}${sub}`)]
}

/** Answers a /__sandbox request (the body has been read). */
export async function control (core: Core, ctx: RequestContext, raw: Buffer): Promise<void> {
  const { reply, req } = ctx
  const parsed = parseBody(req, raw)
  if (!parsed.ok) return reply.json(400, errorBody(400, `Invalid JSON: ${parsed.message}`))
  const body = raw.length === 0 ? undefined : parsed.value
  try {
    const [status, out] = await route(core, ctx.method, ctx.path.slice(CONTROL_PREFIX.length), body)
    reply.json(status, out)
  } catch (err) {
    if (err instanceof BadRequest || err instanceof TypeError || err instanceof URIError) {
      reply.json(400, errorBody(400, err.message))
      return
    }
    throw err
  }
}

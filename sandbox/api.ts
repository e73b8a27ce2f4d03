// What every API handler shares: the route type, the answers (GHL-style errors, traceId), the scope guards and the
// ownership checks (the contact, the location of a query parameter).
import { randomUUID } from 'node:crypto'
import { checkLocation, type Guard } from './auth.js'
import type { Core, RequestContext } from './core.js'
import type { Model } from './custom-fields.js'
import { errorBody, isObject, type Reply } from './http.js'
import type { Params } from './router.js'
import type { AccessRecord } from './tokens.js'
import type { SandboxContact } from './types.js'
import { requiredQuery } from './validate.js'

export type Handler = (core: Core, ctx: RequestContext, rec: AccessRecord, body: unknown, params: Params) => void

/** One API operation as a table row: method, spec path (':name' parameters), guard, handler. */
export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  guard: Guard
  /** whether the handler takes a body (default: POST and PUT do) */
  body?: boolean
  /** counted in stats.apiCalls (default true; POST /oauth/locationToken is counted in tokenCalls instead) */
  apiCall?: boolean
  run: Handler
}

export interface ApiRoute {
  /** stats key, e.g. 'GET /contacts/:id' */
  key: string
  guard: Guard
  body: boolean
  apiCall: boolean
  run: Handler
}

export function apiRoute (def: RouteDef): ApiRoute {
  return {
    key: `${def.method} ${def.path}`,
    guard: def.guard,
    body: def.body ?? (def.method === 'POST' || def.method === 'PUT'),
    apiCall: def.apiCall ?? true,
    run: def.run
  }
}

/** Location-token guards: reads accept the resource's readonly or write scope, writes the write scope. */
export function readGuard (resource: string, versions?: ReadonlySet<string>): Guard {
  return { userTypes: ['Location'], scopes: [`${resource}.readonly`, `${resource}.write`], versions }
}

export function writeGuard (resource: string, versions?: ReadonlySet<string>): Guard {
  return { userTypes: ['Location'], scopes: [`${resource}.write`], versions }
}

export function traceId (): string {
  return randomUUID()
}

/** A JSON answer with the traceId GHL adds to every body. */
export function send (reply: Reply, status: number, body: Record<string, unknown>): void {
  reply.json(status, { ...body, traceId: traceId() })
}

export function unprocessable (reply: Reply, messages: string[]): void {
  reply.json(422, errorBody(422, messages))
}

export function notFound (reply: Reply, message: string): void {
  reply.json(404, errorBody(404, message))
}

export function badRequest (reply: Reply, message: string): void {
  reply.json(400, errorBody(400, message))
}

/** 422 with the messages when there are any; true when the call may go on. */
export function valid (reply: Reply, errors: string[]): boolean {
  if (errors.length === 0) return true
  unprocessable(reply, errors)
  return false
}

/** `found` when it exists (404 `missing` otherwise) and is in the token's location (403 otherwise). */
export function inTokenLocation<T extends { locationId: string }> (reply: Reply, rec: AccessRecord, found: T | undefined, missing: string): T | undefined {
  if (found === undefined) {
    notFound(reply, missing)
    return undefined
  }
  return checkLocation(reply, rec, found.locationId) ? found : undefined
}

/** The contact the token may see, or undefined with the answer sent (404 / 403). */
export function ownContact (core: Core, reply: Reply, rec: AccessRecord, id: string): SandboxContact | undefined {
  return inTokenLocation(reply, rec, core.contacts.get(id), 'Contact not found')
}

/** GET …?locationId=: `{ [key]: list(locationId) }` for the token's location. */
export function locationList (key: string, list: (core: Core, locationId: string) => unknown[]): Handler {
  return (core, ctx, rec) => {
    const locationId = queryLocation(ctx, rec, new URLSearchParams(ctx.search))
    if (locationId !== undefined) send(ctx.reply, 200, { [key]: list(core, locationId) })
  }
}

/** 403 when the body names another location than the token's; true when the call may go on. */
export function bodyLocationAllowed (reply: Reply, rec: AccessRecord, body: unknown): boolean {
  if (isObject(body) && typeof body.locationId === 'string' && body.locationId.length > 0) return checkLocation(reply, rec, body.locationId)
  return true
}

/** A required location query parameter that must be the token's location: its value, or undefined (422 / 403 sent). */
export function queryLocation (ctx: RequestContext, rec: AccessRecord, q: URLSearchParams, name = 'locationId', errors: string[] = []): string | undefined {
  const locationId = requiredQuery(q, name, errors)
  if (!valid(ctx.reply, errors)) return undefined
  return checkLocation(ctx.reply, rec, locationId) ? locationId : undefined
}

/** The body with its `customFields` resolved to the location's field ids, or undefined with the 422 sent. */
export function resolveFields (core: Core, reply: Reply, locationId: string, model: Model, input: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!Array.isArray(input.customFields)) return input
  const { errors, values } = core.fields.resolve(locationId, model, input.customFields)
  return valid(reply, errors) ? { ...input, customFields: values } : undefined
}

// What every resource module shares: the generated spec types by operation (body, 2xx reply, query), path segments
// checked and encoded, bodies checked against the spec before any network call, and the connection's location.
import { GhlValidationError } from '../errors.js'
import type { SpecOperations } from './generated/index.js'
import { validateBody, type BodyOperationId, type BodySpec, type RequestBody } from './validate-body.js'

export type SpecName = keyof SpecOperations
export type OperationOf<S extends SpecName> = keyof SpecOperations[S] & string
type Op<S extends SpecName, O extends OperationOf<S>> = SpecOperations[S][O]

/** The JSON request body of an operation, as generated (with the spec overrides). */
export type SpecBody<S extends SpecName, O extends OperationOf<S>> =
  Op<S, O> extends { requestBody?: infer B } ? NonNullable<B> extends { content: { 'application/json': infer J } } ? J : never : never

/** The JSON body of an operation's success answer (200, else 201). */
export type SpecReply<S extends SpecName, O extends OperationOf<S>> =
  Op<S, O> extends { responses: infer R }
    ? R extends { 200: { content: { 'application/json': infer J } } }
      ? J
      : R extends { 201: { content: { 'application/json': infer J } } } ? J : unknown
    : unknown

/** The query parameters of an operation. */
export type SpecQuery<S extends SpecName, O extends OperationOf<S>> =
  Op<S, O> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

/** `T` with the keys `K` made optional (what the client fills in: the connection's location, defaults). */
export type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>

/** A readable name for the problem of a path parameter, e.g. `contactId must be a non-empty string`. */
export function invalidId (name: string): Error {
  return new GhlValidationError(`${name} must be a non-empty string`)
}

/**
 * `value` as one encoded path segment. `.` and `..` survive encodeURIComponent and are dot segments (`/contacts/..`
 * is `/` once a server or proxy normalises it): refused, as are empty and non-string ids.
 */
export function segment (name: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) throw invalidId(name)
  if (value === '.' || value === '..') throw new GhlValidationError(`${name} must not be "." or ".."`)
  return encodeURIComponent(value)
}

export function requireObject (value: unknown, subject: string): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new GhlValidationError(`${subject} must be an object`)
  }
}

/** `body` checked (an object, valid for the operation: GHL_VALIDATION naming the field otherwise) and narrowed. */
export function checkedBody<S extends BodySpec, O extends BodyOperationId<S>> (spec: S, operationId: O, body: unknown, subject: string): RequestBody<S, O> {
  requireObject(body, subject)
  validateBody(spec, operationId, body, subject)
  return body
}

/** Fills `locationId` with the connection's location when omitted (a new object: the caller's input is not changed). */
export function withLocation<T extends { locationId?: unknown }> (input: T, locationId: string | undefined): T {
  if (input === null || typeof input !== 'object' || input.locationId !== undefined || locationId === undefined) return input
  return { ...input, locationId }
}

/** The location a call is about: the given one, else the connection's; GHL_VALIDATION naming `name` when neither. */
export function locationOf (given: unknown, connection: string | undefined, name = 'locationId'): string {
  const id = given ?? connection
  if (typeof id !== 'string' || id.length === 0) {
    throw new GhlValidationError(`${name} is required (the client has no default location)`)
  }
  return id
}

/** A query object from the caller, checked to be an object (or absent). */
export function queryInput<T extends object> (value: T | undefined, subject: string): Partial<T> {
  if (value === undefined) return {}
  requireObject(value, subject)
  return value
}

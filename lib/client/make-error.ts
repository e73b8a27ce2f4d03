// Builds an error of lib/errors.ts with any number of message arguments and an optional cause.
// (@fastify/error types its constructors with at most three arguments; GhlHttpError has four placeholders, and
// `{ cause }` is one more.)
import type { FastifyError } from '@fastify/error'

type ErrorCtor = new (...args: unknown[]) => FastifyError

export function makeError (ctor: unknown, args: readonly unknown[], cause?: unknown): FastifyError {
  const C = ctor as ErrorCtor
  return cause === undefined ? new C(...args) : new C(...args, { cause })
}

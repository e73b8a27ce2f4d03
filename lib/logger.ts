// The slice of pino's API the core uses, so lib/ needs no Fastify: pass `fastify.log` or any pino logger.
export interface GhlLogger {
  trace (obj: object, msg?: string): void
  debug (obj: object, msg?: string): void
  info (obj: object, msg?: string): void
  warn (obj: object, msg?: string): void
  error (obj: object, msg?: string): void
}

const noop = (): void => {}
export const silentLogger: GhlLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: noop }

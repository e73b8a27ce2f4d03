import type { GhlLogger } from './logger.js'

/** Closes what was opened, last opened first, each step once, failures logged and not stopping the rest. */
export class Closer {
  readonly #steps: Array<{ name: string, close: () => Promise<void> | void }> = []
  #closing: Promise<void> | undefined

  constructor (private readonly log: GhlLogger) {}

  add (name: string, close: () => Promise<void> | void): void {
    this.#steps.push({ name, close })
  }

  close (): Promise<void> {
    this.#closing ??= (async () => {
      for (const step of this.#steps.reverse()) {
        try {
          await step.close()
        } catch (err) {
          this.log.error({ step: step.name, err: (err as Error).message }, 'fastify-ghl: closing a resource failed')
        }
      }
    })()
    return this.#closing
  }
}

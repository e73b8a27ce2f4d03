// The handlers a host registers with `fastify.ghl.webhooks.on(type, handler)`, by event type ('*': every type).
// They run from the durable queue on whichever instance claims the event, so every instance registers the same ones.
import { WEBHOOK_TYPES, type AnyWebhookEvent, type WebhookEventOf, type WebhookType } from './event-types.js'

export interface WebhookHandlerContext<E, C = unknown> {
  event: E
  /** 1 on the first run; a retry after a throw (or a crash) counts up. */
  attempt: number
  /** The API bound to the event's location (or company for agency events); undefined when the event names neither. */
  connection: C | undefined
}

export type WebhookHandler<E, C = unknown> = (ctx: WebhookHandlerContext<E, C>) => unknown

type Entry = WebhookHandler<any>

const KNOWN: ReadonlySet<string> = new Set(WEBHOOK_TYPES)

/** `C`: what `connection` is (fastify.ghl's LocationApi). */
export interface WebhookHandlers<C = unknown> {
  /**
   * Runs `handler` for each event of `type`, at least once (the webhook id is the idempotency key). A handler that
   * throws is retried with backoff; after `webhooks.maxAttempts` the event is dead, kept with the error. Returns a
   * function that removes the handler.
   */
  on: (<T extends WebhookType>(type: T, handler: WebhookHandler<WebhookEventOf<T>, C>) => () => void) &
  ((type: '*', handler: WebhookHandler<AnyWebhookEvent, C>) => () => void)
  /** Runs the handlers of the event's type, then the '*' ones, in registration order; the first throw stops the run. */
  run: (type: string, ctx: WebhookHandlerContext<Record<string, unknown>, C>) => Promise<number>
  count: () => number
}

export function createWebhookHandlers<C> (): WebhookHandlers<C> {
  const byType = new Map<string, Entry[]>()

  function on (type: string, handler: Entry): () => void {
    if (typeof type !== 'string' || (type !== '*' && !KNOWN.has(type))) {
      throw new TypeError(`webhooks.on: unknown event type ${JSON.stringify(type)}; use one of ${WEBHOOK_TYPES.join(', ')} or '*'`)
    }
    if (typeof handler !== 'function') throw new TypeError('webhooks.on: handler must be a function ({ event, attempt, connection })')
    const list = byType.get(type) ?? []
    list.push(handler)
    byType.set(type, list)
    return () => {
      const at = list.indexOf(handler)
      if (at !== -1) list.splice(at, 1)
    }
  }

  return {
    on: on as WebhookHandlers<C>['on'],
    async run (type, ctx) {
      const handlers = [...(byType.get(type) ?? []), ...(byType.get('*') ?? [])]
      for (const handler of handlers) await handler(ctx)
      return handlers.length
    },
    count: () => [...byType.values()].reduce((n, list) => n + list.length, 0)
  }
}

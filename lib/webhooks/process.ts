// What a stored, fresh webhook does: UNINSTALL revokes the connection fleet-wide (and drops its limiter and
// breaker), INSTALL is announced, any other type is emitted as `webhook`.
import type { GhlEventEmitter } from '../events.js'
import type { GhlLogger } from '../logger.js'
import type { TokenManager } from '../tokens/types.js'
import { str, type WebhookPayload } from './parse.js'

export interface WebhookProcessorParts {
  manager: Pick<TokenManager, 'revoke'>
  evict: (connection: string) => void
  events: GhlEventEmitter
  log: GhlLogger
}

export type WebhookProcessor = (type: string, webhookId: string, payload: WebhookPayload) => Promise<void>

export function createWebhookProcessor ({ manager, evict, events, log }: WebhookProcessorParts): WebhookProcessor {
  return async function processWebhook (type, webhookId, payload) {
    const locationId = str(payload.locationId)
    const companyId = str(payload.companyId)
    switch (type) {
      case 'UNINSTALL': {
        const connection = locationId ?? companyId
        if (connection === undefined) throw new Error('UNINSTALL names neither locationId nor companyId')
        await manager.revoke(connection, 'the app was uninstalled (UNINSTALL webhook); install it again to reconnect')
        evict(connection)
        log.info({ connection }, 'GHL app uninstalled: connection revoked')
        events.emit('app:uninstalled', { connection, locationId, companyId })
        return
      }
      case 'INSTALL': {
        const connection = locationId ?? companyId
        if (connection === undefined) throw new Error('INSTALL names neither locationId nor companyId')
        events.emit('app:installed', { connection, locationId, companyId })
        return
      }
      default:
        events.emit('webhook', { type, webhookId, ...(locationId === undefined ? {} : { locationId }), payload })
    }
  }
}

// What a stored, fresh webhook does: UNINSTALL revokes the connection fleet-wide (and drops its limiter and
// breaker) — an agency-level one (companyId, no locationId) also the location connections obtained through that
// company —, INSTALL is announced, any other type is emitted as `webhook`.
import type { GhlEventEmitter } from '../events.js'
import type { GhlLogger } from '../logger.js'
import type { TokenManager } from '../tokens/types.js'
import { str, type WebhookPayload } from './parse.js'

export interface WebhookProcessorParts {
  manager: Pick<TokenManager, 'revoke' | 'list'>
  evict: (connection: string) => void
  events: GhlEventEmitter
  log: GhlLogger
}

export type WebhookProcessor = (type: string, webhookId: string, payload: WebhookPayload) => Promise<void>

export function createWebhookProcessor ({ manager, evict, events, log }: WebhookProcessorParts): WebhookProcessor {
  /**
   * Agency-level UNINSTALL: the location connections under the company go too (their tokens came through it, or its
   * install). The store has no query by company, so this reads every connection once (an UNINSTALL is rare).
   */
  async function revokeLocationsOf (companyId: string): Promise<void> {
    const locations = (await manager.list())
      .filter((view) => view.userType === 'Location' && view.companyId === companyId && view.status !== 'revoked')
    for (const view of locations) {
      await manager.revoke(view.connection, `the app was uninstalled from agency ${companyId} (UNINSTALL webhook); install it again to reconnect`)
      evict(view.connection)
    }
    if (locations.length > 0) log.info({ connection: companyId, locations: locations.length }, 'GHL agency uninstall: its location connections revoked')
  }

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
        if (locationId === undefined && companyId !== undefined) await revokeLocationsOf(companyId)
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

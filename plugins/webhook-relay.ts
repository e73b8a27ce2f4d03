// The webhook handler relay on this instance (queue 'webhooks': host handlers, UNINSTALL revocations, agency location
// installs): started once the app is ready, so handlers registered with fastify.ghl.webhooks.on before ready are in
// place when the first event is claimed; stopped on close before the client and the store close (handlers in flight
// finish or are handed back, and another instance takes them over).
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import type { Relay } from '../lib/outbox/relay.js'

export interface WebhookRelayPluginOptions {
  relay: Relay
}

const webhookRelay: FastifyPluginAsync<WebhookRelayPluginOptions> = async (fastify, { relay }) => {
  fastify.addHook('onReady', async () => { await relay.start() })
  fastify.addHook('onClose', async () => { await relay.stop() })
}

export default fp(webhookRelay, {
  fastify: '5.x',
  name: 'fastify-ghl-webhook-relay',
  dependencies: ['fastify-ghl'],
  encapsulate: true
})

// The outbox relay on this instance: started once the app is ready (so nothing is delivered by an app that fails to
// boot), stopped on close before the client and the store close (deliveries in flight finish or are handed back).
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import type { Relay } from '../lib/outbox/relay.js'

export interface OutboxPluginOptions {
  relay: Relay
}

const outbox: FastifyPluginAsync<OutboxPluginOptions> = async (fastify, { relay }) => {
  fastify.addHook('onReady', async () => { await relay.start() })
  fastify.addHook('onClose', async () => { await relay.stop() })
}

export default fp(outbox, {
  fastify: '5.x',
  name: 'fastify-ghl-outbox',
  dependencies: ['fastify-ghl'],
  encapsulate: true
})

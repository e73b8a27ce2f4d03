// The routes of fastify-ghl under the prefix (default /api/integrations/ghl), each an encapsulated plugin.
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import authUrl from './auth-url.js'
import callback from './callback.js'
import type { RouteOptions } from './context.js'
import metrics from './metrics.js'
import status from './status.js'
import testIntegration from './test-integration.js'
import webhooks from './webhooks.js'

const routes: FastifyPluginAsync<RouteOptions> = async (fastify, opts) => {
  const options = { ctx: opts.ctx }
  await fastify.register(authUrl, options)
  await fastify.register(callback, options)
  await fastify.register(status, options)
  await fastify.register(testIntegration, options)
  await fastify.register(metrics, options)
  await fastify.register(webhooks, options)
}

export default fp(routes, { fastify: '5.x', name: 'fastify-ghl-routes', dependencies: ['fastify-ghl'], encapsulate: true })
export type { RouteContext, RouteOptions } from './context.js'

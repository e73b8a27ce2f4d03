// GET /metrics: Prometheus text from the plugin's registry (or the host's, when one was given); admin-only with
// routes.metrics.admin (or metrics.protect), applied where the routes are mounted (routes/index.ts).
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { errorResponses, useErrorHandler, type RouteOptions } from './context.js'

const metrics: FastifyPluginAsync<RouteOptions> = async (fastify, { ctx }) => {
  useErrorHandler(fastify, ctx)
  const registry = ctx.metrics
  if (registry === undefined || ctx.settings.metrics === false) return

  fastify.get('/metrics', {
    schema: { response: { 200: { type: 'string' }, ...errorResponses } }
  }, async (_request, reply) => {
    const { contentType, body } = await registry.render()
    void reply.header('cache-control', 'no-store').type(contentType)
    return body
  })
}

export default fp(metrics, { fastify: '5.x', name: 'fastify-ghl-metrics', dependencies: ['fastify-ghl'], encapsulate: true })

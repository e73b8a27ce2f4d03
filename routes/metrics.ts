// GET /metrics: Prometheus text from the plugin's registry (or the host's, when one was given); optionally admin-only.
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { errorResponses, useErrorHandler, type RouteOptions } from './context.js'

const metrics: FastifyPluginAsync<RouteOptions> = async (fastify, { ctx }) => {
  useErrorHandler(fastify, ctx)
  const registry = ctx.metrics
  if (registry === undefined || ctx.settings.metrics === false) return
  const protect = ctx.settings.metrics.protect

  fastify.get('/metrics', {
    ...(protect ? { preHandler: ctx.admin } : {}),
    schema: { response: { 200: { type: 'string' }, ...errorResponses } }
  }, async (_request, reply) => {
    const { contentType, body } = await registry.render()
    void reply.header('cache-control', 'no-store').type(contentType)
    return body
  })
}

export default fp(metrics, { fastify: '5.x', name: 'fastify-ghl-metrics', dependencies: ['fastify-ghl'], encapsulate: true })

// POST /webhooks: GHL's signed webhooks, taken in by lib/webhooks/intake.ts — verified over the raw bytes (fail
// closed), other apps' events ignored, the raw body stored with its handler job, then answered. Handlers, UNINSTALL
// revocations and agency location installs run from the durable queue (plugins/webhook-relay.ts), never before the
// answer. 429 only when the store cannot write now (GHL then delivers again ~10 minutes later, same body).
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { errorResponses, useErrorHandler, type RouteOptions } from './context.js'

const webhooks: FastifyPluginAsync<RouteOptions> = async (fastify, { ctx }) => {
  useErrorHandler(fastify, ctx)
  const bodyLimit = ctx.settings.webhookBodyLimit

  // The signature covers the exact bytes: keep them (this parser only applies inside this plugin).
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => { done(null, body) })

  fastify.post('/webhooks', {
    bodyLimit,
    schema: {
      response: {
        200: {
          type: 'object',
          properties: { ok: { type: 'boolean' }, duplicate: { type: 'boolean' }, ignored: { type: 'boolean' }, failed: { type: 'boolean' } },
          required: ['ok'],
          additionalProperties: false
        },
        ...errorResponses
      }
    }
  }, async (request) => await ctx.intake(Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0), request.headers))
}

export default fp(webhooks, { fastify: '5.x', name: 'fastify-ghl-webhooks', dependencies: ['fastify-ghl'], encapsulate: true })

// GET /auth-url → { url, state }: GHL's consent page (chooselocation) with a signed, expiring state.
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { consentUrl } from '../lib/config.js'
import { errorResponses, useErrorHandler, type RouteOptions } from './context.js'

const authUrl: FastifyPluginAsync<RouteOptions> = async (fastify, { ctx }) => {
  useErrorHandler(fastify, ctx)

  fastify.get('/auth-url', {
    schema: {
      response: {
        200: {
          type: 'object',
          properties: { url: { type: 'string' }, state: { type: 'string' } },
          required: ['url', 'state'],
          additionalProperties: false
        },
        ...errorResponses
      }
    }
  }, async (_request, reply) => {
    const { state } = ctx.stateSigner.issue()
    const url = consentUrl(ctx.settings, state)
    void reply.header('cache-control', 'no-store')
    return { url, state }
  })
}

export default fp(authUrl, { fastify: '5.x', name: 'fastify-ghl-auth-url', dependencies: ['fastify-ghl'], encapsulate: true })

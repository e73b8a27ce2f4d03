// GET /auth-url → { url, state }: GHL's consent page (chooselocation) with a signed, expiring state bound to this
// browser (its nonce goes into an HttpOnly cookie). Behind the admin auth unless the route is opened
// (routes.authUrl.admin: false): anyone who may start a flow may link a GHL location to this app.
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { errorResponses, useErrorHandler, type RouteOptions } from './context.js'
import { startAuthorization } from './oauth-cookie.js'

export interface AuthUrlOptions extends RouteOptions {
  /** Require the admin auth (default true). */
  admin?: boolean
}

const authUrl: FastifyPluginAsync<AuthUrlOptions> = async (fastify, { ctx, admin = true }) => {
  useErrorHandler(fastify, ctx)

  fastify.get('/auth-url', {
    ...(admin ? { preHandler: ctx.admin } : {}),
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
  }, async (request, reply) => {
    void reply.header('cache-control', 'no-store')
    return startAuthorization(ctx.settings, ctx.stateSigner, request, reply)
  })
}

export default fp(authUrl, { fastify: '5.x', name: 'fastify-ghl-auth-url', dependencies: ['fastify-ghl'], encapsulate: true })

// The routes of fastify-ghl, each an encapsulated plugin mounted by options.routes: under its prefix (default the
// plugin's, /api/integrations/ghl), behind the admin guard when its `admin` is true, or not at all (false: 404).
// /auth-url and the admin page apply their `admin` setting themselves: it is handed to them as the `admin` option.
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import type { RouteName } from '../lib/config.js'
import admin from './admin/index.js'
import authUrl from './auth-url.js'
import callback from './callback.js'
import type { RouteOptions } from './context.js'
import metrics from './metrics.js'
import status from './status.js'
import testIntegration from './test-integration.js'
import webhooks from './webhooks.js'

const PLUGINS: ReadonlyArray<[RouteName, FastifyPluginAsync<RouteOptions>]> = [
  ['authUrl', authUrl],
  ['callback', callback],
  ['status', status],
  ['testIntegration', testIntegration],
  ['metrics', metrics],
  ['webhooks', webhooks],
  ['admin', admin]
]

/** Routes that apply their `admin` setting themselves (a guard here too would run it twice). */
const OWN_ADMIN: ReadonlySet<RouteName> = new Set(['authUrl', 'admin'])

const routes: FastifyPluginAsync<RouteOptions> = async (fastify, opts) => {
  const { ctx } = opts
  for (const [name, plugin] of PLUGINS) {
    const setting = ctx.settings.routes[name]
    if (!setting.enabled) continue
    await fastify.register(async function ghlRoute (scope) {
      // status has a public view: with admin false it runs the guard itself, only for the detailed view.
      if (setting.admin && !OWN_ADMIN.has(name)) scope.addHook('preHandler', ctx.admin)
      const options: RouteOptions & { admin?: boolean } = OWN_ADMIN.has(name) ? { ctx, admin: setting.admin } : { ctx }
      await scope.register(plugin, options)
    }, { prefix: setting.prefix })
  }
}

export default fp(routes, { fastify: '5.x', name: 'fastify-ghl-routes', dependencies: ['fastify-ghl'], encapsulate: true })
export type { RouteContext, RouteOptions } from './context.js'

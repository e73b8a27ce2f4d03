// The root plugin, wiring only: reads the configuration, opens the store, builds the core (lib/core.ts), decorates
// `fastify.ghl`, registers the routes and the scheduled refresher, and closes everything it opened in onClose, in
// reverse order (outbox relay → refresher → LISTEN → client → dispatcher → store/pool).
import type { FastifyPluginAsync, preHandlerAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import type { Registry } from 'prom-client'
import { openStore, storeIsExternal, UnsupportedDbError, type DbOption } from '../db/open.js'
import { Closer } from '../lib/closer.js'
import { normalizeSettings, settingName, type GhlConfigInput } from '../lib/config.js'
import { createCore, type Core } from '../lib/core.js'
import { GhlConfigError } from '../lib/errors.js'
import { GhlEventEmitter } from '../lib/events.js'
import type { GhlClient } from '../lib/ghl-client.js'
import type { GhlLogger } from '../lib/logger.js'
import { loadKeyRing } from '../lib/tokens/key-ring-file.js'
import routes from '../routes/index.js'
import { adminGuard } from '../routes/context.js'
import { loadEnv } from './config.js'
import outbox from './outbox.js'
import refresher from './refresher.js'
import webhookRelay from './webhook-relay.js'

/** Log fields that may hold a secret, censored in everything the plugin logs. */
export const REDACTED_PATHS = [
  'access_token', 'refresh_token', 'accessToken', 'refreshToken', 'client_secret', 'clientSecret', 'authorization',
  'token', 'encryptionKey', 'adminToken',
  '*.access_token', '*.refresh_token', '*.accessToken', '*.refreshToken', '*.client_secret', '*.clientSecret',
  '*.authorization', '*.token', 'headers.authorization', 'req.headers.authorization'
]

export interface GhlOptions extends Omit<GhlConfigInput, 'adminPreHandler' | 'db' | 'metrics'> {
  /** An existing database: a pg Pool, a PGlite instance, a drizzle database over either, or a TokenStore. Never closed by the plugin. */
  db?: DbOption
  /** Guards the admin routes instead of the admin token (e.g. the host's session check). */
  adminPreHandler?: preHandlerAsyncHookHandler
  /** Metrics options, or false for no metrics (and no /metrics route). */
  metrics?: { registry?: Registry, protect?: boolean } | false
}

declare module 'fastify' {
  interface FastifyInstance {
    ghl: GhlClient
  }
}

function configError (err: unknown): unknown {
  return err instanceof UnsupportedDbError ? new GhlConfigError(err.message) : err
}

const ghl: FastifyPluginAsync<GhlOptions> = async (fastify, opts) => {
  if (fastify.hasDecorator('ghl')) {
    throw new GhlConfigError('fastify-ghl is already registered on this Fastify instance (fastify.ghl exists); register it once and use fastify.ghl.forLocation(id) for other connections')
  }
  if (opts === null || typeof opts !== 'object') throw new GhlConfigError('options must be an object')
  const options = opts as GhlConfigInput
  const settings = normalizeSettings(await loadEnv(fastify, options), options)
  let external: boolean
  try {
    external = storeIsExternal(settings, opts.db)
  } catch (err) {
    throw configError(err)
  }
  const now = opts.now ?? Date.now
  const log: GhlLogger = fastify.log.child({ plugin: 'fastify-ghl' }, { redact: { paths: REDACTED_PATHS, censor: '[redacted]' } })
  const keyRing = await loadKeyRing(settings, external, log)
  const events = new GhlEventEmitter()
  const closer = new Closer(log)

  let core: Core
  try {
    const opened = await openStore(settings, opts.db, log)
    closer.add('store', opened.close)
    core = await createCore({ settings, options, store: opened.store, keyRing, events, log, now, closer })
    fastify.decorate('ghl', core.client)
  } catch (err) {
    await closer.close()
    throw configError(err)
  }
  fastify.addHook('onClose', async () => {
    await closer.close()
    events.removeAllListeners()
  })

  const ctx = { ...core, settings, events, admin: adminGuard(settings.adminToken, opts.adminPreHandler), log, now }
  await fastify.register(routes, { ctx }) // each route under its own prefix (options.routes)
  if (settings.refresher !== false) await fastify.register(refresher, { sweeper: core.sweeper, settings: settings.refresher, log })
  if (core.relay !== undefined) await fastify.register(outbox, { relay: core.relay })
  if (core.webhookRelay !== undefined) await fastify.register(webhookRelay, { relay: core.webhookRelay })
  if (settings.webhookPublicKeys.length === 0 && settings.webhookLegacyKeys.length === 0) {
    log.info({}, `GHL webhooks are refused until ${settingName('webhookPublicKey')} is set`)
  }
}

export default fp(ghl, { fastify: '5.x', name: 'fastify-ghl' })

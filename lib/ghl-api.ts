// The framework-free GHL API: the token-managed client with the resources on it, for use without Fastify (CLI,
// workers, scripts). `fastify.ghl` (lib/ghl-client.ts) adds tokens, events and metrics to the same parts.
import { createApiClient, type ApiClientOptions, type ConnectionApi } from './client/api-client.js'
import { createResources, type ResourceOptions, type Resources } from './resources/index.js'

export interface GhlApiOptions extends ApiClientOptions, ResourceOptions {}

export type ConnectionResources = ConnectionApi & Resources

export function createGhlApi (options: GhlApiOptions) {
  const api = createApiClient(options)
  // Keyed by the client's own per-connection view, so a view lives exactly as long as the client keeps that connection.
  const views = new WeakMap<ConnectionApi, ConnectionResources>()

  /** The same API bound to another connection (a location id). */
  function forConnection (connection: string): ConnectionResources {
    const bound = api.forConnection(connection)
    let view = views.get(bound)
    if (view === undefined) {
      view = { ...bound, ...createResources(bound.request, connection, options) }
      views.set(bound, view)
    }
    return view
  }

  return { ...api, ...createResources(api.request, options.defaultConnection, options), forConnection }
}

export type GhlApi = ReturnType<typeof createGhlApi>

// fastify-ghl/sandbox: a GoHighLevel API stand-in on 127.0.0.1 for tests, the demo and benchmarks.
// Independent of the plugin: nothing here imports lib/, db/ or plugins/.
import { createCore, resetStats } from './core.js'
import { listen } from './server.js'
import { normalizeOptions } from './settings.js'
import { copyStats } from './state.js'
import type { Sandbox, SandboxOptions } from './types.js'
import { appointmentsOf, opportunitiesOf, recordsOf, seedsOf } from './views.js'

export type * from './types.js'
export type * from './resource-types.js'
export { webhookAppId, API_VERSIONS, DEFAULT_RATE_LIMIT } from './settings.js'
export { normalizeFault } from './faults.js'

/** Starts a sandbox on 127.0.0.1 (a free port unless options.port is set). Close it with `sandbox.close()`. */
export async function startSandbox (options: SandboxOptions = {}): Promise<Sandbox> {
  const settings = normalizeOptions(options)
  const core = await createCore(settings)
  const server = await listen(core)
  core.url = server.url
  const sandbox: Sandbox = {
    url: server.url,
    port: server.port,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    appId: settings.appId,
    publicKeys: core.webhooks.publicKeys,
    close: server.close,
    stats: () => copyStats(core.stats),
    resetStats: () => resetStats(core),
    addFault: (fault) => { core.faults.add(fault) },
    clearFaults: () => core.faults.clear(),
    pendingFaults: () => core.faults.pending(),
    issueTokens: (input) => core.tokens.issue(core.tokens.grantFor(input)),
    expireAccessTokens: (filter) => core.tokens.expireAccess(filter),
    revokeAccessTokens: (filter) => core.tokens.revokeAccess(filter),
    revokeRefreshTokens: (filter) => core.tokens.revokeRefresh(filter),
    setLocation: (locationId, settings) => core.locations.set(locationId, settings),
    setDailyRemaining: (locationId, remaining) => core.limiter.setDailyRemaining(settings.clientId + ':' + locationId, remaining),
    advanceTime: (ms) => core.clock.advance(ms),
    now: () => core.clock.now(),
    signWebhook: (rawBody) => core.webhooks.sign(rawBody),
    buildWebhook: (event) => core.webhooks.build(event),
    sendWebhook: async (targetUrl, event, opts) => await core.webhooks.send(targetUrl, event, opts),
    webhookDeliveries: () => core.webhooks.deliveries(),
    pendingWebhookRetries: () => core.webhooks.pendingRetries(),
    contacts: (locationId) => structuredClone(core.contacts.list(locationId)),
    seeds: (locationId) => seedsOf(core, locationId),
    opportunities: (locationId) => opportunitiesOf(core, locationId),
    appointments: (locationId) => appointmentsOf(core, locationId),
    contactRecords: (contactId) => recordsOf(core, contactId)
  }
  return sandbox
}

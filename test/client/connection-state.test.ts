// Per-connection client state is kept only for connections that exist (a token was obtained), and is LRU-bounded;
// an agency lookup of unknown locations reads no whole table per id (issue 13).
import t from 'tap'
import { MockAgent } from 'undici'
import type { TokenStore } from '../../db/index.js'
import { GhlNotConnectedError } from '../../lib/errors.js'
import { GhlEventEmitter } from '../../lib/events.js'
import { silentLogger } from '../../lib/logger.js'
import { createGhlApi } from '../../lib/ghl-api.js'
import { createAgency } from '../../lib/tokens/agency.js'
import type { TokenProvider } from '../../lib/tokens/provider.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { install, managerFor, migratedDatabase } from '../helpers/tokens.js'
import { createOAuthClient } from '../../lib/tokens/oauth-client.js'

const ORIGIN = 'https://ghl.test'

/** Tokens for `loc*` connections; every other id is not connected. */
function someTokens (): TokenProvider {
  return {
    getValidToken: async (connection) => {
      if (!connection.startsWith('loc')) throw new GhlNotConnectedError(connection, '/auth-url')
      return `tok-${connection}`
    },
    refreshAfterUnauthorized: async (connection) => `tok-${connection}`,
    markReauthRequired: async (c, r) => new Error(`reauth ${c}: ${r}`)
  }
}

function setup (t: { teardown: (fn: () => unknown) => void }, extra: Record<string, unknown> = {}): { agent: MockAgent, client: ReturnType<typeof createGhlApi> } {
  const agent = new MockAgent()
  agent.disableNetConnect()
  const client = createGhlApi({ tokens: someTokens(), events: new GhlEventEmitter(), apiBaseUrl: ORIGIN, dispatcher: agent, sleep: async () => {}, ...extra })
  t.teardown(async () => { await client.close(); await agent.close() })
  return { agent, client }
}

t.test('calls for connections that do not exist leave no limiter or breaker state behind', async (t) => {
  const { agent, client } = setup(t)
  for (let i = 0; i < 500; i++) {
    await t.rejects(client.forConnection(`ghost_${i}`).contacts.get('c1'), { code: 'GHL_NOT_CONNECTED' })
    await t.rejects(client.request({ method: 'GET', path: '/contacts/c1', connection: `phantom_${i}` }), { code: 'GHL_NOT_CONNECTED' })
  }
  t.equal(client.connectionStates(), 0, 'no state for 1000 unknown ids')
  t.match(client.forConnection('ghost_1').rateLimitState(), { enabled: true, max: 100 }, 'state views still answer (defaults)')
  t.match(client.forConnection('ghost_1').breakerState(), { state: 'closed' })
  t.equal(client.connectionStates(), 0)
  agent.get(ORIGIN).intercept({ path: '/contacts/c1', method: 'GET' }).reply(200, { contact: { id: 'c1' } }, { headers: { 'content-type': 'application/json' } })
  await client.forConnection('loc_real').contacts.get('c1')
  t.equal(client.connectionStates(), 1, 'a connection with a token has its state')
})

t.test('connection states are LRU-bounded: the least recently used idle ones go first', async (t) => {
  const { agent, client } = setup(t, { maxConnectionStates: 5 })
  const pool = agent.get(ORIGIN)
  pool.intercept({ path: '/contacts/c1', method: 'GET' }).reply(200, { contact: { id: 'c1' } }, { headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '42' } }).persist()
  for (let i = 0; i < 12; i++) await client.forConnection(`loc_${i}`).contacts.get('c1')
  t.equal(client.connectionStates(), 5, 'at most maxConnectionStates')
  t.equal(client.forConnection('loc_11').rateLimitState().serverRemaining, 42, 'the most recent kept')
  t.equal(client.forConnection('loc_0').rateLimitState().serverRemaining, null, 'the oldest dropped')
  t.throws(() => setup(t, { maxConnectionStates: 0 }), { code: 'GHL_CONFIG', message: /maxConnectionStates/ })
})

t.test('agency lookups of unknown locations: no whole-table read per id, none at all once no agency is known', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  let lists = 0
  const counting = (store: TokenStore): TokenStore => new Proxy(store, {
    get: (target, prop) => {
      if (prop === 'list') return async () => { lists++; return await target.list() }
      const value = Reflect.get(target, prop, target) as unknown
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
  const fx = await managerFor(t, sb, url, { wrapStore: counting })
  await install(sb, fx.manager, 'loc_direct')
  const oauth = createOAuthClient({ baseUrl: sb.url, clientId: sb.clientId, clientSecret: sb.clientSecret })
  t.teardown(async () => { await oauth.close() })
  const agency = createAgency({ store: fx.store, manager: fx.manager, oauth, settings: { locationId: undefined, apiVersion: '2021-07-28' }, log: silentLogger, now: Date.now })
  const provider = agency.provider()
  for (let i = 0; i < 200; i++) await t.rejects(provider.getValidToken(`loc_unknown_${i}`), { code: 'GHL_NOT_CONNECTED' })
  t.ok(lists <= 1, `at most one whole-table read for 200 unknown locations without an agency (${lists})`)
  const before = lists

  // An agency connects (here, in this instance): lookups go through it with no table read.
  await fx.manager.saveAuthorization(sb.issueTokens({ userType: 'Company', companyId: 'comp_sandbox_1' }) as never)
  sb.setLocation('loc_under_agency', { companyId: 'comp_sandbox_1' })
  t.type(await provider.getValidToken('loc_under_agency'), 'string', 'a location under the agency gets its token')
  t.equal(sb.stats().tokenCalls.location_token, 1)
  for (let i = 0; i < 10; i++) await provider.getValidToken(`loc_more_${i}`).catch(() => undefined)
  t.equal(lists, before, 'no whole-table read once the agencies are known')
})

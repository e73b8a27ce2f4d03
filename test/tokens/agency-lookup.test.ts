// forLocation(unknown id) looks for an agency (Company) connection with one indexed read, never the whole table, and
// the views forLocation keeps are an LRU (issue 13). Real Postgres; the plugin over the sandbox for the views.
import pg from 'pg'
import t from 'tap'
import type { TokenStore } from '../../db/types.js'
import { createAgency } from '../../lib/tokens/agency.js'
import { MAX_LOCATION_VIEWS } from '../../lib/ghl-client.js'
import { silentLogger } from '../../lib/logger.js'
import { createOAuthClient } from '../../lib/tokens/oauth-client.js'
import { build } from '../helpers/app.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { managerFor, migratedDatabase } from '../helpers/tokens.js'

function counting (store: TokenStore, calls: Record<string, number>): TokenStore {
  return new Proxy(store, {
    get (target, name, receiver) {
      const value = Reflect.get(target, name, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        calls[String(name)] = (calls[String(name)] ?? 0) + 1
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    }
  })
}

t.test('unknown locations: one indexed read of the agency rows, then none; never a whole-table read', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  const calls: Record<string, number> = {}
  const fx = await managerFor(t, sb, url, { wrapStore: (store) => counting(store, calls) })
  const oauth = createOAuthClient({ baseUrl: sb.url, clientId: sb.clientId, clientSecret: sb.clientSecret })
  t.teardown(() => oauth.close())
  const agency = createAgency({ store: fx.store, manager: fx.manager, oauth, settings: { locationId: undefined, apiVersion: '2021-07-28' }, log: silentLogger, now: Date.now })
  const provider = agency.provider()
  for (let i = 0; i < 30; i++) {
    await t.rejects(provider.getValidToken(`loc_unknown_${i}`), { code: 'GHL_NOT_CONNECTED' })
  }
  t.equal(calls.list ?? 0, 0, 'no whole-table read')
  t.equal(calls.listAgencies, 1, 'one read of the agency rows, remembered (there are none)')

  // The index serves that read even on a large table.
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  t.teardown(() => client.end())
  await client.query(`INSERT INTO ghl_connections (id, user_type, location_id, company_id, key_id, status)
    SELECT 'loc_' || g, 'Location', 'loc_' || g, 'co_x', 'k1', 'active' FROM generate_series(1, 5000) g`)
  await client.query(`INSERT INTO ghl_connections (id, user_type, company_id, key_id, status) VALUES
    ('co_a', 'Company', 'co_a', 'k1', 'active'), ('co_b', 'Company', 'co_b', 'k1', 'revoked')`)
  await client.query('ANALYZE ghl_connections')
  t.same(await fx.store.listAgencies(), [{ id: 'co_a', companyId: 'co_a' }], 'only active agencies')
  const { rows } = await client.query(`EXPLAIN SELECT id, company_id FROM ghl_connections
    WHERE user_type = 'Company' AND status = 'active' ORDER BY id`)
  const plan = rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')
  t.match(plan, /ghl_connections_agency_idx/, plan)
  t.notMatch(plan, /Seq Scan/, 'no sequential scan')
})

t.test('forLocation keeps at most MAX_LOCATION_VIEWS views, least recently used evicted first', async (t) => {
  const { app } = await build(t, { options: { refresher: false } })
  const kept = app.ghl.forLocation('loc_kept')
  const dropped = app.ghl.forLocation('loc_dropped')
  for (let i = 0; i < MAX_LOCATION_VIEWS + 10; i++) {
    app.ghl.forLocation(`loc_flood_${i}`)
    if (i % 100 === 0) t.equal(app.ghl.forLocation('loc_kept'), kept, `a used view survives the flood (${i})`)
  }
  t.equal(app.ghl.forLocation('loc_kept'), kept, 'the recently used view is still cached')
  t.not(app.ghl.forLocation('loc_dropped'), dropped, 'the least recently used one was evicted and is built anew')
})

import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import t from 'tap'
import { createPgliteTokenStore, findMigrationsFolder, MIGRATIONS_SCHEMA, MIGRATIONS_TABLE, type NewConnection } from '../../db/index.js'
import { pgliteStore } from '../helpers/db.js'

// What only the PGlite store does: in-memory and on-disk databases, and instances passed in by the host.

function connection (id: string): NewConnection {
  return {
    id,
    userType: 'Company',
    companyId: id,
    accessTokenCiphertext: 'access-1',
    refreshTokenCiphertext: 'refresh-1',
    keyId: 'key-1',
    expiresAt: new Date(Date.now() + 3600_000)
  }
}

t.test('in memory: migrate creates the tables, concurrent and repeated migrate are no-ops', async (t) => {
  const store = await pgliteStore(t)
  t.equal(store.backend, 'pglite')
  await Promise.all([store.migrate(), store.migrate(), store.migrate()])
  t.equal(await store.insertIfAbsent(connection('co-1')), true)
  t.match(await store.get('co-1'), { id: 'co-1', userType: 'Company', companyId: 'co-1', locationId: null, version: 0 })
})

t.test('a data directory keeps its rows across reopen', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'fastify-ghl-pglite-'))
  t.teardown(() => rm(dataDir, { recursive: true, force: true }))

  const first = createPgliteTokenStore({ dataDir })
  await first.migrate()
  await first.saveAuthorization(connection('co-1'))
  t.equal(await first.recordWebhook({ webhookId: 'wh-1', type: 'AppInstall', payload: { a: 1 }, receivedAt: new Date() }), true)
  await first.close()
  await first.close()

  const second = createPgliteTokenStore({ dataDir })
  t.teardown(() => second.close())
  await second.migrate()
  t.match(await second.get('co-1'), { id: 'co-1', refreshTokenCiphertext: 'refresh-1', status: 'active' })
  t.equal(await second.recordWebhook({ webhookId: 'wh-1', type: 'AppInstall', payload: { a: 1 }, receivedAt: new Date() }), false,
    'the webhook id is remembered')
})

t.test('a passed PGlite is used and left open', async (t) => {
  const pglite = new PGlite()
  t.teardown(() => pglite.close())
  const store = createPgliteTokenStore({ pglite })
  await store.migrate()
  await store.insertIfAbsent(connection('co-1'))
  await store.close()
  t.equal(pglite.closed, false)
  const { rows } = await pglite.query<{ id: string }>('SELECT id FROM ghl_connections')
  t.same(rows, [{ id: 'co-1' }])
  const applied = await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${MIGRATIONS_SCHEMA}"."${MIGRATIONS_TABLE}"`)
  const journal = JSON.parse(readFileSync(join(findMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
  t.equal(applied.rows[0].n, journal.entries.length, 'every migration applied once')
})

t.test('subscriptions on a closed store', async (t) => {
  const store = createPgliteTokenStore()
  const sub = await store.subscribe(() => {})
  await store.close()
  await sub.close()
  await t.rejects(store.subscribe(() => {}), /closed token store/)
})

// Moving an install to another schema (db/move-schema.ts, `fastify-ghl move-schema`): every table with its rows and
// sequences and the migrations table go over in one transaction, the moved install works in the new schema with
// nothing to migrate again, and a move that cannot be done (a running instance, a target already in use, no install)
// changes nothing.
import pg from 'pg'
import t, { type Test } from 'tap'
import type { NewConnection } from '../../db/index.js'
import { INSTALL_TABLES, moveSchema, MoveSchemaError } from '../../db/move-schema.js'
import { storeOnPool, tablesIn, testDatabase } from '../helpers/db.js'

const MIGRATIONS = '__fastify_ghl_migrations'

function connection (id: string): NewConnection {
  return { id, userType: 'Location', locationId: id, accessTokenCiphertext: 'access', refreshTokenCiphertext: 'refresh', keyId: 'k1', expiresAt: new Date(Date.now() + 3600_000) }
}

async function poolFor (t: Test): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: await testDatabase(t), max: 4 })
  pool.on('error', () => {})
  t.teardown(async () => { await pool.end() })
  return pool
}



const ALL = [MIGRATIONS, ...INSTALL_TABLES].sort()

t.test('public → a schema → back: rows, sequences and migrations move; the install works there with nothing to apply', async (t) => {
  const pool = await poolFor(t)
  const before = storeOnPool(t, pool)
  await before.migrate()
  await before.saveAuthorization(connection('loc_moved'))
  const first = await before.jobs!().enqueue({ op: 'request', key: 'k1', connection: 'loc_moved', payload: {}, maxAttempts: 3 })
  const applied = (await pool.query(`SELECT hash FROM drizzle.${MIGRATIONS} ORDER BY id`)).rows
  await before.close()

  const result = await moveSchema(pool, { to: 'crm_moved' })
  t.same(result.moved, [...INSTALL_TABLES.map((name) => `public.${name}`), `drizzle.${MIGRATIONS}`])
  t.same(await tablesIn(pool, 'crm_moved'), ALL, 'every table and the migrations table')
  t.same(await tablesIn(pool, 'public'), [], 'nothing left behind')
  t.same(await tablesIn(pool, 'drizzle'), [])
  t.same((await pool.query(`SELECT hash FROM crm_moved.${MIGRATIONS} ORDER BY id`)).rows, applied, 'the migration history as it was')

  const after = storeOnPool(t, pool, 'crm_moved')
  await after.migrate()
  t.same((await pool.query(`SELECT hash FROM crm_moved.${MIGRATIONS} ORDER BY id`)).rows, applied, 'nothing applied again')
  t.match(await after.get('loc_moved'), { id: 'loc_moved', refreshTokenCiphertext: 'refresh' }, 'the rows came along')
  const second = await after.jobs!().enqueue({ op: 'request', key: 'k2', connection: 'loc_moved', payload: {}, maxAttempts: 3 })
  t.ok(second.id > first.id, 'the job ids go on from the moved sequence')
  await after.close()

  const back = await moveSchema(pool, { from: 'crm_moved', to: 'public' })
  t.same(back.moved.at(-1), `crm_moved.${MIGRATIONS}`)
  t.same(await tablesIn(pool, 'public'), [...INSTALL_TABLES].sort())
  t.same(await tablesIn(pool, 'drizzle'), [MIGRATIONS], "a public install's migrations table is in drizzle again")
  t.same(await tablesIn(pool, 'crm_moved'), [])
  const again = storeOnPool(t, pool)
  await again.migrate()
  t.match(await again.get('loc_moved'), { id: 'loc_moved' })
})

t.test('refused with nothing changed: a running instance, a schema already in use, no install, the same schema', async (t) => {
  const pool = await poolFor(t)
  const running = storeOnPool(t, pool)
  await running.migrate()
  const sub = await running.subscribe(() => {})
  await t.rejects(moveSchema(pool, { to: 'crm_target' }), new MoveSchemaError('1 session(s) of running instances listen on the install\'s channels: stop every instance first (their statements name the tables where they are now)'))
  t.same(await tablesIn(pool, 'public'), [...INSTALL_TABLES].sort(), 'still in public')
  t.same(await tablesIn(pool, 'crm_target'), [])
  await sub.close()

  const other = storeOnPool(t, pool, 'crm_other')
  await other.migrate()
  await t.rejects(moveSchema(pool, { to: 'crm_other' }), { name: 'MoveSchemaError', message: /schema crm_other already has a table ghl_connections/ })
  t.same(await tablesIn(pool, 'public'), [...INSTALL_TABLES].sort())
  await t.rejects(moveSchema(pool, { from: 'crm_empty', to: 'crm_target' }), { message: /no fastify-ghl install in schema crm_empty/ })
  await t.rejects(moveSchema(pool, { to: 'public' }), { message: /already in schema public/ })
  await t.rejects(moveSchema(pool, { to: 'Bad' }), { name: 'TypeError', message: /lowercase Postgres identifier/ })

  await moveSchema(pool, { to: 'crm_target' })
  t.same(await tablesIn(pool, 'crm_target'), ALL, 'moved once the instance stopped')
})

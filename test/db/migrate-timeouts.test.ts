// Migrations run without the statement limits of options.databaseTimeouts: those are for calls, and a booting
// instance may wait for another instance's migration (the advisory lock) longer than any call may take. Afterwards
// the client goes back to the pool with its limits as they were.
import pg from 'pg'
import t from 'tap'
import { migratePg } from '../../db/migrate.js'
import { MIGRATION_LOCK_KEY } from '../../db/index.js'
import { poolConfig } from '../../db/open.js'
import { sqlClient, testDatabase } from '../helpers/db.js'

const TIMEOUTS = { connectMs: 1000, queryMs: 400, idleInTransactionMs: 1500, keepAliveDelayMs: 1000 }
const HELD_MS = 2000

t.test('a migration waits for another instance\'s migration lock past the pool\'s statement timeout', async (t) => {
  const url = await testDatabase(t)
  const pool = new pg.Pool({ ...poolConfig(url, 1, TIMEOUTS) })
  t.teardown(() => pool.end())
  const other = await sqlClient(t, url)
  await other.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY.toString()])
  const released = new Promise<void>((resolve, reject) => {
    setTimeout(() => { other.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY.toString()]).then(() => resolve(), reject) }, HELD_MS)
  })

  const started = Date.now()
  await migratePg(pool)
  await released
  t.ok(Date.now() - started >= HELD_MS - 100, 'the migration waited for the lock instead of failing at the 400 ms limit')
  const tables = await pool.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'ghl_connections'")
  t.equal(tables.rows[0].n, 1, 'the migrations ran')

  const { rows } = await pool.query('SHOW statement_timeout')
  t.equal(rows[0].statement_timeout, '400ms', 'the pooled client has its statement timeout back')
  await t.rejects(pool.query('SELECT pg_sleep(1)'), { message: /statement timeout|timeout/ }, 'and calls are limited again')
})

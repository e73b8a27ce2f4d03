// The outbox on embedded PGlite (options.db: a PGlite instance), through the plugin against the sandbox: enqueue in
// a drizzle transaction and a PGlite transaction (commit and rollback), a 503 outage then recovery, 422 → dead → retry.
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/pglite'
import t from 'tap'
import { build, connect, eventually, LOCATION } from '../helpers/app.js'
import { contactsOf, FAST_OUTBOX, outage, waitForContacts } from './helpers.js'

class Rollback extends Error {}

t.test('PGlite: tx commit/rollback, outage and recovery, 422 then retry', async (t) => {
  const pglite = new PGlite()
  t.teardown(async () => { await pglite.close() })
  const { app, sb } = await build(t, { options: { ...FAST_OUTBOX, databaseUrl: undefined, db: pglite } })
  await connect(app)
  await pglite.exec('CREATE TABLE signups (email text primary key)')
  const db = drizzle(pglite)

  await db.transaction(async (tx) => {
    await tx.execute(sql`INSERT INTO signups VALUES ('drizzle@example.com')`)
    await app.ghl.outbox.syncSignup({ email: 'drizzle@example.com' }, 'account', { tx })
  })
  await db.transaction(async (tx) => {
    await app.ghl.outbox.syncSignup({ email: 'drizzle-rolled@example.com' }, 'account', { tx })
    throw new Rollback()
  }).catch((err) => { if (!(err instanceof Rollback)) throw err })
  await pglite.transaction(async (tx) => {
    await tx.query('INSERT INTO signups VALUES ($1)', ['pglite@example.com'])
    await app.ghl.outbox.syncSignup({ email: 'pglite@example.com' }, 'account', { tx })
  })
  await pglite.transaction(async (tx) => {
    await app.ghl.outbox.syncSignup({ email: 'pglite-rolled@example.com' }, 'account', { tx })
    await tx.rollback()
  })
  await waitForContacts(sb, LOCATION, 2, 10_000)
  await new Promise((resolve) => setTimeout(resolve, 500))
  t.same(sb.contacts(LOCATION).map((c) => c.email).sort(), ['drizzle@example.com', 'pglite@example.com'], 'committed jobs delivered, rolled-back ones never')
  t.same((await pglite.query<{ email: string }>('SELECT email FROM signups ORDER BY email')).rows.map((r) => r.email), ['drizzle@example.com', 'pglite@example.com'])

  outage(sb)
  const N = 20
  for (let i = 0; i < N; i++) await app.ghl.outbox.syncSignup({ email: `lite${i}@example.com` }, 'trial')
  await eventually(async () => (await app.ghl.outbox.stats()).parked + (await app.ghl.outbox.list({ status: 'pending' })).filter((j) => j.attempts > 0).length > 0, 10_000, 'retries or parking during the outage')
  t.equal(sb.contacts(LOCATION).length, 2, 'nothing new during the outage')
  sb.clearFaults()
  await waitForContacts(sb, LOCATION, N + 2, 20_000)
  await eventually(async () => (await app.ghl.outbox.stats()).delivered === N + 2, 20_000, 'every job delivered (tags included)')
  const check = contactsOf(sb, LOCATION, (email) => email.startsWith('lite') ? 'trial' : 'account')
  t.equal(check.total, N + 2)
  t.same(check.duplicates, [])
  t.same(check.untagged, [])

  sb.addFault({ path: '/contacts/upsert', status: 422, count: 1, body: { statusCode: 422, message: 'phone is not valid' } })
  const bad = await app.ghl.outbox.upsertContact({ email: 'bad@example.com' })
  t.match(await app.ghl.outbox.wait(bad.id, { timeoutMs: 5000 }), { status: 'dead', lastError: /phone is not valid/ })
  await app.ghl.outbox.retry(bad.id)
  t.match(await app.ghl.outbox.wait(bad.id, { timeoutMs: 5000 }), { status: 'delivered' })
  t.match(await app.ghl.outbox.stats(), { dead: 0, pending: 0, delivered: N + 3 })
})

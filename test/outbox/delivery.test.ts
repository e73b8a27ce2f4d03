// The outbox through the plugin on real Postgres, against the sandbox over HTTP: delivered once (woken by NOTIFY),
// idempotent keys, host transactions, a 503 outage then recovery, 422 → dead → retry, breaker open → parked without
// burning attempts, reauth_required → waits for new tokens.
import pg from 'pg'
import t from 'tap'
import { GhlOutboxTimeoutError, GhlValidationError } from '../../index.js'
import type { OutboxJobEvent } from '../../lib/events.js'
import { build, connect, eventually, LOCATION } from '../helpers/app.js'
import { contactsOf, FAST_OUTBOX, outage, waitForContacts } from './helpers.js'

t.test('syncSignup is stored, then delivered once, woken by NOTIFY (not the poll)', async (t) => {
  const { app, sb } = await build(t, { options: { ...FAST_OUTBOX, outbox: { ...FAST_OUTBOX.outbox as object, pollSeconds: 30 } } })
  await connect(app)
  const delivered: OutboxJobEvent[] = []
  app.ghl.events.on('outbox:delivered', (e) => { delivered.push(e) })
  const started = performance.now()
  const job = await app.ghl.outbox.syncSignup({ email: 'Ada@Example.com', name: 'Ada Lovelace' }, 'account')
  t.match(job, { key: `signup:${LOCATION}:account:ada@example.com`, status: 'pending' })
  const done = await app.ghl.outbox.wait(job.id, { timeoutMs: 5000 })
  const ms = performance.now() - started
  t.ok(ms < 2000, `delivered ${ms.toFixed(0)} ms after enqueue with a 30 s poll: NOTIFY woke the relay`)
  t.match(done, { status: 'delivered', attempts: 1, lastError: null, result: { contactId: String } })
  t.match(delivered, [{ id: job.id, key: job.key, op: 'syncSignup', connection: LOCATION, attempts: 1 }])

  const again = await app.ghl.outbox.syncSignup({ email: 'ada@example.com' }, 'account')
  t.same(again, { id: job.id, key: job.key, status: 'delivered', created: false }, 'the same key is the same job (nothing new stored)')
  const contacts = sb.contacts(LOCATION)
  t.equal(contacts.length, 1, 'one contact')
  t.same([...contacts[0].tags].sort(), ['account', 'customer'])
  t.match(await app.ghl.outbox.stats(), { pending: 0, inFlight: 0, delivered: 1, dead: 0 })
  t.match(await app.ghl.outbox.get({ key: job.key }), { id: job.id })
  t.same((await app.ghl.outbox.list({ status: 'delivered' })).map((j) => j.id), [job.id])
  await t.rejects(app.ghl.outbox.syncSignup({ email: '' }, 'account'), GhlValidationError, 'bad input is refused at enqueue')
  await t.rejects(app.ghl.outbox.request({ method: 'POST', path: '/contacts/', body: {} } as never), /idempotent: true/)
})

t.test('tx: a pg.PoolClient transaction commits the job with the host row, or neither', async (t) => {
  const { app, sb, databaseUrl } = await build(t, { options: FAST_OUTBOX })
  await connect(app)
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  pool.on('error', () => {})
  t.teardown(async () => { await pool.end() })
  await pool.query('CREATE TABLE signups (email text primary key)')
  for (const [email, commit] of [['kept@example.com', true], ['rolled@example.com', false]] as const) {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      await client.query('INSERT INTO signups (email) VALUES ($1)', [email])
      await app.ghl.outbox.syncSignup({ email }, 'trial', { tx: client })
      await client.query(commit ? 'COMMIT' : 'ROLLBACK')
    } finally { client.release() }
  }
  const kept = await app.ghl.outbox.get({ key: `signup:${LOCATION}:trial:kept@example.com` })
  t.ok(kept)
  await app.ghl.outbox.wait(kept!.id, { timeoutMs: 5000 })
  await new Promise((resolve) => setTimeout(resolve, 500))
  t.same(sb.contacts(LOCATION).map((c) => c.email), ['kept@example.com'], 'the rolled-back signup never reaches GHL')
  t.equal(await app.ghl.outbox.get({ key: `signup:${LOCATION}:trial:rolled@example.com` }), null)
})

t.test('503 outage then recovery: every signup delivered once, each tagged', async (t) => {
  const { app, sb } = await build(t, { options: FAST_OUTBOX })
  await connect(app)
  outage(sb)
  const N = 40
  const jobs = await Promise.all(Array.from({ length: N }, async (_, i) =>
    await app.ghl.outbox.syncSignup({ email: `user${i}@example.com`, name: `User ${i}` }, i % 2 === 0 ? 'account' : 'newsletter')))
  const retried = new Set<number>()
  const parked = new Set<number>()
  app.ghl.events.on('outbox:retry', (e) => { retried.add(e.id) })
  app.ghl.events.on('outbox:parked', (e) => { parked.add(e.id) })
  await eventually(() => retried.size > 0 && parked.size > 0, 10_000, 'retries, then the breaker parking jobs')
  t.equal(sb.contacts(LOCATION).length, 0, 'nothing arrives during the outage')
  t.match(await app.ghl.outbox.stats(), { delivered: 0, dead: 0 })
  sb.clearFaults()
  await waitForContacts(sb, LOCATION, N)
  await eventually(async () => (await app.ghl.outbox.stats()).delivered === N, 15_000, 'all delivered')
  const check = contactsOf(sb, LOCATION, (email) => Number(/user(\d+)/.exec(email)![1]) % 2 === 0 ? 'account' : 'newsletter')
  t.equal(check.total, N, `exactly ${N} contacts`)
  t.same(check.duplicates, [])
  t.same(check.untagged, [], 'each tagged for its signup type')
  for (const job of jobs) t.equal((await app.ghl.outbox.get(job.id))?.status, 'delivered')
})

t.test('422 from GHL: dead at once with the reason; retry after the fix delivers', async (t) => {
  const { app, sb } = await build(t, { options: FAST_OUTBOX })
  await connect(app)
  sb.addFault({ path: '/contacts/upsert', status: 422, count: 1, body: { statusCode: 422, message: ['email must be an email'] } })
  const dead: OutboxJobEvent[] = []
  app.ghl.events.on('outbox:dead', (e) => { dead.push(e) })
  const job = await app.ghl.outbox.upsertContact({ email: 'fixme@example.com', firstName: 'Fix' })
  const done = await app.ghl.outbox.wait(job.id, { timeoutMs: 5000 })
  t.match(done, { status: 'dead', attempts: 1, lastError: /422.*email must be an email/ })
  t.match(dead, [{ id: job.id, op: 'upsertContact', attempts: 1, error: /422/ }])
  t.equal(sb.contacts(LOCATION).length, 0)
  t.match(await app.ghl.outbox.stats(), { dead: 1 })
  // The fault was used up: GHL accepts the contact now.
  t.match(await app.ghl.outbox.retry(job.id), { status: 'pending', attempts: 0 })
  t.match(await app.ghl.outbox.wait(job.id, { timeoutMs: 5000 }), { status: 'delivered', attempts: 1 })
  t.equal(sb.contacts(LOCATION).length, 1)
  t.equal(await app.ghl.outbox.retry(job.id), null, 'a delivered job is not retried')
})

t.test('breaker open: jobs parked without burning attempts, delivered when it closes', async (t) => {
  const { app, sb } = await build(t, { options: { ...FAST_OUTBOX, outbox: { ...FAST_OUTBOX.outbox as object, maxAttempts: 3 }, breaker: { resetTimeout: 1500, volumeThreshold: 2 } } })
  await connect(app)
  outage(sb)
  // Open the circuit with direct calls: the outbox's own jobs then meet an open breaker.
  for (let i = 0; i < 4; i++) await app.ghl.contacts.upsert({ email: `direct${i}@example.com` }).catch(() => {})
  t.equal(app.ghl.breakerState().state, 'open')
  const parked: OutboxJobEvent[] = []
  app.ghl.events.on('outbox:parked', (e) => { parked.push(e) })
  const jobs = await Promise.all([0, 1, 2, 3, 4].map(async (i) => await app.ghl.outbox.syncSignup({ email: `parked${i}@example.com` }, 'trial')))
  await eventually(() => parked.length > 0, 5000, 'a job parked')
  t.match(parked[0], { error: /GHL_UNAVAILABLE|circuit open/ })
  const waiting = await app.ghl.outbox.get(jobs[0].id)
  t.match(waiting, { status: 'pending', attempts: 0, parkedReason: /circuit open/ }, 'no attempt burned while the circuit is open')
  sb.clearFaults()
  for (const job of jobs) t.match(await app.ghl.outbox.wait(job.id, { timeoutMs: 15_000 }), { status: 'delivered' })
  t.ok(jobs.every((j) => true), 'every parked job delivered, none dead with maxAttempts 3')
  t.equal(sb.contacts(LOCATION).filter((c) => String(c.email).startsWith('parked')).length, 5)
})

t.test('reauth_required: jobs wait (parked), then deliver once the callback stores new tokens', async (t) => {
  const { app, sb } = await build(t, { options: FAST_OUTBOX })
  await connect(app)
  sb.revokeAccessTokens({ locationId: LOCATION })
  sb.revokeRefreshTokens({ locationId: LOCATION })
  const job = await app.ghl.outbox.syncSignup({ email: 'late@example.com' }, 'account')
  await eventually(async () => (await app.ghl.outbox.get(job.id))?.parkedReason != null, 10_000, 'the job parked for re-authorization')
  t.match(await app.ghl.outbox.get(job.id), { status: 'pending', attempts: 0, parkedReason: /re-authoriz/ })
  t.match((await app.ghl.tokens.status())?.status, 'reauth_required')
  await new Promise((resolve) => setTimeout(resolve, 1500))
  t.match(await app.ghl.outbox.get(job.id), { status: 'pending', attempts: 0 }, 'rechecks burn no attempt either')
  t.equal(sb.contacts(LOCATION).length, 0)
  await connect(app)
  t.match(await app.ghl.outbox.wait(job.id, { timeoutMs: 10_000 }), { status: 'delivered' })
  t.equal(sb.contacts(LOCATION).length, 1)
})

t.test('steps of one contact run in order; wait times out with the job still queued', async (t) => {
  const { app, sb } = await build(t, { options: FAST_OUTBOX })
  await connect(app)
  const upsert = await app.ghl.outbox.upsertContact({ email: 'order@example.com', firstName: 'Ord' })
  const tags = await app.ghl.outbox.addTags({ email: 'ORDER@example.com' }, ['vip', 'beta'])
  const doneTags = await app.ghl.outbox.wait(tags.id, { timeoutMs: 5000 })
  const doneUpsert = await app.ghl.outbox.get(upsert.id)
  t.ok(doneUpsert!.deliveredAt! <= doneTags.deliveredAt!, 'the upsert was delivered before the tags of the same contact')
  t.equal(doneTags.group, doneUpsert!.group, 'one group per contact')
  const contacts = sb.contacts(LOCATION)
  t.equal(contacts.length, 1)
  t.same([...contacts[0].tags].sort(), ['beta', 'vip'])
  const later = await app.ghl.outbox.syncSignup({ email: 'later@example.com' }, 'account', { runAt: new Date(Date.now() + 60_000) })
  await t.rejects(app.ghl.outbox.wait(later.id, { timeoutMs: 300 }), GhlOutboxTimeoutError)
})

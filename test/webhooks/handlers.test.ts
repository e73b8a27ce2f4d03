// fastify.ghl.webhooks.on: handlers run from the durable queue with { event, attempt, connection }; a handler that
// throws is retried with backoff (throws twice, then succeeds → processed once, 3 attempts); past maxAttempts the
// event is dead with the error, kept as failed, and retriable (API); UNINSTALL revokes fleet-wide from the queue.
import t from 'tap'
import { build, connect, eventually, LOCATION, PREFIX } from '../helpers/app.js'
import { sqlClient } from '../helpers/db.js'
import { FAST_WEBHOOKS, PATH, sendEvent } from './helpers.js'

t.test('a handler that throws twice then succeeds: processed once, after 3 attempts', async (t) => {
  const { app, sb, databaseUrl } = await build(t, { options: { webhooks: FAST_WEBHOOKS } })
  const attempts: number[] = []
  let done = 0
  app.ghl.webhooks.on('OpportunityStageUpdate', ({ event, attempt, connection }) => {
    attempts.push(attempt)
    // typed: the documented fields of the event
    const stage: string | undefined = event.pipelineStageId
    t.equal(stage, 'stage-2')
    t.equal(connection?.locationId, LOCATION)
    if (attempt < 3) throw new Error(`not yet (attempt ${attempt})`)
    done++
  })
  const events: any[] = []
  for (const name of ['webhook:retry', 'webhook:processed', 'webhook:dead'] as const) app.ghl.events.on(name, (e) => events.push({ name, ...e }))

  const sent = await sendEvent(app, sb, { type: 'OpportunityStageUpdate', id: 'opp-1', pipelineStageId: 'stage-2' })
  t.same(sent.json(), { ok: true })
  await eventually(() => done === 1 && events.some((e) => e.name === 'webhook:processed'), 10_000, 'the third attempt')
  t.same(attempts, [1, 2, 3])
  t.match(events, [
    { name: 'webhook:retry', webhookId: sent.payload.webhookId, attempts: 1, error: 'not yet (attempt 1)' },
    { name: 'webhook:retry', attempts: 2, error: 'not yet (attempt 2)' },
    { name: 'webhook:processed', webhookId: sent.payload.webhookId, op: 'handle', connection: LOCATION, attempts: 3 }
  ])
  await eventually(async () => (await app.ghl.webhooks.get(sent.payload.webhookId as string))?.status === 'processed', 5000, 'the row processed')
  t.match(await app.ghl.webhooks.get(sent.payload.webhookId as string), { status: 'processed', error: null, job: { status: 'delivered', attempts: 3 } })
  const sql = await sqlClient(t, databaseUrl)
  t.equal((await sql.query("select count(*)::int as n from ghl_jobs where queue = 'webhooks'")).rows[0].n, 1)
  await new Promise((resolve) => setTimeout(resolve, 300))
  t.equal(done, 1, 'never run again once it succeeded')
})

t.test('dead after maxAttempts with the error, listed as failed; retried from the API, then processed', async (t) => {
  const { app, sb } = await build(t, { options: { webhooks: { ...FAST_WEBHOOKS, maxAttempts: 3 } } })
  let broken = true
  const runs: number[] = []
  app.ghl.webhooks.on('TaskCreate', ({ attempt }) => {
    runs.push(attempt)
    if (broken) throw new Error('the host database is down')
  })
  const dead: any[] = []
  app.ghl.events.on('webhook:dead', (e) => dead.push(e))

  const sent = await sendEvent(app, sb, { type: 'TaskCreate', id: 'task-1', title: 'Call back' })
  const id = sent.payload.webhookId as string
  await eventually(() => dead.length === 1, 10_000, 'the event to die')
  t.match(dead, [{ webhookId: id, attempts: 3, error: /the host database is down/ }])
  t.same(runs, [1, 2, 3])
  await eventually(async () => (await app.ghl.webhooks.get(id))?.status === 'failed', 5000, 'the row failed')
  t.match(await app.ghl.webhooks.get(id), { status: 'failed', error: /the host database is down/, job: { status: 'dead', attempts: 3, lastError: /down/ } })
  t.match(await app.ghl.webhooks.list({ status: 'failed' }), [{ webhookId: id, type: 'TaskCreate' }])
  t.match(await app.ghl.webhooks.stats(), { events: { failed: 1 }, queue: { dead: 1 } })

  t.equal(await app.ghl.webhooks.retry('no-such-webhook'), false)
  broken = false
  t.equal(await app.ghl.webhooks.retry(id), true)
  t.equal(await app.ghl.webhooks.retry(id), false, 'not dead anymore: nothing to retry')
  await eventually(async () => (await app.ghl.webhooks.get(id))?.status === 'processed', 10_000, 'processed after the retry')
  t.same(runs, [1, 2, 3, 1], 'fresh attempts')
  t.throws(() => app.ghl.webhooks.on('NoSuchEvent' as never, () => {}), /unknown event type "NoSuchEvent"/)
})

t.test('UNINSTALL from the queue: reauth on every instance; the host handler sees it after the revocation', async (t) => {
  const a = await build(t, { listen: true, options: { webhooks: FAST_WEBHOOKS } })
  const b = await build(t, { sandbox: a.sb, databaseUrl: a.databaseUrl, options: { webhooks: FAST_WEBHOOKS } })
  await connect(a.app, a.sb)
  t.type(await b.app.ghl.tokens.getValidToken(), 'string', 'B has the token cached')
  const seen: string[] = []
  for (const { app } of [a, b]) {
    app.ghl.webhooks.on('UNINSTALL', async ({ event }) => {
      seen.push((await app.ghl.tokens.status(event.locationId))?.status ?? 'none')
    })
  }
  const res = await a.sb.sendWebhook(`${a.url as string}${PATH}`, { type: 'UNINSTALL' })
  t.equal(res.status, 200)
  await eventually(() => seen.length === 1, 5000, 'one handler run, on whichever instance claimed it')
  t.same(seen, ['revoked'])
  for (const { app } of [a, b]) {
    const status = (await app.inject(`${PREFIX}/status`)).json()
    t.ok(['reauth_required', 'not_configured', 'revoked'].includes(status.auth_status), `status ${status.auth_status}`)
  }
  // The instance that ran the job revoked at once; the other drops its cached token when the NOTIFY arrives.
  for (const [name, { app }] of [['A', a], ['B', b]] as const) {
    await eventually(async () => await app.ghl.tokens.getValidToken().then(() => false, (err) => err.code === 'GHL_REAUTH_REQUIRED'), 5000, `${name} to drop its cached token`)
  }
  await connect(a.app, a.sb)
  await eventually(async () => await b.app.ghl.tokens.getValidToken().then(() => true, () => false), 5000, 'B to see the new tokens')
})

t.test('a handler that cannot call GHL (re-authorization needed) waits without an attempt, and runs as soon as the connection is authorized again', async (t) => {
  // The recheck of a parked handler job is 5 minutes: only the resume on app:connected can run it within the test.
  const { app, sb, databaseUrl } = await build(t, { options: { webhooks: FAST_WEBHOOKS } })
  await connect(app)
  sb.revokeAccessTokens({ locationId: LOCATION })
  sb.revokeRefreshTokens({ locationId: LOCATION })
  const runs: number[] = []
  let found = 0
  app.ghl.webhooks.on('ContactCreate', async ({ attempt, connection }) => {
    runs.push(attempt)
    await connection!.contacts.search({})
    found++
  })
  const sent = await sendEvent(app, sb, { type: 'ContactCreate', id: 'contact-late', email: 'late@example.com' })
  const id = sent.payload.webhookId as string
  const sql = await sqlClient(t, databaseUrl)
  const job = async (): Promise<any> => (await sql.query("select status, attempts, parked_reason from ghl_jobs where queue = 'webhooks'")).rows[0]
  await eventually(async () => (await job())?.parked_reason != null, 10_000, 'the handler job parked for re-authorization')
  t.match(await job(), { status: 'pending', attempts: 0, parked_reason: /re-authoriz/ })
  t.match(await app.ghl.webhooks.get(id), { status: 'queued' })
  t.equal(found, 0)

  await connect(app)
  await eventually(() => found === 1, 5000, 'the handler to run once the connection is authorized again')
  await eventually(async () => (await app.ghl.webhooks.get(id))?.status === 'processed', 5000, 'the row processed')
  t.match(await job(), { status: 'delivered', attempts: 1 }, 'the parked run burned no attempt')
})

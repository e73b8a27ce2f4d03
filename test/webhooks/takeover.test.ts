// At least once across crashes, with real processes on one database: the instance handling an event is SIGKILLed
// mid-handler; another instance takes the event over once the lease runs out and completes it (attempt 2).
import t from 'tap'
import { eventually } from '../helpers/app.js'
import { sqlClient, testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { TEST_KEY } from '../helpers/tokens.js'
import { startWorker } from '../helpers/worker.js'
import { PATH } from './helpers.js'

const WORKER = 'test/fixtures/webhook-worker.ts'

t.test('SIGKILL mid-handling → taken over after the lease and completed, once', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const sql = await sqlClient(t, databaseUrl)
  await sql.query('create table webhook_handled (webhook_id text, attempt int, pid int, phase text, at timestamptz default clock_timestamp())')
  const env = {
    DATABASE_URL: databaseUrl,
    SANDBOX_URL: sb.url,
    CLIENT_ID: sb.clientId,
    CLIENT_SECRET: sb.clientSecret,
    KEY: TEST_KEY,
    LOCATION: 'loc_sandbox_1',
    WEBHOOK_KEY: sb.publicKeys.ed25519Pem,
    LEASE_S: '2'
  }
  const victim = await startWorker(t, WORKER, { ...env, HANG: '1' })
  const { url } = await victim.send<{ url: string }>({ cmd: 'url' })
  const sent = await sb.sendWebhook(`${url}${PATH}`, { type: 'ContactCreate', email: 'crash@example.com' })
  t.equal(sent.status, 200)
  const id = sent.payload.webhookId as string

  const pid = victim.child.pid as number
  await eventually(async () => (await sql.query("select 1 from webhook_handled where phase = 'started'")).rowCount === 1, 10_000, 'the victim to start handling')
  const held = await sql.query("select status, locked_by, attempts from ghl_jobs where key = $1", ['webhook:' + id])
  t.match(held.rows, [{ status: 'in_flight', locked_by: new RegExp(`:${pid}:`), attempts: 1 }])
  victim.child.kill('SIGKILL')
  await new Promise((resolve) => victim.child.once('exit', resolve))

  const heir = await startWorker(t, WORKER, env)
  await eventually(async () => (await sql.query("select 1 from webhook_handled where phase = 'done'")).rowCount === 1, 20_000, 'the heir to complete it')
  const { rows } = await sql.query('select webhook_id, attempt, pid, phase from webhook_handled order by at')
  t.match(rows, [
    { webhook_id: id, attempt: 1, pid, phase: 'started' },
    { webhook_id: id, attempt: 2, pid: heir.child.pid, phase: 'done' }
  ])
  await eventually(async () => (await sql.query("select 1 from ghl_webhook_events where webhook_id = $1 and status = 'processed'", [id])).rowCount === 1, 5000, 'the event processed')
  const job = await sql.query('select status, attempts, last_error from ghl_jobs where key = $1', ['webhook:' + id])
  t.match(job.rows, [{ status: 'delivered', attempts: 2 }])
  await new Promise((resolve) => setTimeout(resolve, 500))
  t.equal((await sql.query('select count(*)::int as n from webhook_handled')).rows[0].n, 2, 'not run a third time')
})

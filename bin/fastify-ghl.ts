#!/usr/bin/env node
// fastify-ghl CLI: migrate, status, refresh, doctor, outbox, webhooks — from the shell, with the plugin's own environment
// (GHL_*, DATABASE_URL). Each command boots the plugin in a throwaway Fastify instance (scheduled refresher off) and
// uses its decorator and routes, so configuration, storage, seeding and the checks are exactly the plugin's. backfill,
// sandbox and move-schema have their own files.
// Exit codes: 0 success, 1 failure (doctor: any failing check), 2 usage or configuration error. Never prints a token.
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import Fastify, { type FastifyInstance } from 'fastify'
import fastifyGhl from '../plugins/ghl.js'
import { DEFAULT_PREFIX } from '../lib/config.js'
import { GhlConfigError } from '../lib/errors.js'
import type { OutboxJob } from '../lib/outbox/outbox.js'
import type { StatusReply } from '../routes/status.js'
import type { CheckResult } from '../routes/test-integration.js'
import { sandboxMain, SANDBOX_USAGE } from './sandbox-command.js'
import { webhooksArgs, webhooksCommand, WEBHOOKS_USAGE, type WebhooksArgs } from './webhooks-command.js'
import { backfillMain, BACKFILL_USAGE } from './backfill.js'
import { moveSchemaMain, MOVE_SCHEMA_USAGE } from './move-schema-command.js'

const USAGE = `Usage: fastify-ghl <command> [options]

Commands:
  migrate                  apply the database migrations (DATABASE_URL)
  status [--location ID]   show a connection's state (default: GHL_LOCATION_ID; without one, list all)
  refresh [--location ID]  refresh a connection's tokens now
  doctor [--location ID] [--no-write]
                           run the integration checks against GHL: token refresh, API, contact retrieval;
                           contact creation and signup sync write to the CRM (--no-write skips them)
  outbox [stats]           the durable outbox's counts (pending, in flight, delivered, dead, oldest pending)
  outbox list [--status S] [--location ID] [--limit N]
                           jobs, newest first (S: pending, in_flight, delivered, dead)
  outbox retry ID          a dead job back to pending (delivered by the running instances)
  outbox retry --all [--location ID]
                           every dead job (of one location) back to pending, in one statement
${MOVE_SCHEMA_USAGE}
${SANDBOX_USAGE}
${WEBHOOKS_USAGE}
${BACKFILL_USAGE}
Options:
  --location ID   the connection (location or company id); default GHL_LOCATION_ID
  --json          machine-readable output
  -h, --help      this help

Environment: the plugin's — GHL_CLIENT_ID, GHL_CLIENT_SECRET, DATABASE_URL, GHL_DB_SCHEMA (the tables' schema, default
public), GHL_TOKEN_ENCRYPTION_KEY, GHL_LOCATION_ID, GHL_REFRESH_TOKEN, GHL_API_BASE_URL, GHL_AUTH_BASE_URL, …
Exit codes: 0 success, 1 failure, 2 usage or configuration error.
`

const COMMANDS = ['migrate', 'status', 'refresh', 'doctor', 'outbox', 'webhooks'] as const
type Command = typeof COMMANDS[number]
const OUTBOX_ACTIONS = ['stats', 'list', 'retry'] as const
type OutboxAction = typeof OUTBOX_ACTIONS[number]
const JOB_STATUS_NAMES = ['pending', 'in_flight', 'delivered', 'dead'] as const
const LOCATION_RE = /^[A-Za-z0-9_.:-]{1,128}$/

class UsageError extends Error {}

interface Parsed {
  command: Command | 'help'
  location: string | undefined
  json: boolean
  /** doctor --no-write: skip the checks that write to the CRM. */
  noWrite?: boolean
  outbox?: { action: OutboxAction, id?: number, all?: boolean, status?: typeof JOB_STATUS_NAMES[number], limit?: number }
  webhooks?: WebhooksArgs
}

function outboxArgs (positionals: string[], values: { status?: string, limit?: string, all?: boolean }): NonNullable<Parsed['outbox']> {
  const action = (positionals[1] ?? 'stats') as OutboxAction
  if (!OUTBOX_ACTIONS.includes(action)) throw new UsageError(`unknown outbox action ${JSON.stringify(positionals[1])} (stats, list, retry ID)`)
  const all = values.all === true
  if (all && action !== 'retry') throw new UsageError('--all applies to outbox retry')
  const expected = action === 'retry' && !all ? 3 : 2
  if (positionals.length > expected) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[expected])}`)
  const out: NonNullable<Parsed['outbox']> = { action }
  if (all) out.all = true
  else if (action === 'retry') {
    const id = Number(positionals[2])
    if (positionals[2] === undefined || !Number.isSafeInteger(id) || id <= 0) throw new UsageError('outbox retry needs a job id (a positive integer), or --all')
    out.id = id
  }
  if (values.status !== undefined) {
    if (action !== 'list') throw new UsageError('--status applies to outbox list')
    if (!(JOB_STATUS_NAMES as readonly string[]).includes(values.status)) throw new UsageError(`--status must be one of ${JOB_STATUS_NAMES.join(', ')}`)
    out.status = values.status as typeof JOB_STATUS_NAMES[number]
  }
  if (values.limit !== undefined) {
    const limit = Number(values.limit)
    if (action !== 'list') throw new UsageError('--limit applies to outbox list')
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be an integer from 1 to 1000')
    out.limit = limit
  }
  return out
}

export function parse (argv: string[]): Parsed {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        location: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        'no-write': { type: 'boolean' },
        all: { type: 'boolean' },
        status: { type: 'string' },
        limit: { type: 'string' }
      }
    })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  const { values, positionals } = parsed
  const json = values.json === true
  if (values.help === true || positionals[0] === 'help') return { command: 'help', location: undefined, json }
  if (positionals.length === 0) throw new UsageError('no command given')
  const command = positionals[0] as Command
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command ${JSON.stringify(positionals[0])}`)
  const noWrite = values['no-write'] === true
  if (noWrite && command !== 'doctor') throw new UsageError('--no-write applies to doctor')
  if (values.all === true && command !== 'outbox') throw new UsageError('--all applies to outbox retry')
  const outbox = command === 'outbox' ? outboxArgs(positionals, values) : undefined
  const webhooks = command === 'webhooks' ? webhooksArgs(positionals, values, (message) => new UsageError(message)) : undefined
  const listing = command === 'outbox' || command === 'webhooks'
  if (!listing && positionals.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}`)
  if (!listing && (values.status !== undefined || values.limit !== undefined)) throw new UsageError('--status and --limit apply to outbox list and webhooks list')
  const location = values.location
  if (location !== undefined) {
    if (command === 'migrate') throw new UsageError('--location does not apply to migrate')
    if (!LOCATION_RE.test(location)) throw new UsageError('--location must be 1–128 letters, digits, _ . : -')
  }
  return { command, location, json, noWrite, ...(outbox === undefined ? {} : { outbox }), ...(webhooks === undefined ? {} : { webhooks }) }
}

/** Secret values of the environment, removed from anything printed (defence in depth: nothing should carry them). */
function redactor (env: NodeJS.ProcessEnv): (text: string) => string {
  const secrets = ['GHL_CLIENT_SECRET', 'GHL_REFRESH_TOKEN', 'GHL_ACCESS_TOKEN', 'GHL_TOKEN_ENCRYPTION_KEY', 'GHL_ADMIN_TOKEN']
    .map((name) => env[name]?.trim())
    .filter((v): v is string => v !== undefined && v.length >= 8)
  return (text) => {
    let out = text
    for (const s of secrets) out = out.split(s).join('[redacted]')
    return out
  }
}

function errorText (err: unknown): string {
  const e = err as { code?: unknown, message?: unknown }
  const text = typeof e?.message === 'string' ? e.message : String(err)
  return typeof e?.code === 'string' && !text.startsWith(e.code) ? `${e.code}: ${text}` : text
}

interface Outcome { code: number, json: unknown, human: string }

async function boot (adminToken: string, migrate: boolean): Promise<FastifyInstance> {
  const app = Fastify({ logger: false })
  // No relay: the CLI reads and retries jobs; the running instances deliver them.
  await app.register(fastifyGhl, { refresher: false, adminToken, migrate, metrics: false, outbox: false, webhooks: false })
  await app.ready()
  return app
}

function humanStatus (s: StatusReply): string {
  return [
    `connection:     ${s.location_id ?? '(none)'}`,
    `auth status:    ${s.auth_status}`,
    `token valid:    ${String(s.token_valid)}${s.expires_in_seconds === null ? '' : ` (expires in ${s.expires_in_seconds}s, at ${s.expires_at ?? '?'})`}`,
    `last refreshed: ${s.last_refreshed_at ?? 'never'}`,
    `last error:     ${s.last_error ?? 'none'}`,
    `breaker:        ${s.breaker_state}`
  ].join('\n')
}

async function statusOf (app: FastifyInstance, prefix: string, adminToken: string, location: string): Promise<StatusReply> {
  const res = await app.inject({
    method: 'GET',
    url: `${prefix}/status`,
    query: { locationId: location },
    headers: { authorization: `Bearer ${adminToken}` }
  })
  if (res.statusCode !== 200) throw new Error(`status route answered ${res.statusCode}: ${res.body}`)
  return res.json() as StatusReply
}

function jobLine (j: OutboxJob): string {
  const error = j.status === 'delivered' ? '' : ` ${j.parkedReason ?? j.lastError ?? ''}`.trimEnd()
  return `${String(j.id).padStart(6)}  ${j.status.padEnd(9)} ${j.op.padEnd(13)} ${j.locationId}  attempts ${j.attempts}/${j.maxAttempts}  ${j.key}${error}`
}

async function outboxCommand (app: FastifyInstance, cmd: Parsed): Promise<Outcome> {
  const args = cmd.outbox ?? { action: 'stats' }
  if (args.action === 'list') {
    const jobs = await app.ghl.outbox.list({ status: args.status, locationId: cmd.location, limit: args.limit })
    return { code: 0, json: { jobs }, human: jobs.length === 0 ? 'no jobs' : jobs.map(jobLine).join('\n') }
  }
  if (args.action === 'retry' && args.all === true) {
    const retried = await app.ghl.outbox.retryDead({ locationId: cmd.location })
    return { code: 0, json: { ok: true, retried }, human: `${retried} dead job${retried === 1 ? '' : 's'}${cmd.location === undefined ? '' : ` of ${cmd.location}`} pending again` }
  }
  if (args.action === 'retry') {
    const job = await app.ghl.outbox.retry(args.id as number)
    if (job === null) return { code: 1, json: { ok: false, id: args.id, error: 'no dead job with this id' }, human: `job ${String(args.id)}: no dead job with this id` }
    return { code: 0, json: { ok: true, job }, human: `job ${job.id} is pending again (${job.key})` }
  }
  const stats = await app.ghl.outbox.stats()
  const human = [
    `pending:        ${stats.pending}${stats.parked > 0 ? ` (${stats.parked} parked)` : ''}`,
    `in flight:      ${stats.inFlight}`,
    `delivered:      ${stats.delivered}`,
    `dead:           ${stats.dead}`,
    `oldest pending: ${Math.round(stats.oldestPendingSeconds)}s`
  ].join('\n')
  return { code: stats.dead > 0 ? 1 : 0, json: stats, human }
}

async function run (cmd: Parsed): Promise<Outcome> {
  // Without a database the plugin would open a private, empty in-memory one: "no connections", a seed spending the
  // fleet's refresh token, checks against nothing. The CLI works on the database the running instances share.
  if ((process.env.DATABASE_URL ?? '').trim() === '') {
    throw new GhlConfigError(`DATABASE_URL is not set: ${cmd.command} works on the database the running instances share (postgres://…)`)
  }
  const adminToken = randomBytes(24).toString('hex')
  const app = await boot(adminToken, true)
  try {
    const prefix = app.ghl.config.prefix ?? DEFAULT_PREFIX
    const location = cmd.location ?? app.ghl.locationId
    switch (cmd.command) {
      case 'migrate':
        return { code: 0, json: { ok: true }, human: 'migrations applied' }
      case 'status': {
        if (location === undefined) {
          const connections = await app.ghl.tokens.list()
          const human = connections.length === 0
            ? 'no connections stored'
            : connections.map((c) => `${c.connection}  ${c.userType}  ${c.status}  expires ${c.expiresAt?.toISOString() ?? 'unknown'}`).join('\n')
          return { code: 0, json: { connections }, human }
        }
        const status = await statusOf(app, prefix, adminToken, location)
        return { code: status.auth_status === 'authenticated' ? 0 : 1, json: status, human: humanStatus(status) }
      }
      case 'refresh': {
        if (location === undefined) throw new UsageError('no connection: pass --location or set GHL_LOCATION_ID')
        try {
          const view = await app.ghl.tokens.forceRefresh(location)
          return {
            code: 0,
            json: { ok: true, connection: view },
            human: `refreshed ${location}: token valid until ${view.expiresAt?.toISOString() ?? 'unknown'}`
          }
        } catch (err) {
          return { code: 1, json: { ok: false, location_id: location, error: errorText(err) }, human: `refresh of ${location} failed: ${errorText(err)}` }
        }
      }
      case 'outbox':
        return await outboxCommand(app, cmd)
      case 'webhooks':
        return await webhooksCommand(app, cmd.webhooks ?? { action: 'stats' })
      case 'doctor': {
        if (location === undefined) throw new UsageError('no connection: pass --location or set GHL_LOCATION_ID')
        const started = performance.now()
        const tests: CheckResult[] = [{ name: 'configuration', ok: true, durationMs: 0, detail: 'plugin started, database migrated' }]
        const skipped: string[] = []
        const res = await app.inject({
          method: 'GET',
          url: `${prefix}/test-integration`,
          query: { locationId: location, write: String(cmd.noWrite !== true) },
          headers: { authorization: `Bearer ${adminToken}` }
        })
        if (res.statusCode === 200) {
          const report = res.json() as { tests: CheckResult[], skipped?: string[] }
          tests.push(...report.tests)
          skipped.push(...(report.skipped ?? []))
        } else {
          tests.push({ name: 'test_integration', ok: false, durationMs: Math.round(performance.now() - started), error: `answered ${res.statusCode}: ${res.body}` })
        }
        const ok = tests.every((t) => t.ok)
        const human = tests.map((t) => `${t.ok ? 'ok  ' : 'FAIL'} ${t.name.padEnd(18)} ${t.ok ? t.detail ?? '' : t.error ?? ''} (${t.durationMs} ms)`).join('\n') +
          (skipped.length === 0 ? '' : `\nskip ${skipped.join(', ')} (--no-write: they write to the CRM)`) +
          `\n${ok ? 'all checks passed' : 'some checks failed'}`
        return { code: ok ? 0 : 1, json: { ok, location_id: location, tests, skipped }, human }
      }
    }
  } finally {
    await app.close()
  }
  throw new Error('unreachable')
}

async function main (argv: string[]): Promise<number> {
  const redact = redactor(process.env)
  if (argv[0] === 'backfill') return await backfillMain(argv.slice(1), redact)
  if (argv[0] === 'sandbox') return await sandboxMain(argv.slice(1))
  if (argv[0] === 'move-schema') return await moveSchemaMain(argv.slice(1), redact)
  const wantsJson = argv.includes('--json')
  const fail = (code: number, message: string, kind: string): number => {
    if (wantsJson) process.stdout.write(redact(JSON.stringify({ ok: false, error: kind, message })) + '\n')
    process.stderr.write(redact(`fastify-ghl: ${message}`) + '\n' + (code === 2 && kind === 'usage' ? '\n' + USAGE : ''))
    return code
  }
  let cmd: Parsed
  try {
    cmd = parse(argv)
  } catch (err) {
    return fail(2, (err as Error).message, 'usage')
  }
  if (cmd.command === 'help') {
    process.stdout.write(USAGE)
    return 0
  }
  try {
    const outcome = await run(cmd)
    process.stdout.write(redact(cmd.json ? JSON.stringify(outcome.json, null, 2) : outcome.human) + '\n')
    return outcome.code
  } catch (err) {
    if (err instanceof UsageError) return fail(2, err.message, 'usage')
    if (err instanceof GhlConfigError) return fail(2, `configuration: ${errorText(err)}`, 'configuration')
    return fail(1, errorText(err), 'failure')
  }
}

process.exitCode = await main(process.argv.slice(2))

// `fastify-ghl backfill FILE`: bulk signups through the durable outbox (lib/outbox/backfill.ts), from the shell, with
// the plugin's own environment. Progress goes to stderr (a bar on a terminal, plain lines otherwise), the result to
// stdout. Ctrl-C stops after the current row; running the same command again resumes (keys dedupe).
// Exit codes: 0 done, 1 dead jobs or invalid rows, 2 usage or configuration, 130 interrupted.
import { createReadStream, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import Fastify, { type FastifyInstance } from 'fastify'
import fastifyGhl from '../plugins/ghl.js'
import { GhlConfigError, GhlValidationError } from '../lib/errors.js'
import { formatOf, parseMapping } from '../lib/outbox/backfill-input.js'
import { GHL_DAILY_LIMIT, type RateBudget } from '../lib/outbox/backfill-pace.js'
import { runBackfill, type BackfillResult } from '../lib/outbox/backfill.js'
import { renderEstimate, renderProgress, renderSummary } from './backfill-progress.js'

export const BACKFILL_USAGE = `  backfill FILE [--map field=column,…] [--format csv|ndjson] [--signup-type T] [--location ID]
           [--share 0.5] [--rate 100/10s] [--daily 200000] [--dry-run] [--no-wait] [--relay]
                           users from a CSV (header row) or NDJSON file as outbox signups, paced at a share of the
                           location's rate budget; a progress bar; Ctrl-C then the same command resumes
`
const LOCATION_RE = /^[A-Za-z0-9_.:-]{1,128}$/

export class BackfillUsageError extends Error {}
class BackfillHelp extends Error {}

export interface BackfillArgs {
  file: string
  map?: string
  format?: string
  signupType: string
  location?: string
  share: number
  rate?: { max: number, windowMs: number }
  daily?: number
  dryRun: boolean
  wait: boolean
  relay: boolean
  json: boolean
  intervalMs?: number
}

function number (value: string, flag: string, min: number, max: number): number {
  const v = Number(value)
  if (value.trim() === '' || !Number.isFinite(v) || v < min || v > max) throw new BackfillUsageError(`${flag} must be a number from ${min} to ${max}, got ${JSON.stringify(value)}`)
  return v
}

export function parseBackfillArgs (argv: string[]): BackfillArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        map: { type: 'string' }, format: { type: 'string' }, 'signup-type': { type: 'string' }, location: { type: 'string' },
        share: { type: 'string' }, rate: { type: 'string' }, daily: { type: 'string' }, 'dry-run': { type: 'boolean' },
        'no-wait': { type: 'boolean' }, relay: { type: 'boolean' }, json: { type: 'boolean' }, 'progress-interval': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (err) {
    throw new BackfillUsageError((err as Error).message)
  }
  const { values: v, positionals } = parsed
  if (v.help === true) throw new BackfillHelp()
  if (positionals.length !== 1) throw new BackfillUsageError(positionals.length === 0 ? 'backfill needs a FILE' : `unexpected argument ${JSON.stringify(positionals[1])}`)
  if (v.location !== undefined && !LOCATION_RE.test(v.location)) throw new BackfillUsageError('--location must be 1–128 letters, digits, _ . : -')
  let rate: BackfillArgs['rate']
  if (v.rate !== undefined) {
    const m = /^(\d+)\/(\d+(?:\.\d+)?)(ms|s)$/.exec(v.rate.trim())
    if (m === null || Number(m[1]) < 1 || Number(m[2]) <= 0) throw new BackfillUsageError(`--rate must be REQUESTS/WINDOW like 100/10s or 50/500ms, got ${JSON.stringify(v.rate)}`)
    rate = { max: Number(m[1]), windowMs: Number(m[2]) * (m[3] === 's' ? 1000 : 1) }
  }
  const signupType = (v['signup-type'] ?? 'account').trim()
  if (signupType === '') throw new BackfillUsageError('--signup-type must not be empty')
  return {
    file: positionals[0],
    ...(v.map === undefined ? {} : { map: v.map }),
    ...(v.format === undefined ? {} : { format: v.format }),
    signupType,
    ...(v.location === undefined ? {} : { location: v.location }),
    share: v.share === undefined ? 0.5 : number(v.share, '--share', 0.01, 1),
    ...(rate === undefined ? {} : { rate }),
    ...(v.daily === undefined ? {} : { daily: number(v.daily, '--daily', 1, 1e9) }),
    dryRun: v['dry-run'] === true,
    wait: v['no-wait'] !== true,
    relay: v.relay === true,
    json: v.json === true,
    ...(v['progress-interval'] === undefined ? {} : { intervalMs: number(v['progress-interval'], '--progress-interval', 0.05, 3600) * 1000 })
  }
}

async function boot (relay: boolean): Promise<FastifyInstance> {
  const app = Fastify({ logger: false })
  // Without --relay the running instances deliver; with it this process delivers too (a one-off backfill).
  await app.register(fastifyGhl, { refresher: false, metrics: false, ...(relay ? {} : { outbox: false }) })
  await app.ready()
  return app
}

function budgetOf (app: FastifyInstance, location: string, args: BackfillArgs): RateBudget {
  const state = app.ghl.rateLimitState(location)
  return {
    max: args.rate?.max ?? state.max,
    windowMs: args.rate?.windowMs ?? state.windowMs,
    daily: args.daily ?? state.dailyLimit ?? GHL_DAILY_LIMIT
  }
}

/** Runs the command; returns the exit code. `write`s go to stdout, progress to stderr. */
export async function backfillMain (argv: string[], redact: (text: string) => string): Promise<number> {
  let args: BackfillArgs
  try {
    args = parseBackfillArgs(argv)
    formatOf(args.file, args.format)
    parseMapping(args.map)
    if (!statSync(args.file, { throwIfNoEntry: false })?.isFile()) throw new BackfillUsageError(`no such file: ${args.file}`)
  } catch (err) {
    if (err instanceof BackfillHelp) {
      process.stdout.write(`Usage: fastify-ghl${BACKFILL_USAGE}`)
      return 0
    }
    if (err instanceof BackfillUsageError || err instanceof GhlValidationError) {
      process.stderr.write(`fastify-ghl: ${(err as Error).message}\n\nUsage: fastify-ghl${BACKFILL_USAGE}`)
      return 2
    }
    throw err
  }
  // Without a database the jobs would go to a private in-memory one and die with this process (and a GHL_REFRESH_TOKEN
  // seed would spend the fleet's token): the CLI works on the database the running instances share.
  if ((process.env.DATABASE_URL ?? '').trim() === '') {
    process.stderr.write('fastify-ghl: configuration: DATABASE_URL is not set: backfill works on the database the running instances share (postgres://…)\n')
    return 2
  }
  let app: FastifyInstance
  try {
    app = await boot(args.relay)
  } catch (err) {
    if (err instanceof GhlConfigError) {
      process.stderr.write(redact(`fastify-ghl: configuration: ${err.message}`) + '\n')
      return 2
    }
    throw err
  }
  const controller = new AbortController()
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130) // a second Ctrl-C: now
    controller.abort()
  }
  process.on('SIGINT', onSigint)
  const tty = process.stderr.isTTY === true && !args.json
  try {
    const location = args.location ?? app.ghl.locationId
    if (location === undefined) {
      process.stderr.write('fastify-ghl: no location: pass --location or set GHL_LOCATION_ID\n')
      return 2
    }
    const budget = budgetOf(app, location, args)
    const result: BackfillResult = await runBackfill({
      outbox: app.ghl.outbox,
      open: () => createReadStream(args.file),
      format: formatOf(args.file, args.format),
      mapping: parseMapping(args.map),
      signupType: args.signupType,
      locationId: location,
      budget,
      share: args.share,
      dryRun: args.dryRun,
      wait: args.wait,
      signal: controller.signal,
      progressEveryMs: args.intervalMs ?? (tty ? 500 : 5000),
      onProgress: (p) => { if (!args.json) process.stderr.write(renderProgress(p, tty)) }
    })
    if (tty && !args.dryRun) process.stderr.write('\n')
    const human = args.dryRun ? renderEstimate(result, args.file, location, budget, args.share) : renderSummary(result, args.file, location)
    process.stdout.write(redact(args.json ? JSON.stringify({ ...result, location, budget, share: args.share, dryRun: args.dryRun }) : human) + '\n')
    if (result.phase === 'interrupted') return 130
    return result.counts.dead > 0 || result.invalid > 0 ? 1 : 0
  } catch (err) {
    const code = err instanceof GhlValidationError ? 2 : 1
    process.stderr.write(redact(`fastify-ghl: backfill: ${(err as Error).message}`) + '\n')
    return code
  } finally {
    process.off('SIGINT', onSigint)
    await app.close()
  }
}

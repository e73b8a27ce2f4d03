// `fastify-ghl move-schema --to S`: moves the install's tables from GHL_DB_SCHEMA (default public) into schema S
// (db/move-schema.ts), on the Postgres database of DATABASE_URL, while no instance runs. Afterwards every instance
// starts with GHL_DB_SCHEMA=S (options.schema: 'S').
// Exit codes: 0 moved, 1 refused or failed (nothing changed), 2 usage or configuration.
import { parseArgs } from 'node:util'
import pg from 'pg'
import { moveSchema, MoveSchemaError } from '../db/move-schema.js'
import { checkSchemaName, DEFAULT_SCHEMA } from '../db/namespace.js'

export const MOVE_SCHEMA_USAGE = `  move-schema --to S       move the install's tables from GHL_DB_SCHEMA (default public) into schema S, with
                           every instance stopped; then run them with GHL_DB_SCHEMA=S`

function usage (message: string): number {
  process.stderr.write(`fastify-ghl: ${message}\n\nUsage: fastify-ghl move-schema --to S [--json]\n${MOVE_SCHEMA_USAGE}\n`)
  return 2
}

export async function moveSchemaMain (argv: string[], redact: (text: string) => string): Promise<number> {
  let values
  try {
    values = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { to: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }).values
  } catch (err) {
    return usage((err as Error).message)
  }
  if (values.help === true) {
    process.stdout.write(`Usage: fastify-ghl move-schema --to S [--json]\n\n${MOVE_SCHEMA_USAGE}\n`)
    return 0
  }
  if (values.to === undefined) return usage('move-schema needs --to SCHEMA')
  const from = process.env.GHL_DB_SCHEMA ?? DEFAULT_SCHEMA
  for (const [what, name] of [['--to', values.to], ['GHL_DB_SCHEMA', from]]) {
    const problem = checkSchemaName(name)
    if (problem !== undefined) return usage(`${what} ${JSON.stringify(name.slice(0, 80))} ${problem}`)
  }
  const url = process.env.DATABASE_URL
  if (url === undefined || url === '') return usage('move-schema works on Postgres: set DATABASE_URL (the embedded database has no schemas to move between)')
  const pool = new pg.Pool({ connectionString: url, max: 1 })
  pool.on('error', () => {})
  try {
    const result = await moveSchema(pool, { from, to: values.to })
    const human = `moved ${result.moved.length} tables from ${result.from} to ${result.to}:\n${result.moved.map((name) => `  ${name}`).join('\n')}\n` +
      `start every instance with GHL_DB_SCHEMA=${result.to} (options.schema: '${result.to}')`
    process.stdout.write(values.json === true ? JSON.stringify({ ok: true, ...result }) + '\n' : human + '\n')
    return 0
  } catch (err) {
    const message = err instanceof MoveSchemaError ? err.message : `could not move the tables: ${(err as Error).message}`
    if (values.json === true) process.stdout.write(redact(JSON.stringify({ ok: false, error: err instanceof MoveSchemaError ? 'refused' : 'failure', message })) + '\n')
    process.stderr.write(redact(`fastify-ghl: ${message} (nothing was changed)`) + '\n')
    return 1
  } finally {
    await pool.end()
  }
}

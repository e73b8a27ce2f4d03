// The backfill's input: users from a CSV file (a header row names the columns) or NDJSON (one JSON object a line),
// read as a stream, and the column mapping (`email=E-mail,firstName=First name`) that turns each record into a signup.
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { GhlValidationError } from '../errors.js'
import type { SignupUser } from '../resources/sync-signup.js'

export type InputFormat = 'csv' | 'ndjson'

/** The fields a column can fill. `signupType` per row overrides the command's; `tags` splits on `;` or `|`. */
export const MAPPABLE_FIELDS = ['email', 'name', 'firstName', 'lastName', 'phone', 'companyName', 'source', 'tags', 'signupType'] as const
export type MappableField = typeof MAPPABLE_FIELDS[number]
const CUSTOM_FIELD_PREFIX = 'customFields.'

/** field → column; custom fields as `customFields.<key>` → column. */
export type ColumnMapping = Readonly<Record<string, string>>

export interface InputRecord {
  /** 1-based line of the file where the record ends (a quoted CSV field may span lines). */
  line: number
  record: Record<string, unknown>
}

export interface BackfillSignup {
  user: SignupUser
  /** From a `signupType` column, else undefined (the command's type applies). */
  signupType?: string
}

export function formatOf (file: string, explicit?: string): InputFormat {
  if (explicit !== undefined) {
    if (explicit !== 'csv' && explicit !== 'ndjson') throw new GhlValidationError(`--format must be csv or ndjson, got ${JSON.stringify(explicit)}`)
    return explicit
  }
  if (/\.csv$/i.test(file)) return 'csv'
  if (/\.(ndjson|jsonl)$/i.test(file)) return 'ndjson'
  throw new GhlValidationError(`cannot tell the format of ${file} from its name (.csv, .ndjson, .jsonl): pass --format csv|ndjson`)
}

/**
 * `field=column` pairs separated by commas (a column name may contain spaces; not commas or `=`). Fields not mapped
 * are read from the column of their own name. Unknown fields are refused by name.
 */
export function parseMapping (text: string | undefined): ColumnMapping {
  const mapping: Record<string, string> = {}
  if (text === undefined || text.trim() === '') return mapping
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=')
    const field = (eq < 0 ? pair : pair.slice(0, eq)).trim()
    const column = eq < 0 ? '' : pair.slice(eq + 1).trim()
    if (field === '' || column === '') throw new GhlValidationError(`--map: ${JSON.stringify(pair.trim())} is not field=column`)
    const custom = field.startsWith(CUSTOM_FIELD_PREFIX) && field.length > CUSTOM_FIELD_PREFIX.length
    if (!custom && !(MAPPABLE_FIELDS as readonly string[]).includes(field)) {
      throw new GhlValidationError(`--map: unknown field ${JSON.stringify(field)} (known: ${MAPPABLE_FIELDS.join(', ')}, customFields.<key>)`)
    }
    if (field in mapping) throw new GhlValidationError(`--map: ${field} is mapped twice`)
    mapping[field] = column
  }
  return mapping
}

/** Records of the file, in order. A malformed CSV or a line that is not a JSON object fails with its line number. */
export async function * readRecords (input: Readable, format: InputFormat): AsyncGenerator<InputRecord> {
  if (format === 'csv') {
    const parser = input.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: false }))
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>, info: { lines: number } }>) {
        yield { line: info.lines, record }
      }
    } catch (err) {
      throw new GhlValidationError(`CSV: ${(err as Error).message}`)
    }
    return
  }
  let line = 0
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++
    const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim()
    if (trimmed === '') continue
    let value: unknown
    try {
      value = JSON.parse(trimmed)
    } catch (err) {
      throw new GhlValidationError(`NDJSON line ${line}: ${(err as Error).message}`)
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new GhlValidationError(`NDJSON line ${line}: not a JSON object`)
    yield { line, record: value as Record<string, unknown> }
  }
}

function text (value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  const s = typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
  return s === undefined || s === '' ? undefined : s
}

function tagsOf (value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value.map(text) : (text(value) ?? '').split(/[;|]/).map((t) => t.trim())
  const tags = list.filter((t): t is string => t !== undefined && t !== '')
  return tags.length === 0 ? undefined : tags
}

/** The record as a signup; throws GhlValidationError (naming the column) when it has no email. */
export function toSignup (record: Record<string, unknown>, mapping: ColumnMapping): BackfillSignup {
  const column = (field: string): string => mapping[field] ?? field
  const user: Record<string, unknown> = {}
  const email = text(record[column('email')])
  if (email === undefined || !email.includes('@')) throw new GhlValidationError(`no email in column ${JSON.stringify(column('email'))}`)
  user.email = email
  for (const field of ['name', 'firstName', 'lastName', 'phone', 'companyName', 'source'] as const) {
    const value = text(record[column(field)])
    if (value !== undefined) user[field] = value
  }
  const tags = tagsOf(record[column('tags')])
  if (tags !== undefined) user.tags = tags
  const customFields: Record<string, string> = {}
  for (const [field, col] of Object.entries(mapping)) {
    if (!field.startsWith(CUSTOM_FIELD_PREFIX)) continue
    const value = text(record[col])
    if (value !== undefined) customFields[field.slice(CUSTOM_FIELD_PREFIX.length)] = value
  }
  if (Object.keys(customFields).length > 0) user.customFields = customFields
  const signupType = text(record[column('signupType')])
  return { user: user as unknown as SignupUser, ...(signupType === undefined ? {} : { signupType }) }
}

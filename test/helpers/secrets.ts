// The secrets scan of the reliability suite: everything a test's apps, workers and calls produced (trace-level
// logs, error messages and stacks, status and metrics output, child process output, the raw token table) is
// collected in one SecretScan and checked for token values at the end of the test.
// Sandbox tokens and codes carry fixed prefixes (sbx_at_, sbx_rt_, sbx_code_) followed by random base64url, so a
// pattern finds any of them, whole or cut short, without a list of every token ever issued.
import { Writable } from 'node:stream'
import pg from 'pg'
import type { Test } from 'tap'

/** A sandbox access token, refresh token or authorization code, or the first 6+ random characters of one. */
export const TOKEN_PATTERN = /sbx_(?:at|rt|code)_[A-Za-z0-9_-]{6,}/

export interface ScanHit {
  where: string
  /** What matched, shown only as its kind and length: the report must not leak the secret either. */
  what: string
}

export class SecretScan {
  readonly #texts: Array<{ where: string, text: string }> = []
  readonly #literals = new Map<string, string>()

  /** Secrets with no fixed shape (client secret, encryption key, admin token, state secret), by name. */
  secret (name: string, value: string | undefined): this {
    if (value !== undefined && value.length >= 8) this.#literals.set(value, name)
    return this
  }

  add (where: string, value: unknown): void {
    this.#texts.push({ where, text: typeof value === 'string' ? value : safeStringify(value) })
  }

  /** An error's message, stack, cause chain and own enumerable fields. */
  error (where: string, err: unknown): void {
    const parts: unknown[] = []
    let e: unknown = err
    for (let depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
      if (e instanceof Error) parts.push(e.message, e.stack, { ...e })
      else parts.push(e)
      e = (e as { cause?: unknown }).cause
    }
    this.add(where, parts.map((p) => typeof p === 'string' ? p : safeStringify(p)).join('\n'))
  }

  /** A pino destination (use with level 'trace') whose lines are scanned under `where`. */
  logStream (where = 'logs'): Writable {
    return new Writable({
      write: (chunk, _enc, cb) => { this.add(where, String(chunk)); cb() }
    })
  }

  /** Every row of the plugin's tables, as Postgres prints them. */
  async table (databaseUrl: string): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl })
    client.on('error', () => {})
    await client.connect()
    try {
      for (const name of ['ghl_connections', 'ghl_webhook_events']) {
        const exists = await client.query('SELECT to_regclass($1) AS t', [name])
        if (exists.rows[0].t === null) continue
        const { rows } = await client.query(`SELECT t::text AS row FROM ${name} t`)
        this.add(`table ${name}`, rows.map((r: { row: string }) => r.row).join('\n'))
      }
    } finally {
      await client.end()
    }
  }

  /** How many texts and characters were collected (a scan of nothing proves nothing). */
  get size (): { texts: number, chars: number } {
    return { texts: this.#texts.length, chars: this.#texts.reduce((n, x) => n + x.text.length, 0) }
  }

  hits (): ScanHit[] {
    const out: ScanHit[] = []
    for (const { where, text } of this.#texts) {
      const m = TOKEN_PATTERN.exec(text)
      if (m !== null) out.push({ where, what: `${m[0].slice(0, 7)}… (${m[0].length} chars)` })
      for (const [value, name] of this.#literals) if (text.includes(value)) out.push({ where, what: name })
    }
    return out
  }
}

/** Fails the test on any hit; also fails when nothing was collected. */
export function assertNoSecrets (t: Test, scan: SecretScan, minTexts = 1): void {
  const { texts, chars } = scan.size
  t.ok(texts >= minTexts, `secrets scan covered ${texts} texts, ${chars} characters`)
  t.same(scan.hits(), [], 'no token, code or secret in logs, errors, outputs or the token table')
}

function safeStringify (value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

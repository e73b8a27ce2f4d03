// bench/_db — the benchmarks' scratch databases on the Postgres server of DATABASE_URL (not a benchmark: bench/run.ts
// skips `_` names): statements on the server's own database (CREATE / DROP DATABASE) and the URL of another one.
import pg from 'pg'

export const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** Runs one statement on the server's database, on a connection of its own. */
export async function admin (sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER })
  client.on('error', () => {})
  await client.connect()
  try { await client.query(sql) } finally { await client.end() }
}

/** The URL of database `name` on the same server. */
export function dbUrl (name: string): string {
  const url = new URL(SERVER)
  url.pathname = '/' + name
  return url.toString()
}

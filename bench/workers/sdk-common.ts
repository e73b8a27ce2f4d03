// bench/workers/sdk-common — what the two kinds of bench/sdk worker share: the JSON-lines loop on stdin/stdout
// (one command per line, one reply per line, `{"ready":true}` first) and one round of concurrent contact reads.
import { createInterface } from 'node:readline'

export function env (name: string): string {
  const value = process.env[name]
  if (value === undefined || value === '') throw new Error(`${name} is required`)
  return value
}

export interface RoundReply {
  calls: number
  ok: number
  failed: number
  /** failure reason → count */
  reasons: Record<string, number>
  ms: number
}

/** `calls` concurrent reads of the contact; each must answer that contact. */
export async function fire (calls: number, read: () => Promise<unknown>, contactId: string, reason: (err: unknown) => string): Promise<RoundReply> {
  const reasons: Record<string, number> = {}
  let ok = 0
  const t0 = performance.now()
  await Promise.all(Array.from({ length: calls }, async () => {
    try {
      const res = await read() as { contact?: { id?: string } }
      if (res?.contact?.id === contactId) { ok++; return }
      const why = `wrong answer ${JSON.stringify(res).slice(0, 80)}`
      reasons[why] = (reasons[why] ?? 0) + 1
    } catch (err) {
      const why = reason(err)
      reasons[why] = (reasons[why] ?? 0) + 1
    }
  }))
  return { calls, ok, failed: calls - ok, reasons, ms: performance.now() - t0 }
}

/** Serves commands until stdin closes, then runs `close`. */
export function serve (handle: (msg: { cmd: string, calls?: number }) => Promise<object>, close: () => Promise<void>): void {
  process.stdout.write(JSON.stringify({ ready: true }) + '\n')
  const lines = createInterface({ input: process.stdin })
  lines.on('line', (line) => {
    handle(JSON.parse(line) as { cmd: string }).then(
      (reply) => { process.stdout.write(JSON.stringify(reply) + '\n') },
      (err: Error) => { process.stdout.write(JSON.stringify({ error: err.message }) + '\n') }
    )
  })
  lines.on('close', () => {
    close().then(() => process.exit(0), (err: unknown) => {
      process.stderr.write(`worker close: ${String(err)}\n`)
      process.exit(1)
    })
  })
}

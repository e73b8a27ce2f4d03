// bench/_worker — a benchmark's child process speaking JSON lines (bench/workers/*.ts; not a benchmark: bench/run.ts
// skips `_` names). The worker prints {"ready":true} once started, then answers each line it reads with one line;
// an answer with an `error` field rejects. Like test/helpers/worker.ts, without tap, and with time limits.
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../', import.meta.url))

export interface BenchWorker {
  child: ChildProcess
  pid: number
  send: <T>(msg: object) => Promise<T>
  /** Ends stdin, then SIGKILLs after the grace period. */
  stop: () => Promise<void>
}

export interface BenchWorkerOptions {
  startTimeoutMs?: number
  replyTimeoutMs?: number
  stopGraceMs?: number
}

export async function startBenchWorker (script: string, env: Record<string, string>, opts: BenchWorkerOptions = {}): Promise<BenchWorker> {
  const { startTimeoutMs = 60_000, replyTimeoutMs = 600_000, stopGraceMs = 5000 } = opts
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const name = `worker ${script} (pid ${child.pid ?? '?'})`
  const waiting: Array<{ resolve: (line: string) => void, reject: (err: Error) => void }> = []
  const backlog: string[] = []
  let gone: Error | undefined
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const next = waiting.shift()
    if (next === undefined) backlog.push(line)
    else next.resolve(line)
  })
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      gone = new Error(`${name} exited (${signal ?? code ?? '?'})`)
      for (const w of waiting.splice(0)) w.reject(gone)
      resolve()
    })
  })
  const nextLine = async (timeoutMs: number): Promise<string> => {
    const queued = backlog.shift()
    if (queued !== undefined) return queued
    if (gone !== undefined) throw gone
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => { reject(new Error(`${name} did not answer within ${timeoutMs} ms`)) }, timeoutMs)
      waiting.push({ resolve: (line) => { clearTimeout(timer); resolve(line) }, reject: (err) => { clearTimeout(timer); reject(err) } })
    })
  }
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.stdin!.end()
    const timer = setTimeout(() => { child.kill('SIGKILL') }, stopGraceMs)
    await exited
    clearTimeout(timer)
  }
  try {
    const ready = JSON.parse(await nextLine(startTimeoutMs)) as { ready?: boolean }
    if (ready.ready !== true) throw new Error(`${name} did not start: ${JSON.stringify(ready)}`)
  } catch (err) {
    child.kill('SIGKILL')
    throw err
  }
  return {
    child,
    pid: child.pid ?? -1,
    stop,
    send: async <T>(msg: object): Promise<T> => {
      const reply = nextLine(replyTimeoutMs)
      child.stdin!.write(JSON.stringify(msg) + '\n')
      const parsed = JSON.parse(await reply) as T & { error?: string }
      if (parsed.error !== undefined) throw new Error(`${name}: ${parsed.error}`)
      return parsed
    }
  }
}

// A child process speaking JSON lines (test/fixtures/*-worker.ts), run with tsx.
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { Test } from 'tap'

export interface Worker {
  child: ChildProcess
  send: <T = Record<string, unknown>>(msg: object) => Promise<T>
  stop: () => Promise<void>
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export async function startWorker (t: Test, script: string, env: Record<string, string>): Promise<Worker> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const waiting: Array<(line: string) => void> = []
  const backlog: string[] = []
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const next = waiting.shift()
    if (next === undefined) backlog.push(line)
    else next(line)
  })
  const exited = new Promise<void>((resolve) => { child.once('exit', () => { resolve() }) })
  const nextLine = async (): Promise<string> => await new Promise<string>((resolve, reject) => {
    const queued = backlog.shift()
    if (queued !== undefined) { resolve(queued); return }
    waiting.push(resolve)
    void exited.then(() => { reject(new Error(`worker ${script} exited`)) })
  })
  const ready = JSON.parse(await nextLine()) as { ready?: boolean }
  if (ready.ready !== true) throw new Error(`worker ${script} did not start: ${JSON.stringify(ready)}`)
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.stdin!.end()
    const timer = setTimeout(() => { child.kill('SIGKILL') }, 5000)
    await exited
    clearTimeout(timer)
  }
  t.teardown(stop)
  return {
    child,
    stop,
    send: async <T>(msg: object): Promise<T> => {
      const reply = nextLine()
      child.stdin!.write(JSON.stringify(msg) + '\n')
      return JSON.parse(await reply) as T
    }
  }
}

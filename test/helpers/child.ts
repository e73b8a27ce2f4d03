// A TypeScript entry point (demo, sandbox CLI) as a child process whose output a test reads; killed at teardown.
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Test } from 'tap'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface RunningScript {
  child: ChildProcess
  /** Everything printed so far, stdout and stderr. */
  output: () => string
  exited: Promise<number | null>
}

export function runScript (t: Test, script: string, env: NodeJS.ProcessEnv): RunningScript {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout?.on('data', (c: Buffer) => { out += c.toString() })
  child.stderr?.on('data', (c: Buffer) => { out += c.toString() })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => { resolve(code) }))
  t.teardown(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL')
      await exited
    }
  })
  return { child, output: () => out, exited }
}

export async function waitFor (output: () => string, re: RegExp, ms = 15_000): Promise<RegExpMatchArray> {
  const until = Date.now() + ms
  for (;;) {
    const m = output().match(re)
    if (m !== null) return m
    if (Date.now() > until) throw new Error(`timed out waiting for ${String(re)} in:\n${output()}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

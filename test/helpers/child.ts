// A TypeScript entry point (demo, sandbox CLI) as a child process whose output a test reads; killed at teardown.
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Test } from 'tap'
import { generateKey } from '../../lib/tokens/crypto.js'

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

export interface CliRun { code: number | null, stdout: string, stderr: string }

/**
 * The CLI (bin/fastify-ghl.ts) with `env` over a clean environment (no GHL_* or DATABASE_URL of the test's own).
 * Asynchronous on purpose: a sandbox in the test process must keep answering while the CLI runs.
 */
export async function runCli (env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' }
  for (const name of Object.keys(base)) if (name.startsWith('GHL_') || name === 'DATABASE_URL') delete base[name]
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/fastify-ghl.ts', ...args], { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => { stdout += c.toString() })
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString() })
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => { resolve(c) }))
  return { code, stdout, stderr }
}

/**
 * The environment of a CLI run on `databaseUrl` for a sandbox's app, the location seeded with a refresh token the
 * sandbox issued, a new encryption key, and `over` on top.
 */
export function sandboxCliEnv (
  sb: { clientId: string, clientSecret: string, url: string },
  databaseUrl: string,
  location: string,
  refreshToken: string,
  over: Record<string, string> = {}
): Record<string, string> {
  return {
    GHL_CLIENT_ID: sb.clientId,
    GHL_CLIENT_SECRET: sb.clientSecret,
    GHL_API_BASE_URL: sb.url,
    GHL_TOKEN_ENCRYPTION_KEY: generateKey(),
    GHL_LOCATION_ID: location,
    GHL_REFRESH_TOKEN: refreshToken,
    DATABASE_URL: databaseUrl,
    ...over
  }
}

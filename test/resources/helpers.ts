// For the generated-code tests: the repo root, a child process run to its end, a temporary directory removed at teardown.
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Test } from 'tap'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface Run { code: number | null, stdout: string, stderr: string }

/** Runs `command` in the repo root without tap's loaders (NODE_OPTIONS) and waits for it to exit. */
export async function run (command: string, args: string[]): Promise<Run> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => { stdout += c.toString() })
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString() })
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (c) => { resolve(c) })
  })
  return { code, stdout, stderr }
}

export async function tempDir (t: Test, prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  t.teardown(async () => { await rm(dir, { recursive: true, force: true }) })
  return dir
}

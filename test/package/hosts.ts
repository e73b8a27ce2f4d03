// Helpers of the package test: build and `npm pack` once, empty host projects with the tarball installed (npm, from the
// registry, like a user), and running a host's scripts.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const run = promisify(execFile)
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface Packed {
  dir: string
  tarball: string
  files: string[]
}

/** `npm run build`, then `npm pack` into a temporary directory (removed by `cleanup`). */
export async function buildAndPack (): Promise<Packed> {
  const dir = await mkdtemp(join(tmpdir(), 'ghl-pack-'))
  let stdout: string
  try {
    await run('npm', ['run', 'build'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })
    stdout = (await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })).stdout
  } catch (err) {
    await rm(dir, { recursive: true, force: true })
    throw err
  }
  const packed = JSON.parse(stdout) as Array<{ filename: string, files: Array<{ path: string }> }>
  const tarball = join(dir, (await readdir(dir)).find((f) => f.endsWith('.tgz')) as string)
  return { dir, tarball, files: packed[0].files.map((f) => f.path) }
}

/**
 * An empty ESM host project with the tarball and `deps` installed by npm (no .npmrc of ours: peers resolved the way a
 * user's npm resolves them, so the optional PGlite peer is not installed).
 */
export async function host (tarball: string, name: string, deps: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `ghl-host-${name}-`))
  try {
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: `host-${name}`, private: true, type: 'module' }))
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, ...deps], { cwd: dir, maxBuffer: 16 * 1024 * 1024 })
  } catch (err) {
    await rm(dir, { recursive: true, force: true })
    throw err
  }
  return dir
}

export async function cleanup (dirs: string[]): Promise<void> {
  await Promise.all(dirs.map(async (d) => await rm(d, { recursive: true, force: true })))
}

/**
 * `tsc --strict` with skipLibCheck false over the host's *.ts files (the compiler may come from another host); with
 * `emit`, the JavaScript goes to out/.
 */
export async function typeCheck (dir: string, tsc: string, emit = false): Promise<{ ok: boolean, output: string }> {
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, types: ['node'],
      ...(emit ? { outDir: 'out' } : { noEmit: true })
    },
    include: ['*.ts']
  }
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
  return await run(process.execPath, [tsc, '-p', dir], { cwd: dir, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout }) => ({ ok: true, output: stdout }),
    (err: { stdout?: string, stderr?: string }) => ({ ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` })
  )
}

/** Runs `node file` in the host; its last stdout line parsed as JSON. */
export async function nodeJson (dir: string, file: string, env: Record<string, string>): Promise<any> {
  const { stdout } = await run(process.execPath, [file], { cwd: dir, env: { PATH: process.env.PATH ?? '', ...env }, maxBuffer: 16 * 1024 * 1024 })
  return JSON.parse(stdout.trim().split('\n').pop() as string)
}

export interface Running {
  child: ChildProcess
  output: () => string
  /** Resolves with the first match of `re` in stdout + stderr (rejects after `timeoutMs` or when the process exits). */
  waitFor: (re: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>
  stop: () => Promise<number | null>
}

/** A long-running process of the host (a server), stopped with SIGTERM. */
export function start (dir: string, args: string[], env: Record<string, string>): Running {
  const child = spawn(args[0], args.slice(1), { cwd: dir, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  const listeners = new Set<() => void>()
  const onData = (chunk: Buffer): void => { out += chunk.toString(); for (const l of listeners) l() }
  child.stdout?.on('data', onData)
  child.stderr?.on('data', onData)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => { for (const l of listeners) l(); resolve(code) }))
  return {
    child,
    output: () => out,
    waitFor: async (re, timeoutMs = 30_000) => await new Promise((resolve, reject) => {
      const timer = setTimeout(() => { listeners.delete(check); reject(new Error(`timed out waiting for ${String(re)}; output:\n${out}`)) }, timeoutMs)
      function check (): void {
        const m = re.exec(out)
        if (m !== null) { clearTimeout(timer); listeners.delete(check); resolve(m); return }
        if (child.exitCode !== null || child.signalCode !== null) { clearTimeout(timer); listeners.delete(check); reject(new Error(`exited (${String(child.exitCode)}) before ${String(re)}; output:\n${out}`)) }
      }
      listeners.add(check)
      check()
    }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      return await exited
    }
  }
}

/** The first ```ts block after the README heading `heading`. */
export function readmeBlock (readme: string, heading: string): string {
  const at = readme.indexOf(`\n## ${heading}\n`)
  if (at === -1) throw new Error(`README has no "## ${heading}" section`)
  const m = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))
  if (m === null) throw new Error(`README's ${heading} section has no ts block`)
  return m[1]
}

// bench/_stats — helpers shared by the benchmarks (not a benchmark: bench/run.ts skips `_` names).
// Env knobs with validation, median/quantile, formatting, a settled full GC, and the GoHighLevel sandbox in a child
// process (so its heap, CPU and per-call bookkeeping stay out of the measured process).
import { fork, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { startSandbox } from '../sandbox/index.js'

export const API_VERSION = '2021-07-28'

/** An integer BENCH_* variable ≥ min, or the fallback when unset. */
export function intEnv (name: string, fallback: number, min = 1): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${JSON.stringify(raw)}`)
  return n
}

/** A BENCH_* number above `min` (default: positive), or the fallback when unset. */
export function numEnv (name: string, fallback: number, min = 0): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= min) throw new Error(`${name} must be a number > ${min}, got ${JSON.stringify(raw)}`)
  return n
}

/** One of `choices` (the first is the default). */
export function choiceEnv<T extends string> (name: string, choices: readonly [T, ...T[]]): T {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return choices[0]
  if (!(choices as readonly string[]).includes(raw)) throw new Error(`${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(raw)}`)
  return raw as T
}

export function median (xs: number[]): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Nearest-rank quantile of an ascending array. */
export function quantile (sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[i]
}

/** Least-squares slope of y over x. */
export function slope (xs: number[], ys: number[]): number {
  const n = xs.length
  if (n < 2) return NaN
  const mx = xs.reduce((a, b) => a + b, 0) / n
  const my = ys.reduce((a, b) => a + b, 0) / n
  let num = 0
  let den = 0
  for (let i = 0; i < n; i++) {
    num += (xs[i] - mx) * (ys[i] - my)
    den += (xs[i] - mx) ** 2
  }
  return num / den
}

export const f = (n: number, d = 2): string => n.toFixed(d)
export const pad = (s: string, w: number): string => s.padStart(w)
export const round3 = (n: number): number => Math.round(n * 1000) / 1000

export function gcFn (): (() => void) | undefined {
  return (globalThis as { gc?: () => void }).gc
}

/** Full GCs until the heap stops shrinking (at most `passes`), with a macrotask between them for finalizers. */
export async function settledGc (passes = 6): Promise<void> {
  const gc = gcFn()
  if (gc === undefined) return
  let last = Infinity
  for (let i = 0; i < passes; i++) {
    gc()
    await new Promise((resolve) => setImmediate(resolve))
    const used = process.memoryUsage().heapUsed
    if (i >= 2 && used >= last) break
    last = used
  }
}

// ---------- the sandbox in a child process ----------

export const SANDBOX_CHILD_FLAG = '--sandbox-child'

export interface SandboxInfo {
  url: string
  clientId: string
  clientSecret: string
  locationId: string
  /** A refresh token the sandbox issued for `locationId` (the plugin seeds its connection with it). */
  refreshToken: string
}

export interface ChildSandbox extends SandboxInfo {
  pid: number
  close: () => Promise<void>
}

/**
 * Forks `script` with SANDBOX_CHILD_FLAG (the script must then call serveSandboxChild()); resolves once the child's
 * sandbox listens. The child gets no --expose-gc and exits when told to or when this process goes.
 */
export async function forkSandbox (script: string): Promise<ChildSandbox> {
  const child: ChildProcess = fork(script, [SANDBOX_CHILD_FLAG], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: process.execArgv.filter((a) => a !== '--expose-gc')
  })
  const [info] = await Promise.race([
    once(child, 'message') as Promise<[SandboxInfo]>,
    once(child, 'exit').then(([code]) => { throw new Error(`the sandbox child exited early (code ${String(code)})`) })
  ])
  return {
    ...info,
    pid: child.pid ?? -1,
    close: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    }
  }
}

/** The child side of forkSandbox: a sandbox (rate limit off), its address and a refresh token sent to the parent. */
export async function serveSandboxChild (): Promise<void> {
  const sb = await startSandbox({ port: 0, rateLimit: false })
  const issued = sb.issueTokens()
  if (issued.locationId === undefined) throw new Error('the sandbox issued a token without locationId')
  const info: SandboxInfo = { url: sb.url, clientId: sb.clientId, clientSecret: sb.clientSecret, locationId: issued.locationId, refreshToken: issued.refresh_token }
  process.send?.(info)
  const stop = (): void => { sb.close().then(() => process.exit(0), () => process.exit(1)) }
  process.on('SIGTERM', stop)
  process.on('disconnect', stop)
}

/** The sandbox in this process (rate limit off), with the same shape as forkSandbox's. */
export async function inlineSandbox (): Promise<ChildSandbox> {
  const sb = await startSandbox({ port: 0, rateLimit: false })
  const issued = sb.issueTokens()
  if (issued.locationId === undefined) throw new Error('the sandbox issued a token without locationId')
  return {
    url: sb.url,
    clientId: sb.clientId,
    clientSecret: sb.clientSecret,
    locationId: issued.locationId,
    refreshToken: issued.refresh_token,
    pid: process.pid,
    close: async () => { await sb.close() }
  }
}

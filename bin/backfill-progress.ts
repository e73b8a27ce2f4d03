// The backfill's progress as text: a bar redrawn in place on a terminal, plain lines otherwise (logs, CI, pipes).
import { formatDuration } from '../lib/outbox/backfill-pace.js'
import type { BackfillProgress, BackfillResult } from '../lib/outbox/backfill.js'

const BAR = 24
const n = (value: number): string => value.toLocaleString('en-US')

function fraction (p: BackfillProgress): number {
  if (p.total === 0) return 1
  const done = p.phase === 'enqueue' || p.phase === 'interrupted' || (p.phase === 'done' && p.counts.pending + p.counts.in_flight > 0) ? p.read : p.counts.delivered + p.counts.dead
  return Math.min(1, done / p.total)
}

function counts (p: BackfillProgress): string {
  return `delivered ${n(p.counts.delivered)} · pending ${n(p.counts.pending + p.counts.in_flight)} · dead ${n(p.counts.dead)}`
}

function rate (p: BackfillProgress): string {
  return `${p.ratePerSecond.toFixed(1)}/s`
}

/** One line of progress: with `tty`, a bar that redraws itself in place (carriage return, clear line, no newline). */
export function renderProgress (p: BackfillProgress, tty: boolean): string {
  const f = fraction(p)
  const queuing = p.phase === 'enqueue' || p.phase === 'interrupted' || (p.phase === 'done' && p.counts.pending + p.counts.in_flight > 0)
  const step = queuing ? `enqueue ${n(p.read)}/${n(p.total)} rows` : `deliver ${n(p.counts.delivered + p.counts.dead)}/${n(p.total)} jobs`
  const eta = `ETA ${formatDuration(p.etaMs)}`
  if (!tty) return `backfill ${step} · ${rate(p)} · ${eta} · ${counts(p)}\n`
  const filled = Math.round(f * BAR)
  const bar = '█'.repeat(filled) + '░'.repeat(BAR - filled)
  return `\r\x1b[K${bar} ${String(Math.floor(f * 100)).padStart(3)}% ${step} · ${rate(p)} · ${eta} · ${counts(p)}`
}

/** The closing lines, for people. */
export function renderSummary (r: BackfillResult, file: string, location: string): string {
  const lines = [
    `backfill ${file} → ${location}: ${n(r.total)} signups (${n(r.created)} queued now, ${n(r.existing)} queued before), ${n(r.invalid)} invalid rows`,
    `delivered ${n(r.counts.delivered)}, pending ${n(r.counts.pending + r.counts.in_flight)}, dead ${n(r.counts.dead)} · ${formatDuration(r.elapsedMs)}`
  ]
  for (const row of r.invalidRows) lines.push(`  invalid line ${row.line}: ${row.reason}`)
  if (r.invalid > r.invalidRows.length) lines.push(`  … and ${n(r.invalid - r.invalidRows.length)} more invalid rows`)
  if (r.phase === 'interrupted') {
    lines.push(`interrupted after ${n(r.read)} of ${n(r.total)} rows: run the same command again to resume (queued rows are recognised by their keys and not queued twice; queued jobs are delivered by the running instances)`)
  } else if (r.counts.dead > 0) {
    lines.push('some jobs are dead: `fastify-ghl outbox list --status dead` shows why; fix the cause, then `fastify-ghl outbox retry ID`')
  }
  return lines.join('\n')
}

/** The dry run's answer. */
export function renderEstimate (r: BackfillResult, file: string, location: string, budget: { max: number, windowMs: number, daily: number }, share: number): string {
  const e = r.estimate
  const lines = [
    `backfill ${file} → ${location} (dry run: nothing queued)`,
    `rows: ${n(r.total)} signups, ${n(r.invalid)} invalid`,
    `budget: ${n(budget.max)} requests / ${budget.windowMs / 1000} s and ${n(budget.daily)} a day for the location; the backfill takes ${Math.round(share * 100)} %`,
    `pace: ${e.jobsPerSecond.toFixed(2)} signups/s (${n(e.calls)} calls, ${e.calls / Math.max(1, e.jobs)} each), ${n(e.jobsPerDay)} a day`,
    `estimated duration: ${formatDuration(e.ms)}${e.dailyBound ? ' (bound by the daily budget)' : ''}`
  ]
  for (const row of r.invalidRows) lines.push(`  invalid line ${row.line}: ${row.reason}`)
  return lines.join('\n')
}

// bench/_outbox-measure — where a drain's time goes (not a benchmark: bench/run.ts skips `_` names): CPU time of the
// instances, of this process (the sandbox runs here), and of the Postgres backends serving the bench database; how
// busy the whole machine was; how full the relays' slots were (jobs in flight sampled against instances × concurrency).
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import type pg from 'pg'

/** Machine-wide CPU: busy and total ms over all cores since boot. */
export function machineCpu (): { busy: number, total: number } {
  let busy = 0
  let total = 0
  for (const c of cpus()) {
    const t = c.times
    busy += t.user + t.nice + t.sys + t.irq
    total += t.user + t.nice + t.sys + t.irq + t.idle
  }
  return { busy, total }
}

/** CPU ms (user + system) of the Postgres backends connected to `database` now (cumulative since each started). */
export async function backendCpuMs (sql: pg.Client, database: string): Promise<number> {
  const { rows } = await sql.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database])
  let ticks = 0
  for (const { pid } of rows as Array<{ pid: number }>) {
    try {
      // Fields after the command name: state is field 3, utime 14, stime 15 (1-based, man proc).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10 // USER_HZ is 100 on Linux
}

export function cpuMs (u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000
}

/** Samples jobs in flight every `everyMs` until stopped; mean over the samples. */
export function inFlightSampler (sql: pg.Client, everyMs = 250): { stop: () => Promise<number> } {
  const samples: number[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const { rows } = await sql.query("SELECT count(*)::int AS n FROM ghl_jobs WHERE status = 'in_flight'")
      samples.push(rows[0].n as number)
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      return samples.length === 0 ? 0 : samples.reduce((a, b) => a + b, 0) / samples.length
    }
  }
}

export const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ')

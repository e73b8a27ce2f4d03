// Durations in words for the admin page: "in 23 h", "4 min ago", "just now".
const UNITS: ReadonlyArray<[number, string]> = [[86_400_000, 'd'], [3_600_000, 'h'], [60_000, 'min'], [1000, 's']]

/** A duration as its largest whole unit (and the next one under 10 of it): "2 h 5 min", "45 s". */
export function duration (ms: number): string {
  const abs = Math.abs(ms)
  if (abs < 1000) return 'less than a second'
  for (let i = 0; i < UNITS.length; i++) {
    const [size, name] = UNITS[i]
    if (abs < size) continue
    const whole = Math.floor(abs / size)
    const next = UNITS[i + 1]
    if (whole >= 10 || next === undefined) return `${whole} ${name}`
    const rest = Math.floor((abs - whole * size) / next[0])
    return rest === 0 ? `${whole} ${name}` : `${whole} ${name} ${rest} ${next[1]}`
  }
  return `${Math.floor(abs / 1000)} s`
}

/** A moment relative to now: "in 3 h", "5 min ago"; `never` when there is none. */
export function relative (at: Date | number | null | undefined, now: number, never = 'never'): string {
  if (at === null || at === undefined) return never
  const ms = (typeof at === 'number' ? at : at.getTime()) - now
  if (Math.abs(ms) < 1000) return 'just now'
  return ms > 0 ? `in ${duration(ms)}` : `${duration(ms)} ago`
}

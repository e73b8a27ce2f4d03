// Free slots of a calendar: its open hours (UTC) stepped by slotInterval, each slotDuration long, not in the past and
// not overlapping a booked (non-cancelled) appointment; answered keyed by date in the requested time zone, with
// offset-bearing times ('2024-10-28T10:00:00-05:00'), as GET /calendars/:calendarId/free-slots does.
import type { Appointment, Calendar } from './resource-types.js'

const MINUTE = 60_000
const DAY = 86_400_000

const formats = new Map<string, Intl.DateTimeFormat>()

/** The Intl formatter of an IANA zone, or undefined when the zone is unknown. */
function zoneFormat (zone: string): Intl.DateTimeFormat | undefined {
  let f = formats.get(zone)
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    } catch {
      return undefined
    }
    formats.set(zone, f)
  }
  return f
}

export function isTimeZone (zone: string): boolean {
  return zoneFormat(zone) !== undefined
}

/** The zone's UTC offset in minutes at `ms`. */
function offsetMinutes (zone: string, ms: number): number {
  const name = zoneFormat(zone)?.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const m = /GMT([+-])(\d{1,2}):?(\d{2})?/.exec(name)
  if (m === null) return 0
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? '0'))
}

/** '2024-10-28T10:00:00-05:00' for `ms` in `zone`. */
export function formatInZone (ms: number, zone: string): string {
  const off = offsetMinutes(zone, ms)
  const local = new Date(ms + off * MINUTE).toISOString().slice(0, 19)
  const abs = Math.abs(off)
  return `${local}${off < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** Whether [start, end) overlaps a booked appointment of the calendar (other than `except`). */
export function booked (appointments: Appointment[], start: number, end: number, except?: string): boolean {
  return appointments.some((a) => a.id !== except && a.appointmentStatus !== 'cancelled' &&
    Date.parse(a.startTime) < end && Date.parse(a.endTime) > start)
}

/** Slot starts (ms) of the calendar's open hours within [from, to]. */
export function slotStarts (cal: Calendar, from: number, to: number): number[] {
  const out: number[] = []
  const duration = cal.slotDuration * MINUTE
  const interval = cal.slotInterval * MINUTE
  for (let day = Math.floor(from / DAY) * DAY; day <= to; day += DAY) {
    const dow = new Date(day).getUTCDay()
    for (const oh of cal.openHours) {
      if (!oh.daysOfTheWeek.includes(dow)) continue
      for (const h of oh.hours) {
        const close = day + (h.closeHour * 60 + h.closeMinute) * MINUTE
        for (let t = day + (h.openHour * 60 + h.openMinute) * MINUTE; t + duration <= close; t += interval) {
          if (t >= from && t <= to) out.push(t)
        }
      }
    }
  }
  return out.sort((a, b) => a - b)
}

/** Whether an appointment may start at `start`: a slot of the calendar, not past, free. */
export function slotFree (cal: Calendar, appointments: Appointment[], start: number, end: number, now: number, except?: string): boolean {
  return start >= now && slotStarts(cal, start, start).includes(start) && !booked(appointments, start, end, except)
}

/** The free-slots answer: `{ 'YYYY-MM-DD': { slots: [...] } }` in `zone`. */
export function freeSlots (cal: Calendar, appointments: Appointment[], from: number, to: number, now: number, zone: string): Record<string, { slots: string[] }> {
  const duration = cal.slotDuration * MINUTE
  const out: Record<string, { slots: string[] }> = {}
  for (const t of slotStarts(cal, Math.max(from, now), to)) {
    if (booked(appointments, t, t + duration)) continue
    const text = formatInZone(t, zone)
    const key = text.slice(0, 10)
    ;(out[key] ??= { slots: [] }).slots.push(text)
  }
  return out
}

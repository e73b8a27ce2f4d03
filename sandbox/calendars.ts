// Calendars (calendars.json, Version 2021-04-15 or the gateway's others): GET /calendars/, GET /calendars/:id/free-slots,
// and appointments — POST /calendars/events/appointments, PUT …/appointments/:eventId, DELETE /calendars/events/:eventId.
// Bookings must hit a free slot unless ignoreFreeSlotValidation (400 otherwise).
import { badRequest, bodyLocationAllowed, inTokenLocation, notFound, queryLocation, readGuard, send, valid, writeGuard, type Handler, type RouteDef } from './api.js'
import { forbidLocation } from './auth.js'
import { freeSlots, isTimeZone, slotFree } from './calendar-slots.js'
import type { Core } from './core.js'
import type { Reply } from './http.js'
import type { Appointment, Calendar } from './resource-types.js'
import { seedCalendars } from './seeds.js'
import { CALENDAR_VERSIONS } from './settings.js'
import { PerLocation, randomId } from './state.js'
import type { AccessRecord } from './tokens.js'
import type { UserStore } from './users.js'
import { checkBody, type Shape } from './validate.js'

const MAX_RANGE_MS = 31 * 86_400_000

export class CalendarStore {
  readonly calendars: PerLocation<Calendar[]>
  private readonly appointments = new Map<string, Appointment>()

  constructor (users: UserStore) {
    this.calendars = new PerLocation((locationId) => seedCalendars(locationId, users.locationUsers(locationId)[0].id))
  }

  /** A calendar by id, looked up in `locationId` first (seeding it), then in every seeded location. */
  find (locationId: string | undefined, id: string): Calendar | undefined {
    const own = locationId === undefined ? undefined : this.calendars.get(locationId).find((c) => c.id === id)
    return own ?? this.calendars.all().flat().find((c) => c.id === id)
  }

  appointment (id: string): Appointment | undefined {
    return this.appointments.get(id)
  }

  booked (calendarId: string): Appointment[] {
    return [...this.appointments.values()].filter((a) => a.calendarId === calendarId)
  }

  list (filter: { locationId?: string, contactId?: string }): Appointment[] {
    return [...this.appointments.values()].filter((a) =>
      (filter.locationId === undefined || a.locationId === filter.locationId) && (filter.contactId === undefined || a.contactId === filter.contactId))
  }

  save (a: Appointment): Appointment {
    this.appointments.set(a.id, a)
    return a
  }

  delete (id: string): void {
    this.appointments.delete(id)
  }
}

const STATUS = { type: 'string', values: ['new', 'confirmed', 'cancelled', 'showed', 'noshow', 'invalid'] } as const

/** What AppointmentCreateSchema and AppointmentEditSchema share, in their order. */
const COMMON: Shape = {
  title: { type: 'string' },
  meetingLocationType: { type: 'string', values: ['custom', 'zoom', 'gmeet', 'phone', 'address', 'ms_teams', 'google'] },
  meetingLocationId: { type: 'string' },
  overrideLocationConfig: { type: 'boolean' },
  appointmentStatus: STATUS,
  assignedUserId: { type: 'string' },
  description: { type: 'string' },
  address: { type: 'string' },
  ignoreDateRange: { type: 'boolean' },
  toNotify: { type: 'boolean' },
  ignoreFreeSlotValidation: { type: 'boolean' },
  rrule: { type: 'string' }
}

/** AppointmentEditSchema */
const EDIT: Shape = { ...COMMON, calendarId: { type: 'string' }, startTime: { type: 'date' }, endTime: { type: 'date' } }

/** AppointmentCreateSchema */
const CREATE: Shape = {
  ...COMMON,
  calendarId: { type: 'string', required: true },
  locationId: { type: 'string', required: true },
  contactId: { type: 'string', required: true },
  startTime: { type: 'date', required: true },
  endTime: { type: 'date' }
}

const SLOT_TAKEN = 'The slot you have selected is no longer available.'
const COPIED = ['title', 'meetingLocationType', 'appointmentStatus', 'assignedUserId', 'description', 'address', 'rrule'] as const

/** Calendar and time of a booking checked (400 sent otherwise); returns the [start, end] to store. */
function schedule (core: Core, reply: Reply, cal: Calendar | undefined, input: Record<string, unknown>, current?: Appointment): [string, string] | undefined {
  if (cal === undefined) {
    badRequest(reply, `Calendar ${String(input.calendarId)} not found`)
    return undefined
  }
  const startTime = (input.startTime ?? current?.startTime) as string
  const start = Date.parse(startTime)
  const endTime = (input.endTime ?? (input.startTime === undefined ? current?.endTime : undefined) ??
    new Date(start + cal.slotDuration * 60_000).toISOString()) as string
  const end = Date.parse(endTime)
  let problem: string | undefined
  if (end <= start) problem = 'endTime must be after startTime'
  else if (input.ignoreFreeSlotValidation !== true && !slotFree(cal, core.calendars.booked(cal.id), start, end, core.clock.now(), current?.id)) problem = SLOT_TAKEN
  if (problem === undefined) return [startTime, endTime]
  badRequest(reply, problem)
  return undefined
}

const createAppointment: Handler = (core, { reply }, rec, body) => {
  if (!bodyLocationAllowed(reply, rec, body) || !valid(reply, checkBody(body, CREATE))) return
  const input = body as Record<string, unknown> & { calendarId: string, locationId: string, contactId: string }
  const contact = core.contacts.get(input.contactId)
  if (contact?.locationId !== input.locationId) return badRequest(reply, `Contact ${input.contactId} not found`)
  const cal = core.calendars.find(input.locationId, input.calendarId)
  const times = schedule(core, reply, cal?.locationId === input.locationId ? cal : undefined, input)
  if (times === undefined || cal === undefined) return
  const now = core.clock.iso()
  const a: Appointment = {
    id: randomId(),
    calendarId: cal.id,
    locationId: input.locationId,
    contactId: contact.id,
    startTime: times[0],
    endTime: times[1],
    title: typeof contact.name === 'string' ? contact.name : 'Appointment',
    meetingLocationType: 'custom',
    appointmentStatus: cal.autoConfirm ? 'confirmed' : 'new',
    assignedUserId: cal.teamMembers[0]?.userId,
    isRecurring: false,
    dateAdded: now,
    dateUpdated: now
  }
  for (const key of COPIED) if (input[key] !== undefined) (a as unknown as Record<string, unknown>)[key] = input[key]
  a.isRecurring = typeof a.rrule === 'string' && a.rrule.length > 0
  send(reply, 200, { ...core.calendars.save(a) })
}

function ownAppointment (core: Core, reply: Reply, rec: AccessRecord, id: string): Appointment | undefined {
  return inTokenLocation(reply, rec, core.calendars.appointment(id), 'Appointment not found')
}

const updateAppointment: Handler = (core, { reply }, rec, body, { eventId }) => {
  if (!valid(reply, checkBody(body, EDIT))) return
  const a = ownAppointment(core, reply, rec, eventId)
  if (a === undefined) return
  const input = body as Record<string, unknown>
  const cal = core.calendars.find(a.locationId, (input.calendarId ?? a.calendarId) as string)
  const moved = input.startTime !== undefined || input.endTime !== undefined || input.calendarId !== undefined
  const times = moved ? schedule(core, reply, cal?.locationId === a.locationId ? cal : undefined, input, a) : [a.startTime, a.endTime]
  if (times === undefined || cal === undefined) return
  for (const key of COPIED) if (input[key] !== undefined) (a as unknown as Record<string, unknown>)[key] = input[key]
  Object.assign(a, { calendarId: cal.id, startTime: times[0], endTime: times[1], dateUpdated: core.clock.iso() })
  a.isRecurring = typeof a.rrule === 'string' && a.rrule.length > 0
  send(reply, 200, { ...a })
}

/** DELETE /calendars/events/:eventId → 201 { succeeded } (spelt right here, unlike contacts' `succeded`). */
const deleteEvent: Handler = (core, { reply }, rec, body, { eventId }) => {
  if (!valid(reply, checkBody(body, {}))) return
  const a = ownAppointment(core, reply, rec, eventId)
  if (a === undefined) return
  core.calendars.delete(a.id)
  send(reply, 201, { succeeded: true })
}

const listCalendars: Handler = (core, ctx, rec) => {
  const q = new URLSearchParams(ctx.search)
  const errors: string[] = []
  const drafted = q.get('showDrafted')
  if (drafted !== null && drafted !== 'true' && drafted !== 'false') errors.push('showDrafted must be a boolean value')
  const locationId = queryLocation(ctx, rec, q, 'locationId', errors)
  if (locationId === undefined) return
  const groupId = q.get('groupId') ?? ''
  // the seeded calendars are in no group
  send(ctx.reply, 200, { calendars: groupId === '' ? core.calendars.calendars.get(locationId) : [] })
}

/** The answer is the date map alone (the spec allows nothing else next to the dates, so no traceId). */
const getFreeSlots: Handler = (core, ctx, rec, _body, { calendarId }) => {
  const q = new URLSearchParams(ctx.search)
  const errors: string[] = []
  const [from, to] = ['startDate', 'endDate'].map((name) => {
    const v = q.get(name)
    if (v === null || v === '' || !Number.isFinite(Number(v))) errors.push(`${name} must be a number conforming to the specified constraints`)
    return Number(v)
  })
  const zone = q.get('timezone') ?? 'UTC'
  if (!isTimeZone(zone)) errors.push('timezone must be a valid IANA time zone')
  if (!valid(ctx.reply, errors)) return
  if (to < from) return badRequest(ctx.reply, 'endDate must be after startDate')
  if (to - from > MAX_RANGE_MS) return badRequest(ctx.reply, 'Date range cannot be more than 31 days')
  const cal = core.calendars.find(rec.grant.locationId, calendarId)
  if (cal === undefined) return notFound(ctx.reply, 'Calendar not found')
  if (cal.locationId !== rec.grant.locationId) return forbidLocation(ctx.reply)
  const users = [...q.getAll('userIds'), ...q.getAll('userIds[]'), q.get('userId') ?? ''].filter((u) => u !== '')
  const served = users.length === 0 || cal.teamMembers.some((m) => users.includes(m.userId))
  ctx.reply.json(200, served ? freeSlots(cal, core.calendars.booked(cal.id), from, to, core.clock.now(), zone) : {})
}

const READ = readGuard('calendars', CALENDAR_VERSIONS)
const EVENTS_WRITE = writeGuard('calendars/events', CALENDAR_VERSIONS)

export const CALENDAR_ROUTES: readonly RouteDef[] = [
  { method: 'GET', path: '/calendars/', guard: READ, run: listCalendars },
  { method: 'GET', path: '/calendars/:calendarId/free-slots', guard: READ, run: getFreeSlots },
  { method: 'POST', path: '/calendars/events/appointments', guard: EVENTS_WRITE, run: createAppointment },
  { method: 'PUT', path: '/calendars/events/appointments/:eventId', guard: EVENTS_WRITE, run: updateAppointment },
  { method: 'DELETE', path: '/calendars/events/:eventId', guard: EVENTS_WRITE, body: true, run: deleteEvent }
]

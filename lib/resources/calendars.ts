// calendars.list, calendars.freeSlots and calendars.appointments.create | update | delete, typed from
// calendars.json; bodies checked against the same spec before any network call. Sent with the calendars API's own
// `Version: 2021-04-15` (the version its spec names); `locationId` defaults to the connection's location.
import type { Requester } from '../client/types.js'
import { GhlValidationError } from '../errors.js'
import type { components } from './generated/calendars.js'
import { checkedBody, locationOf, queryInput, segment, withLocation, type Optional, type SpecBody, type SpecQuery, type SpecReply } from './shared.js'

type S = 'calendars'
const SPEC: S = 'calendars'

/** The Version header of HighLevel's calendars API. */
export const CALENDARS_API_VERSION = '2021-04-15'
const HEADERS = Object.freeze({ version: CALENDARS_API_VERSION })

export type Calendar = components['schemas']['CalendarDTO']
export type Appointment = components['schemas']['AppointmentSchemaResponse']

/** The query of GET /calendars/; `locationId` defaults to the connection's location. */
export type ListCalendarsInput = Optional<SpecQuery<S, 'get-calendars'>, 'locationId'>
/** The query of GET /calendars/{calendarId}/free-slots: `startDate`, `endDate` (epoch ms), `timezone`, `userId(s)`. */
export type FreeSlotsInput = SpecQuery<S, 'get-slots'>
/** AppointmentCreateSchema; `locationId` defaults to the connection's location. */
export type CreateAppointmentInput = Optional<SpecBody<S, 'create-appointment'>, 'locationId'>
/** AppointmentEditSchema */
export type UpdateAppointmentInput = SpecBody<S, 'edit-appointment'>

export type ListCalendarsResponse = SpecReply<S, 'get-calendars'>
/** `{ '2026-12-02': { slots: [iso…] }, … }` */
export type FreeSlotsResponse = SpecReply<S, 'get-slots'>
export type AppointmentResponse = SpecReply<S, 'create-appointment'>
export type DeleteEventResponse = SpecReply<S, 'delete-event'>

export interface AppointmentsApi {
  /** POST /calendars/events/appointments → the appointment. Not retried once it may have reached GHL (a second booking). */
  create: (input: CreateAppointmentInput) => Promise<AppointmentResponse>
  /** PUT /calendars/events/appointments/{eventId} → the appointment. */
  update: (eventId: string, input: UpdateAppointmentInput) => Promise<AppointmentResponse>
  /** DELETE /calendars/events/{eventId} → `{ succeeded }` */
  delete: (eventId: string) => Promise<DeleteEventResponse>
}

export interface CalendarsApi {
  /** GET /calendars/ → `{ calendars }` */
  list: (query?: ListCalendarsInput) => Promise<ListCalendarsResponse>
  /** GET /calendars/{calendarId}/free-slots → free slots by date. */
  freeSlots: (calendarId: string, query: FreeSlotsInput) => Promise<FreeSlotsResponse>
  appointments: AppointmentsApi
}

function epochMs (value: unknown, name: string): number {
  const n = value instanceof Date ? value.getTime() : value
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new GhlValidationError(`query.${name} must be a number (epoch ms)`)
  return n
}

export function createCalendarsApi (request: Requester, locationId: string | undefined): CalendarsApi {
  const event = (eventId: unknown): string => segment('eventId', eventId)
  return {
    async list (query) {
      const q = queryInput(query, 'query')
      return await request<ListCalendarsResponse>({ method: 'GET', path: '/calendars/', query: { ...q, locationId: locationOf(q.locationId, locationId) }, headers: HEADERS })
    },
    async freeSlots (calendarId, query) {
      const path = `/calendars/${segment('calendarId', calendarId)}/free-slots`
      const q = queryInput(query, 'query')
      const startDate = epochMs(q.startDate, 'startDate')
      const endDate = epochMs(q.endDate, 'endDate')
      if (endDate < startDate) throw new GhlValidationError('query.endDate must not be before query.startDate')
      return await request<FreeSlotsResponse>({ method: 'GET', path, query: { ...q, startDate, endDate }, headers: HEADERS })
    },
    appointments: {
      async create (input) {
        const body = checkedBody(SPEC, 'create-appointment', withLocation(input, locationId), 'appointment')
        return await request<AppointmentResponse>({ method: 'POST', path: '/calendars/events/appointments', body, idempotent: false, headers: HEADERS })
      },
      async update (eventId, input) {
        const path = '/calendars/events/appointments/' + event(eventId)
        const body = checkedBody(SPEC, 'edit-appointment', input, 'appointment')
        return await request<AppointmentResponse>({ method: 'PUT', path, body, headers: HEADERS })
      },
      async delete (eventId) {
        // DeleteAppointmentSchema: an empty object, and the spec requires the body
        return await request<DeleteEventResponse>({ method: 'DELETE', path: '/calendars/events/' + event(eventId), body: {}, headers: HEADERS })
      }
    }
  }
}

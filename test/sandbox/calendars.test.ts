// Calendars over HTTP on a fixed clock (Monday 2026-03-02 08:00 UTC): the seeded calendar, free slots (open hours,
// time zones, bookings, range limits), appointments (slot validation, update, cancel, delete), versions and scopes.
import t, { type Test } from 'tap'
import type { Sandbox } from '../../sandbox/index.js'
import { call, sandboxFor } from '../helpers/sandbox.js'

const LOC = 'loc_sandbox_1'
const MONDAY = Date.parse('2026-03-02T00:00:00Z')
const HOUR = 3_600_000
const DAY = 24 * HOUR
const CAL_VERSION = '2021-04-15'

async function setup (t: Test): Promise<{ sb: Sandbox, tok: string, cal: any, contactId: string, now: { ms: number } }> {
  const now = { ms: MONDAY + 8 * HOUR }
  const sb = await sandboxFor(t, { now: () => now.ms })
  const tok = sb.issueTokens().access_token
  const cal = sb.seeds(LOC).calendars[0]
  const contactId = (await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, firstName: 'Cal', lastName: 'Endar', email: 'cal@x.io' } })).body.contact.id
  return { sb, tok, cal, contactId, now }
}

function slotsPath (calId: string, from: number, to: number, extra = ''): string {
  return `/calendars/${calId}/free-slots?startDate=${from}&endDate=${to}${extra}`
}

t.test('the seeded calendar is listed', async (t) => {
  const { sb, tok, cal } = await setup(t)
  const res = await call(sb, 'GET', `/calendars/?locationId=${LOC}`, tok, { version: CAL_VERSION })
  t.equal(res.status, 200)
  t.match(res.body.calendars, [{ id: cal.id, name: 'Sandbox Consultations', locationId: LOC, slotDuration: 30, teamMembers: [{ userId: sb.seeds(LOC).users[1].id }] }])
  t.same((await call(sb, 'GET', `/calendars/?locationId=${LOC}&groupId=g1`, tok)).body.calendars, [], 'in no group')
  t.equal((await call(sb, 'GET', `/calendars/?locationId=${LOC}&showDrafted=maybe`, tok)).status, 422)
  t.equal((await call(sb, 'GET', '/calendars/', tok)).status, 422)
  t.equal((await call(sb, 'GET', '/calendars/?locationId=loc_B', tok)).status, 403)
})

t.test('free slots: open hours in UTC, keyed by date in the requested zone, not past, not on weekends', async (t) => {
  const { sb, tok, cal, now } = await setup(t)
  const utc = await call(sb, 'GET', slotsPath(cal.id, MONDAY, MONDAY + 2 * DAY - 1), tok, { version: CAL_VERSION })
  t.equal(utc.status, 200)
  t.same(Object.keys(utc.body), ['2026-03-02', '2026-03-03'], 'only dates: no traceId next to them')
  t.equal(utc.body['2026-03-02'].slots.length, 16, '09:00 to 16:30, every 30 minutes')
  t.equal(utc.body['2026-03-02'].slots[0], '2026-03-02T09:00:00+00:00')
  t.equal(utc.body['2026-03-02'].slots[15], '2026-03-02T16:30:00+00:00')

  const chicago = await call(sb, 'GET', slotsPath(cal.id, MONDAY, MONDAY + DAY - 1, '&timezone=America/Chicago'), tok, { version: CAL_VERSION })
  t.equal(chicago.body['2026-03-02'].slots[0], '2026-03-02T03:00:00-06:00', 'formatted with the zone offset')
  const tokyo = await call(sb, 'GET', slotsPath(cal.id, MONDAY, MONDAY + DAY - 1, '&timezone=Asia/Tokyo'), tok, { version: CAL_VERSION })
  t.equal(tokyo.body['2026-03-02'].slots.length, 12, 'until local midnight')
  t.same(tokyo.body['2026-03-03'].slots, ['2026-03-03T00:00:00+09:00', '2026-03-03T00:30:00+09:00', '2026-03-03T01:00:00+09:00', '2026-03-03T01:30:00+09:00'])

  t.same((await call(sb, 'GET', slotsPath(cal.id, MONDAY + 5 * DAY, MONDAY + 7 * DAY - 1), tok, { version: CAL_VERSION })).body, {}, 'weekend: nothing')
  now.ms = MONDAY + 10 * HOUR + 10 * 60_000
  const later = await call(sb, 'GET', slotsPath(cal.id, MONDAY, MONDAY + DAY - 1), tok, { version: CAL_VERSION })
  t.equal(later.body['2026-03-02'].slots[0], '2026-03-02T10:30:00+00:00', 'past slots are gone')

  const team = sb.seeds(LOC).calendars[0].teamMembers[0].userId
  t.equal(Object.keys((await call(sb, 'GET', slotsPath(cal.id, MONDAY, MONDAY + DAY - 1, `&userId=${team}`), tok)).body).length, 1, 'a team member')
  t.same((await call(sb, 'GET', slotsPath(cal.id, MONDAY, MONDAY + DAY - 1, '&userId=someone'), tok)).body, {}, 'not a team member: no slots')

  const tooLong = await call(sb, 'GET', slotsPath(cal.id, MONDAY, MONDAY + 32 * DAY), tok, { version: CAL_VERSION })
  t.equal(tooLong.status, 400)
  t.equal(tooLong.body.message, 'Date range cannot be more than 31 days')
  t.equal((await call(sb, 'GET', slotsPath(cal.id, MONDAY + DAY, MONDAY), tok)).status, 400, 'endDate before startDate')
  const noDates = await call(sb, 'GET', `/calendars/${String(cal.id)}/free-slots`, tok)
  t.equal(noDates.status, 422)
  t.same(noDates.body.message, ['startDate must be a number conforming to the specified constraints', 'endDate must be a number conforming to the specified constraints'])
  t.equal((await call(sb, 'GET', slotsPath(cal.id, MONDAY, MONDAY + DAY, '&timezone=Mars/Olympus'), tok)).status, 422)
  t.equal((await call(sb, 'GET', slotsPath('nope', MONDAY, MONDAY + DAY), tok)).status, 404)
  const other = sb.seeds('loc_B').calendars[0]
  t.equal((await call(sb, 'GET', slotsPath(other.id, MONDAY, MONDAY + DAY), tok)).status, 403, "another location's calendar")
})

t.test('appointments: booked on free slots, moved, cancelled, deleted', async (t) => {
  const { sb, tok, cal, contactId } = await setup(t)
  const book = async (body: Record<string, unknown>): Promise<any> =>
    await call(sb, 'POST', '/calendars/events/appointments', tok, { version: CAL_VERSION, body: { calendarId: cal.id, locationId: LOC, contactId, ...body } })
  const at = (h: number, m = 0): string => new Date(MONDAY + h * HOUR + m * 60_000).toISOString()

  const a = await book({ startTime: at(10) })
  t.equal(a.status, 200)
  t.match(a.body, { id: /^[A-Za-z0-9]{20}$/, calendarId: cal.id, locationId: LOC, contactId, startTime: at(10), endTime: at(10, 30), title: 'Cal Endar', appointmentStatus: 'confirmed', isRecurring: false, assignedUserId: cal.teamMembers[0].userId })
  const slots = async (): Promise<string[]> => (await call(sb, 'GET', slotsPath(cal.id, MONDAY, MONDAY + DAY - 1), tok)).body['2026-03-02'].slots
  t.notOk((await slots()).includes('2026-03-02T10:00:00+00:00'), 'the slot is taken')

  const taken = await book({ startTime: at(10) })
  t.equal(taken.status, 400)
  t.equal(taken.body.message, 'The slot you have selected is no longer available.')
  t.equal((await book({ startTime: at(10, 10) })).status, 400, 'not on the slot grid')
  t.equal((await book({ startTime: at(7) })).status, 400, 'in the past')
  t.equal((await book({ startTime: at(5 * 24 + 10) })).status, 400, 'Saturday')
  const forced = await book({ startTime: at(10), endTime: at(11), ignoreFreeSlotValidation: true, title: 'Forced', appointmentStatus: 'new' })
  t.equal(forced.status, 200, 'ignoreFreeSlotValidation books anyway')
  t.match(forced.body, { title: 'Forced', endTime: at(11), appointmentStatus: 'new' })
  t.equal((await book({ startTime: at(12), endTime: at(11), ignoreFreeSlotValidation: true })).status, 400, 'end before start')

  const path = (id: string): string => `/calendars/events/appointments/${id}`
  const moved = await call(sb, 'PUT', path(a.body.id), tok, { version: CAL_VERSION, body: { startTime: at(14), endTime: at(14, 30), description: 'moved' } })
  t.equal(moved.status, 200)
  t.match(moved.body, { id: a.body.id, startTime: at(14), endTime: at(14, 30) })
  t.equal((await call(sb, 'PUT', path(forced.body.id), tok, { body: { startTime: at(14) } })).status, 400, 'onto a taken slot')
  const retitled = await call(sb, 'PUT', path(forced.body.id), tok, { body: { title: 'Renamed' } })
  t.match(retitled.body, { title: 'Renamed', startTime: at(10) }, 'no time change: no slot check')
  await call(sb, 'PUT', path(a.body.id), tok, { body: { appointmentStatus: 'cancelled' } })
  t.ok((await slots()).includes('2026-03-02T14:00:00+00:00'), 'a cancelled appointment frees its slot')
  t.equal((await call(sb, 'PUT', path('nope'), tok, { body: { title: 'x' } })).status, 404)
  t.equal((await call(sb, 'PUT', path(a.body.id), tok, { body: { appointmentStatus: 'gone' } })).status, 422)
  t.equal(sb.appointments(LOC).length, 2)
  t.same(sb.contactRecords(contactId).appointments.map((x) => x.id).sort(), [a.body.id, forced.body.id].sort())

  const del = await call(sb, 'DELETE', `/calendars/events/${String(a.body.id)}`, tok, { version: CAL_VERSION })
  t.equal(del.status, 201)
  t.same({ succeeded: del.body.succeeded }, { succeeded: true })
  t.equal((await call(sb, 'DELETE', `/calendars/events/${String(a.body.id)}`, tok)).status, 404)
  t.equal(sb.appointments(LOC).length, 1)
})

t.test('appointment validation, references, locations, versions and scopes', async (t) => {
  const { sb, tok, cal, contactId } = await setup(t)
  const start = new Date(MONDAY + 10 * HOUR).toISOString()
  const post = async (body: unknown, token = tok, version: string | false = CAL_VERSION): Promise<any> =>
    await call(sb, 'POST', '/calendars/events/appointments', token, { version, body })

  const missing = await post({})
  t.equal(missing.status, 422)
  t.same(missing.body.message, ['calendarId should not be empty', 'calendarId must be a string', 'locationId should not be empty', 'locationId must be a string',
    'contactId should not be empty', 'contactId must be a string', 'startTime must be a valid ISO 8601 date string'])
  t.same((await post({ calendarId: cal.id, locationId: LOC, contactId, startTime: start, meetingLocationType: 'moon' })).body.message,
    ['meetingLocationType must be one of the following values: custom, zoom, gmeet, phone, address, ms_teams, google'])
  t.equal((await post({ calendarId: 'nope', locationId: LOC, contactId, startTime: start })).body.message, 'Calendar nope not found')
  t.equal((await post({ calendarId: cal.id, locationId: LOC, contactId: 'nobody', startTime: start })).body.message, 'Contact nobody not found')
  t.equal((await post({ calendarId: sb.seeds('loc_B').calendars[0].id, locationId: LOC, contactId, startTime: start })).status, 400, "another location's calendar")
  t.equal((await post({ calendarId: cal.id, locationId: 'loc_B', contactId, startTime: start })).status, 403)

  const body = { calendarId: cal.id, locationId: LOC, contactId, startTime: start }
  t.equal((await post(body, tok, '2021-07-28')).status, 200, 'the gateway versions work on calendars too')
  const v3 = await post(body, tok, 'v3')
  t.equal(v3.status, 400)
  t.match(v3.body.message, /^Version v3 is not supported on POST \/calendars\/events\/appointments/)
  const contactsWithCalVersion = await call(sb, 'GET', `/contacts/${contactId}`, tok, { version: CAL_VERSION })
  t.equal(contactsWithCalVersion.status, 400, '2021-04-15 is a calendars version only')

  const readOnly = sb.issueTokens({ scope: 'calendars.readonly' }).access_token
  t.equal((await call(sb, 'GET', `/calendars/?locationId=${LOC}`, readOnly)).status, 200)
  t.equal((await post(body, readOnly)).status, 401, 'booking needs calendars/events.write')
  const events = sb.issueTokens({ scope: 'calendars/events.write' }).access_token
  t.equal((await call(sb, 'GET', `/calendars/?locationId=${LOC}`, events)).status, 401, 'and listing calendars.readonly')
  const elsewhere = sb.issueTokens({ locationId: 'loc_B' }).access_token
  const id = sb.appointments(LOC)[0].id
  t.equal((await call(sb, 'PUT', `/calendars/events/appointments/${id}`, elsewhere, { body: { title: 'x' } })).status, 403)
  t.equal((await call(sb, 'DELETE', `/calendars/events/${id}`, elsewhere)).status, 403)
  t.equal((await call(sb, 'DELETE', `/calendars/events/${id}`, tok, { body: { x: 1 } })).status, 422, 'DeleteAppointmentSchema is empty')
})

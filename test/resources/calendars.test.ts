// calendars.list, freeSlots and appointments.create/update/delete against the sandbox over HTTP.
import t from 'tap'
import { resourceFixture } from './sandbox-client.js'

const DAY = 86_400_000

t.test('list, freeSlots, book a free slot, move it, delete it', async (t) => {
  const { client, sandbox, location, seeds } = await resourceFixture(t)
  const listed = await client.calendars.list()
  t.same(listed.calendars?.map((c) => c.id), seeds.calendars.map((c) => c.id))
  const calendarId = seeds.calendars[0].id
  const from = sandbox.now()
  const slots = await client.calendars.freeSlots(calendarId, { startDate: from, endDate: from + 7 * DAY, timezone: 'UTC' })
  const free = Object.values(slots).flatMap((d) => (d as { slots?: string[] }).slots ?? [])
  t.ok(free.length > 1, `free slots in the next week (${free.length})`)

  const { contact } = await client.contacts.create({ email: 'booking@example.com', name: 'Booker' })
  const booked = await client.calendars.appointments.create({ calendarId, contactId: contact.id, startTime: free[0], title: 'Intro' })
  const id = booked.id as string
  t.match(booked, { id: String, calendarId, contactId: contact.id, title: 'Intro' })
  t.match(sandbox.appointments(location), [{ id, startTime: free[0] }])
  // the slot is taken now
  await t.rejects(client.calendars.appointments.create({ calendarId, contactId: contact.id, startTime: free[0] }), { code: 'GHL_HTTP_ERROR', cause: { status: 400 } })

  const moved = await client.calendars.appointments.update(id, { startTime: free[1], appointmentStatus: 'confirmed' })
  t.match(moved, { id, startTime: free[1], appointmentStatus: 'confirmed' })
  t.match(await client.calendars.appointments.delete(id), { succeeded: true })
  t.same(sandbox.appointments(location), [])
})

t.test('bad bodies, queries and ids: GHL_VALIDATION, nothing sent', async (t) => {
  const { client, refusedBeforeNetwork } = await resourceFixture(t)
  await refusedBeforeNetwork(() => client.calendars.appointments.create({ calendarId: 'cal', startTime: '2026-12-24T10:00:00Z' } as never), 'invalid input: appointment.contactId is required')
  await refusedBeforeNetwork(() => client.calendars.appointments.update('e1', { appointmentStatus: 'maybe' } as never), /appointment\.appointmentStatus must be equal to one of the allowed values/)
  await refusedBeforeNetwork(() => client.calendars.appointments.delete('..'), 'invalid input: eventId must not be "." or ".."')
  await refusedBeforeNetwork(() => client.calendars.freeSlots('cal', { startDate: 'today' } as never), 'invalid input: query.startDate must be a number (epoch ms)')
  await refusedBeforeNetwork(() => client.calendars.freeSlots('cal', { startDate: 2, endDate: 1 }), 'invalid input: query.endDate must not be before query.startDate')
})

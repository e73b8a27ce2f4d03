// Copies of the sandbox's state for tests: what sandbox.seeds() / opportunities() / appointments() / contactRecords()
// return and the control API serves. Copies, so a test cannot change the sandbox by mutating them.
import type { Core } from './core.js'
import type { Appointment, ContactRecords, LocationSeeds, SandboxOpportunity } from './resource-types.js'

export function seedsOf (core: Core, locationId: string): LocationSeeds {
  return structuredClone({
    pipelines: core.opportunities.pipelines.get(locationId),
    workflows: core.catalog.workflows.get(locationId),
    campaigns: core.catalog.campaigns.get(locationId),
    calendars: core.calendars.calendars.get(locationId),
    users: core.users.ofLocation(locationId),
    customFields: core.fields.list(locationId),
    customValues: core.fields.listValues(locationId)
  })
}

export function opportunitiesOf (core: Core, locationId: string): SandboxOpportunity[] {
  return structuredClone(core.opportunities.list(locationId))
}

export function appointmentsOf (core: Core, locationId: string): Appointment[] {
  return structuredClone(core.calendars.list({ locationId }))
}

export function recordsOf (core: Core, contactId: string): ContactRecords {
  const r = core.records
  return structuredClone({
    notes: r.notes.list(contactId),
    tasks: r.tasks.list(contactId),
    workflows: r.workflows.list(contactId),
    campaigns: r.campaigns.list(contactId),
    opportunities: core.opportunities.ofContact(contactId),
    appointments: core.calendars.list({ contactId })
  })
}

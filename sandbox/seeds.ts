// What every location starts with, so clients have real ids: pipelines with stages, workflows, campaigns, a calendar,
// users, contact and opportunity custom fields, custom values. Ids are random per sandbox; list them through the
// API or sandbox.seeds(locationId).
import { randomUUID } from 'node:crypto'
import { randomId } from './state.js'
import type { Calendar, Campaign, CustomField, CustomValue, Pipeline, SandboxUser, Workflow } from './resource-types.js'

/** 'Signup Source' → 'signup_source' */
export function slug (name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '')
}

function pipeline (locationId: string, name: string, stages: string[]): Pipeline {
  return {
    id: randomId(),
    name,
    stages: stages.map((s, position) => ({ id: randomUUID(), name: s, position, showInFunnel: true, showInPieChart: true })),
    showInFunnel: true,
    showInPieChart: true,
    locationId
  }
}

export function seedPipelines (locationId: string): Pipeline[] {
  return [
    pipeline(locationId, 'Sales Pipeline', ['New Lead', 'Contacted', 'Proposal Sent', 'Closed']),
    pipeline(locationId, 'Onboarding', ['Kickoff', 'Setup', 'Live'])
  ]
}

export function seedWorkflows (locationId: string, at: string): Workflow[] {
  return [['New Lead Nurture', 'published'], ['Appointment Reminder', 'published'], ['Win-back (draft)', 'draft']]
    .map(([name, status]) => ({ id: randomUUID(), name, status: status as Workflow['status'], version: 1, createdAt: at, updatedAt: at, locationId }))
}

export function seedCampaigns (locationId: string): Campaign[] {
  return [['Welcome Drip', 'published'], ['Reactivation', 'published'], ['Holiday Promo', 'draft']]
    .map(([name, status]) => ({ id: randomId(), name, status: status as Campaign['status'], locationId }))
}

export function customField (locationId: string, model: CustomField['model'], name: string, dataType: string, position: number): CustomField {
  return {
    id: randomId(),
    name,
    fieldKey: `${model}.${slug(name)}`,
    placeholder: '',
    dataType,
    position,
    picklistOptions: [],
    isMultiFileAllowed: false,
    maxFileLimit: 0,
    locationId,
    model
  }
}

export function seedCustomFields (locationId: string): CustomField[] {
  return [
    customField(locationId, 'contact', 'Plan', 'TEXT', 0),
    customField(locationId, 'contact', 'Signup Source', 'TEXT', 1),
    customField(locationId, 'contact', 'Seats', 'NUMERICAL', 2),
    customField(locationId, 'contact', 'Interests', 'MULTIPLE_OPTIONS', 3),
    customField(locationId, 'opportunity', 'Deal Source', 'TEXT', 0)
  ]
}

export function customValue (locationId: string, name: string, value: string): CustomValue {
  return { id: randomId(), name, fieldKey: `{{ custom_values.${slug(name)} }}`, value, locationId }
}

export function seedCustomValues (locationId: string): CustomValue[] {
  return [customValue(locationId, 'Company Name', 'Sandbox Co'), customValue(locationId, 'Support Phone', '+15550100000')]
}

const PERMISSIONS = Object.freeze({
  campaignsEnabled: true,
  contactsEnabled: true,
  workflowsEnabled: true,
  opportunitiesEnabled: true,
  appointmentsEnabled: true,
  conversationsEnabled: true,
  settingsEnabled: true,
  tagsEnabled: true,
  assignedDataOnly: false
})

export function user (companyId: string, id: string, first: string, last: string, email: string, roles: SandboxUser['roles']): SandboxUser {
  return {
    id,
    name: `${first} ${last}`,
    firstName: first,
    lastName: last,
    email,
    phone: '',
    extension: '',
    permissions: { ...PERMISSIONS },
    roles,
    deleted: false,
    platformLanguage: 'en_US',
    companyId
  }
}

/** An admin and a user of the location (account users). */
export function seedLocationUsers (locationId: string, companyId: string): SandboxUser[] {
  const domain = `${slug(locationId)}.sandbox.test`
  return [
    user(companyId, randomId(), 'Alex', 'Admin', `alex@${domain}`, { type: 'account', role: 'admin', locationIds: [locationId], restrictSubAccount: false }),
    user(companyId, randomId(), 'Sam', 'Sales', `sam@${domain}`, { type: 'account', role: 'user', locationIds: [locationId], restrictSubAccount: true })
  ]
}

/** The agency owner: sees every location of the company. */
export function seedAgencyUser (companyId: string, id: string): SandboxUser {
  return user(companyId, id, 'Agency', 'Owner', `owner@${slug(companyId)}.sandbox.test`, { type: 'agency', role: 'admin', locationIds: [], restrictSubAccount: false })
}

/** One bookable calendar: 30 min slots, Monday to Friday 09:00–17:00 UTC, the location's admin as team member. */
export function seedCalendars (locationId: string, teamUserId: string): Calendar[] {
  return [{
    id: randomId(),
    locationId,
    name: 'Sandbox Consultations',
    description: 'A 30 minute call',
    slug: `consult-${slug(locationId)}`,
    widgetSlug: `consult-${slug(locationId)}`,
    calendarType: 'event',
    eventType: 'RoundRobin_OptimizeForAvailability',
    widgetType: 'classic',
    eventTitle: '{{contact.name}}',
    eventColor: '#039be5',
    isActive: true,
    teamMembers: [{ userId: teamUserId, priority: 0.5, meetingLocationType: 'custom', isPrimary: true }],
    slotDuration: 30,
    slotDurationUnit: 'mins',
    slotInterval: 30,
    slotIntervalUnit: 'mins',
    appoinmentPerSlot: 1,
    allowBookingFor: 60,
    allowBookingForUnit: 'days',
    openHours: [{ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }],
    autoConfirm: true,
    allowReschedule: true,
    allowCancellation: true
  }]
}

// Public types of the resources the sandbox keeps per location besides contacts: what the API answers (the shapes
// of the specs' response DTOs) and what sandbox.seeds() / contactRecords() / opportunities() return. No runtime code.

export interface PipelineStage {
  id: string
  name: string
  position: number
  showInFunnel: boolean
  showInPieChart: boolean
}

/** PipelinesResponseSchema (opportunities.json), with stages as GHL sends them (the spec says arrays of arrays). */
export interface Pipeline {
  id: string
  name: string
  stages: PipelineStage[]
  showInFunnel: boolean
  showInPieChart: boolean
  locationId: string
}

export type OpportunityStatus = 'open' | 'won' | 'lost' | 'abandoned' | 'all'

/** A stored opportunity; answers add `contact` (SearchOpportunitiesResponseSchema). */
export interface SandboxOpportunity {
  id: string
  name: string
  monetaryValue?: number
  pipelineId: string
  pipelineStageId: string
  assignedTo?: string
  status: OpportunityStatus
  source?: string
  lostReasonId?: string
  lastStatusChangeAt: string
  lastStageChangeAt: string
  createdAt: string
  updatedAt: string
  contactId?: string
  locationId: string
  customFields: Array<{ id: string, fieldValue: unknown }>
  followers: string[]
}

/** GetNoteSchema (contacts.json). */
export interface SandboxNote {
  id: string
  body: string
  userId?: string
  dateAdded: string
  contactId: string
  title?: string
  color?: string
  pinned?: boolean
}

/** TaskSchema (contacts.json). */
export interface SandboxTask {
  id: string
  title: string
  body?: string
  assignedTo?: string
  dueDate: string
  completed: boolean
  contactId: string
}

/** A contact's enrolment in a workflow or a campaign. */
export interface Membership {
  /** the workflow or campaign id */
  id: string
  addedAt: string
  /** POST /contacts/:id/workflow/:workflowId { eventStartTime } */
  eventStartTime?: string
}

/** WorkflowSchema (workflows.json). */
export interface Workflow {
  id: string
  name: string
  status: 'published' | 'draft'
  version: number
  createdAt: string
  updatedAt: string
  locationId: string
}

/** campaignsSchema (campaigns.json). */
export interface Campaign {
  id: string
  name: string
  status: 'published' | 'draft'
  locationId: string
}

/** CustomFieldSchema (locations.json). */
export interface CustomField {
  id: string
  name: string
  fieldKey: string
  placeholder: string
  dataType: string
  position: number
  picklistOptions: string[]
  isMultiFileAllowed: boolean
  maxFileLimit: number
  locationId: string
  model: 'contact' | 'opportunity'
  parentId?: string
  description?: string
}

/** CustomValueSchema (locations.json). */
export interface CustomValue {
  id: string
  name: string
  fieldKey: string
  value: string
  locationId: string
}

/** UserSchema (users.json), without `scopes` (the spec types it as one string) and `lcPhone`. */
export interface SandboxUser {
  id: string
  name: string
  firstName: string
  lastName: string
  email: string
  phone: string
  extension: string
  permissions: Record<string, boolean>
  roles: { type: 'agency' | 'account', role: 'admin' | 'user', locationIds: string[], restrictSubAccount: boolean }
  deleted: boolean
  platformLanguage: 'en_US'
  companyId: string
}

export interface OpenHour {
  daysOfTheWeek: number[]
  hours: Array<{ openHour: number, openMinute: number, closeHour: number, closeMinute: number }>
}

/** CalendarDTO (calendars.json): the fields the sandbox uses. Open hours are in UTC. */
export interface Calendar {
  id: string
  locationId: string
  name: string
  description: string
  slug: string
  widgetSlug: string
  calendarType: 'event'
  eventType: 'RoundRobin_OptimizeForAvailability'
  widgetType: 'classic'
  eventTitle: string
  eventColor: string
  isActive: boolean
  teamMembers: Array<{ userId: string, priority: number, meetingLocationType: 'custom', isPrimary: boolean }>
  slotDuration: number
  slotDurationUnit: 'mins'
  slotInterval: number
  slotIntervalUnit: 'mins'
  appoinmentPerSlot: number
  allowBookingFor: number
  allowBookingForUnit: 'days'
  openHours: OpenHour[]
  autoConfirm: boolean
  allowReschedule: boolean
  allowCancellation: boolean
}

/** AppointmentSchemaResponse (calendars.json), plus the dates the sandbox keeps. */
export interface Appointment {
  id: string
  calendarId: string
  locationId: string
  contactId: string
  startTime: string
  endTime: string
  title: string
  meetingLocationType: string
  appointmentStatus: 'new' | 'confirmed' | 'cancelled' | 'showed' | 'noshow' | 'invalid'
  assignedUserId?: string
  address?: string
  description?: string
  isRecurring: boolean
  rrule?: string
  dateAdded: string
  dateUpdated: string
}

/** What a location starts with (seeded on first use) and what was added to it since. */
export interface LocationSeeds {
  pipelines: Pipeline[]
  workflows: Workflow[]
  campaigns: Campaign[]
  calendars: Calendar[]
  users: SandboxUser[]
  customFields: CustomField[]
  customValues: CustomValue[]
}

/** Everything the sandbox keeps about one contact besides the contact itself. */
export interface ContactRecords {
  notes: SandboxNote[]
  tasks: SandboxTask[]
  workflows: Membership[]
  campaigns: Membership[]
  opportunities: SandboxOpportunity[]
  appointments: Appointment[]
}

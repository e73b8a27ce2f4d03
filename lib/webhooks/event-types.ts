// The webhook events GHL documents (../shared/ghl-api/webhook-events/), typed from those pages: what
// `fastify.ghl.webhooks.on(type, handler)` hands a handler as `event`. Every delivery also carries the envelope
// fields GHL adds (appId, webhookId, timestamp, sometimes versionId); fields GHL may leave out are optional.

/** What every delivery carries besides the event's own fields. */
export interface WebhookEnvelope {
  /** Our app id (events for another app never reach handlers). */
  appId: string
  /** GHL's id of the delivery (or `sha256:<hex>` of the body when GHL sent none): the idempotency key. */
  webhookId: string
  /** ISO time GHL created the event; a retry after a 429 carries the same one. */
  timestamp: string
  versionId?: string
}

export interface ContactCustomField { id: string, value: string | number | unknown[] | Record<string, unknown> }

export interface ContactFields {
  locationId: string
  id: string
  address1?: string
  city?: string
  companyName?: string
  country?: string
  source?: string
  dateAdded?: string
  dateOfBirth?: string
  dnd?: boolean
  email?: string
  name?: string
  firstName?: string
  lastName?: string
  phone?: string
  postalCode?: string
  state?: string
  tags?: string[]
  website?: string
  attachments?: unknown[]
  assignedTo?: string
  customFields?: ContactCustomField[]
}

export interface DndChannel { status?: string, message?: string, code?: string }

export interface ContactDndFields extends ContactFields {
  dndSettings?: Partial<Record<'SMS' | 'Email' | 'GMB' | 'FB' | 'WhatsApp' | 'Call', DndChannel>>
}

export interface NoteFields { locationId: string, id: string, body?: string, contactId?: string, dateAdded?: string }

export interface TaskFields {
  locationId: string
  id: string
  assignedTo?: string
  body?: string
  contactId?: string
  title?: string
  dateAdded?: string
  dueDate?: string
}

export interface OpportunityFields {
  locationId: string
  id: string
  assignedTo?: string
  contactId?: string
  monetaryValue?: number
  name?: string
  pipelineId?: string
  pipelineStageId?: string
  source?: string
  status?: string
  dateAdded?: string
}

export interface AppointmentFields {
  locationId: string
  appointment: {
    id: string
    address?: string
    title?: string
    calendarId?: string
    contactId?: string
    groupId?: string
    appointmentStatus?: string
    assignedUserId?: string
    users?: string[]
    notes?: string
    source?: string
    startTime?: string
    endTime?: string
    dateAdded?: string
    dateUpdated?: string
  }
}

export interface LocationFields { id: string, name?: string, email?: string, stripeProductId?: string, companyId?: string }

export interface UserFields {
  locationId?: string
  companyId?: string
  id: string
  firstName?: string
  lastName?: string
  email?: string
  phone?: string
  extension?: string
  role?: string
  permissions?: Record<string, boolean>
  locations?: string[]
}

export interface InstallFields {
  /** 'Location' or 'Company' (agency); absent on older deliveries. */
  installType?: 'Location' | 'Company'
  companyId?: string
  locationId?: string
  userId?: string
  planId?: string
  trial?: { onTrial?: boolean, trialDuration?: number, trialStartDate?: string }
  isWhitelabelCompany?: boolean
  whitelabelDetails?: { domain?: string, logoUrl?: string }
  companyName?: string
}

export interface UninstallFields { companyId?: string, locationId?: string }

/** Event type → its fields (without `type` and the envelope). */
export interface WebhookEventFields {
  INSTALL: InstallFields
  UNINSTALL: UninstallFields
  ContactCreate: ContactFields
  ContactUpdate: ContactFields
  ContactDelete: ContactFields
  ContactTagUpdate: ContactFields
  ContactDndUpdate: ContactDndFields
  NoteCreate: NoteFields
  NoteUpdate: NoteFields
  NoteDelete: NoteFields
  TaskCreate: TaskFields
  TaskComplete: TaskFields
  TaskDelete: TaskFields
  OpportunityCreate: OpportunityFields
  OpportunityUpdate: OpportunityFields
  OpportunityDelete: OpportunityFields
  OpportunityStageUpdate: OpportunityFields
  OpportunityStatusUpdate: OpportunityFields
  OpportunityMonetaryValueUpdate: OpportunityFields
  OpportunityAssignedToUpdate: OpportunityFields
  AppointmentCreate: AppointmentFields
  AppointmentUpdate: AppointmentFields
  AppointmentDelete: AppointmentFields
  LocationCreate: LocationFields
  LocationUpdate: LocationFields
  UserCreate: UserFields
}

export type WebhookType = keyof WebhookEventFields

export const WEBHOOK_TYPES: readonly WebhookType[] = [
  'INSTALL', 'UNINSTALL',
  'ContactCreate', 'ContactUpdate', 'ContactDelete', 'ContactTagUpdate', 'ContactDndUpdate',
  'NoteCreate', 'NoteUpdate', 'NoteDelete',
  'TaskCreate', 'TaskComplete', 'TaskDelete',
  'OpportunityCreate', 'OpportunityUpdate', 'OpportunityDelete', 'OpportunityStageUpdate', 'OpportunityStatusUpdate',
  'OpportunityMonetaryValueUpdate', 'OpportunityAssignedToUpdate',
  'AppointmentCreate', 'AppointmentUpdate', 'AppointmentDelete',
  'LocationCreate', 'LocationUpdate',
  'UserCreate'
]

/** The event a handler of `T` receives: GHL's fields as documented, plus the envelope (other fields pass through). */
export type WebhookEventOf<T extends WebhookType> = WebhookEventFields[T] & WebhookEnvelope & { type: T } & Record<string, unknown>

/** Any event, for `on('*', …)`: narrow it on `type`. */
export type AnyWebhookEvent = { [T in WebhookType]: WebhookEventOf<T> }[WebhookType] | (WebhookEnvelope & { type: string } & Record<string, unknown>)

// The resources' public names in one place (for the package entry): the APIs, their input and answer types
// (generated from HighLevel's specs), and the signup sync over any resources.
export type { CalendarsApi, AppointmentsApi, Calendar, Appointment, ListCalendarsInput, FreeSlotsInput, CreateAppointmentInput, UpdateAppointmentInput, FreeSlotsResponse, AppointmentResponse } from './calendars.js'
export type { ContactRecordsApi, NotesApi, TasksApi, WorkflowMembershipsApi, CampaignMembershipsApi, Note, Task, CreateNoteInput, UpdateNoteInput, CreateTaskInput, UpdateTaskInput, AddToWorkflowInput } from './contact-records.js'
export type { ContactsApi, CreateOrGetResult } from './contacts.js'
export type { CustomFieldsApi, CustomValuesApi, CustomField, CustomValue, CustomFieldItem, CustomFieldsInput, CreateCustomFieldInput, UpdateCustomValueInput } from './custom-fields.js'
export type { UsersApi, WorkflowsApi, CampaignsApi, User, SearchUsersInput } from './directory.js'
export type { OpportunitiesApi, PipelinesApi, Opportunity, Pipeline, CreateOpportunityInput, UpdateOpportunityInput, UpdateOpportunityStatusInput, UpsertOpportunityInput, SearchOpportunitiesInput } from './opportunities.js'
export { syncSignupWith, signupNoteMark, type SignupResources, type SyncSignupOptions, type SyncSignupResult } from './sync-signup.js'
export { validateBody } from './validate-body.js'

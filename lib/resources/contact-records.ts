// What hangs off a contact: contacts.notes (list, create, update, delete), contacts.tasks (list, create, update,
// complete, delete), contacts.workflows.add/remove and contacts.campaigns.add/remove, typed from contacts.json
// (lib/resources/generated/contacts.ts); bodies checked against the same spec before any network call.
import type { Requester } from '../client/types.js'
import { GhlValidationError } from '../errors.js'
import type { components } from './generated/contacts.js'
import { checkedBody, segment, type SpecBody, type SpecReply } from './shared.js'

type S = 'contacts'
const SPEC: S = 'contacts'

export type Note = components['schemas']['GetNoteSchema']
export type Task = components['schemas']['TaskSchema']

/** NotesDTO */
export type CreateNoteInput = SpecBody<S, 'create-note'>
/** UpdateNoteDTO */
export type UpdateNoteInput = SpecBody<S, 'update-note'>
/** CreateTaskParams */
export type CreateTaskInput = SpecBody<S, 'create-task'>
/** UpdateTaskBody */
export type UpdateTaskInput = SpecBody<S, 'update-task'>
/** CreateWorkflowDto: `eventStartTime` (ISO date) to start the workflow later. */
export type AddToWorkflowInput = SpecBody<S, 'add-contact-to-workflow'>

export type ListNotesResponse = SpecReply<S, 'get-all-notes'>
export type NoteResponse = SpecReply<S, 'create-note'>
export type DeleteNoteResponse = SpecReply<S, 'delete-note'>
export type ListTasksResponse = SpecReply<S, 'get-all-tasks'>
export type TaskResponse = SpecReply<S, 'create-task'>
export type DeleteTaskResponse = SpecReply<S, 'delete-task'>
export type WorkflowMembershipResponse = SpecReply<S, 'add-contact-to-workflow'>
export type CampaignMembershipResponse = SpecReply<S, 'add-contact-to-campaign'>

export interface NotesApi {
  /** GET /contacts/{contactId}/notes → `{ notes }` */
  list: (contactId: string) => Promise<ListNotesResponse>
  /** POST /contacts/{contactId}/notes → `{ note }`. Not retried once it may have reached GHL (a second note). */
  create: (contactId: string, input: CreateNoteInput) => Promise<NoteResponse>
  /** PUT /contacts/{contactId}/notes/{noteId} → `{ note }` */
  update: (contactId: string, noteId: string, input: UpdateNoteInput) => Promise<NoteResponse>
  /** DELETE /contacts/{contactId}/notes/{noteId} → `{ succeded }` */
  delete: (contactId: string, noteId: string) => Promise<DeleteNoteResponse>
}

export interface TasksApi {
  /** GET /contacts/{contactId}/tasks → `{ tasks }` */
  list: (contactId: string) => Promise<ListTasksResponse>
  /** POST /contacts/{contactId}/tasks → `{ task }`. Not retried once it may have reached GHL (a second task). */
  create: (contactId: string, input: CreateTaskInput) => Promise<TaskResponse>
  /** PUT /contacts/{contactId}/tasks/{taskId} → `{ task }` */
  update: (contactId: string, taskId: string, input: UpdateTaskInput) => Promise<TaskResponse>
  /** PUT /contacts/{contactId}/tasks/{taskId}/completed → `{ task }`; `completed` default true. */
  complete: (contactId: string, taskId: string, completed?: boolean) => Promise<TaskResponse>
  /** DELETE /contacts/{contactId}/tasks/{taskId} → `{ succeded }` */
  delete: (contactId: string, taskId: string) => Promise<DeleteTaskResponse>
}

export interface WorkflowMembershipsApi {
  /**
   * POST /contacts/{contactId}/workflow/{workflowId} → `{ succeded }`. Adding a member again leaves one membership, so it
   * is retried after a network error or a 5xx; a workflow that allows re-entry may run again for the contact.
   */
  add: (contactId: string, workflowId: string, input?: AddToWorkflowInput) => Promise<WorkflowMembershipResponse>
  /** DELETE /contacts/{contactId}/workflow/{workflowId} → `{ succeded }` */
  remove: (contactId: string, workflowId: string) => Promise<WorkflowMembershipResponse>
}

export interface CampaignMembershipsApi {
  /** POST /contacts/{contactId}/campaigns/{campaignId} → `{ succeded }`. Adding a member again changes nothing: retried. */
  add: (contactId: string, campaignId: string) => Promise<CampaignMembershipResponse>
  /** DELETE /contacts/{contactId}/campaigns/{campaignId} → `{ succeded }` */
  remove: (contactId: string, campaignId: string) => Promise<CampaignMembershipResponse>
}

export interface ContactRecordsApi {
  notes: NotesApi
  tasks: TasksApi
  workflows: WorkflowMembershipsApi
  campaigns: CampaignMembershipsApi
}

const contact = (contactId: unknown): string => '/contacts/' + segment('contactId', contactId)

/** Notes, tasks and memberships of contacts, over a requester bound to one connection. */
export function createContactRecordsApi (request: Requester): ContactRecordsApi {
  const note = (contactId: unknown, noteId: unknown): string => contact(contactId) + '/notes/' + segment('noteId', noteId)
  const task = (contactId: unknown, taskId: unknown): string => contact(contactId) + '/tasks/' + segment('taskId', taskId)
  const workflow = (contactId: unknown, workflowId: unknown): string => contact(contactId) + '/workflow/' + segment('workflowId', workflowId)
  const campaign = (contactId: unknown, campaignId: unknown): string => {
    // DELETE /contacts/{id}/campaigns/removeAll removes the contact from every campaign: not a campaign id
    if (campaignId === 'removeAll') throw new GhlValidationError('campaignId must not be "removeAll"')
    return contact(contactId) + '/campaigns/' + segment('campaignId', campaignId)
  }

  const notes: NotesApi = {
    async list (contactId) {
      return await request<ListNotesResponse>({ method: 'GET', path: contact(contactId) + '/notes' })
    },
    async create (contactId, input) {
      const path = contact(contactId) + '/notes'
      const body = checkedBody(SPEC, 'create-note', input, 'note')
      return await request<NoteResponse>({ method: 'POST', path, body, idempotent: false })
    },
    async update (contactId, noteId, input) {
      const path = note(contactId, noteId)
      const body = checkedBody(SPEC, 'update-note', input, 'note')
      return await request<NoteResponse>({ method: 'PUT', path, body })
    },
    async delete (contactId, noteId) {
      return await request<DeleteNoteResponse>({ method: 'DELETE', path: note(contactId, noteId) })
    }
  }

  const tasks: TasksApi = {
    async list (contactId) {
      return await request<ListTasksResponse>({ method: 'GET', path: contact(contactId) + '/tasks' })
    },
    async create (contactId, input) {
      const path = contact(contactId) + '/tasks'
      const body = checkedBody(SPEC, 'create-task', input, 'task')
      return await request<TaskResponse>({ method: 'POST', path, body, idempotent: false })
    },
    async update (contactId, taskId, input) {
      const path = task(contactId, taskId)
      const body = checkedBody(SPEC, 'update-task', input, 'task')
      return await request<TaskResponse>({ method: 'PUT', path, body })
    },
    async complete (contactId, taskId, completed = true) {
      const path = task(contactId, taskId) + '/completed'
      const body = checkedBody(SPEC, 'update-task-completed', { completed }, 'task')
      return await request<TaskResponse>({ method: 'PUT', path, body })
    },
    async delete (contactId, taskId) {
      return await request<DeleteTaskResponse>({ method: 'DELETE', path: task(contactId, taskId) })
    }
  }

  const workflows: WorkflowMembershipsApi = {
    async add (contactId, workflowId, input = {}) {
      const path = workflow(contactId, workflowId)
      const body = checkedBody(SPEC, 'add-contact-to-workflow', input, 'workflow')
      return await request<WorkflowMembershipResponse>({ method: 'POST', path, body, idempotent: true })
    },
    async remove (contactId, workflowId) {
      return await request<WorkflowMembershipResponse>({ method: 'DELETE', path: workflow(contactId, workflowId), body: {} })
    }
  }

  const campaigns: CampaignMembershipsApi = {
    async add (contactId, campaignId) {
      return await request<CampaignMembershipResponse>({ method: 'POST', path: campaign(contactId, campaignId), body: {}, idempotent: true })
    },
    async remove (contactId, campaignId) {
      return await request<CampaignMembershipResponse>({ method: 'DELETE', path: campaign(contactId, campaignId) })
    }
  }

  return { notes, tasks, workflows, campaigns }
}

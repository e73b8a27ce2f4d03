// What hangs off a contact: contacts.notes (list, create, update, delete), contacts.tasks (list, create, update,
// complete, delete), contacts.workflows.add/remove and contacts.campaigns.add/remove, typed from contacts.json
// (lib/resources/generated/contacts.ts); bodies checked against the same spec before any network call.
import type { Requester } from '../client/types.js'
import { GhlValidationError } from '../errors.js'
import type { components } from './generated/contacts.js'
import { checkedBody, segment, type SpecBody, type SpecReply } from './shared.js'
import type { BodyOperationId } from './validate-body.js'

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

/** list, create, update, delete of one kind of record under a contact (notes, tasks): the same four calls. */
interface RecordCalls<Create, Update, List, One, Deleted> {
  list: (contactId: string) => Promise<List>
  create: (contactId: string, input: Create) => Promise<One>
  update: (contactId: string, id: string, input: Update) => Promise<One>
  delete: (contactId: string, id: string) => Promise<Deleted>
}

/** `/contacts/{contactId}/{kind}/{id}`, both ids checked and encoded. */
function recordPath (kind: 'notes' | 'tasks', idName: string): (contactId: unknown, id: unknown) => string {
  return (contactId, id) => `${contact(contactId)}/${kind}/${segment(idName, id)}`
}

function recordCalls<Create, Update, List, One, Deleted> (
  request: Requester,
  kind: 'notes' | 'tasks',
  ops: { create: BodyOperationId<S>, update: BodyOperationId<S>, subject: string, idName: string }
): RecordCalls<Create, Update, List, One, Deleted> {
  const path = recordPath(kind, ops.idName)
  return {
    async list (contactId) {
      return await request<List>({ method: 'GET', path: `${contact(contactId)}/${kind}` })
    },
    async create (contactId, input) {
      const at = `${contact(contactId)}/${kind}`
      const body = checkedBody(SPEC, ops.create, input, ops.subject)
      return await request<One>({ method: 'POST', path: at, body, idempotent: false })
    },
    async update (contactId, id, input) {
      const at = path(contactId, id)
      const body = checkedBody(SPEC, ops.update, input, ops.subject)
      return await request<One>({ method: 'PUT', path: at, body })
    },
    async delete (contactId, id) {
      return await request<Deleted>({ method: 'DELETE', path: path(contactId, id) })
    }
  }
}

/** Notes, tasks and memberships of contacts, over a requester bound to one connection. */
export function createContactRecordsApi (request: Requester): ContactRecordsApi {
  const workflow = (contactId: unknown, workflowId: unknown): string => contact(contactId) + '/workflow/' + segment('workflowId', workflowId)
  const campaign = (contactId: unknown, campaignId: unknown): string => {
    // DELETE /contacts/{id}/campaigns/removeAll removes the contact from every campaign: not a campaign id
    if (campaignId === 'removeAll') throw new GhlValidationError('campaignId must not be "removeAll"')
    return contact(contactId) + '/campaigns/' + segment('campaignId', campaignId)
  }

  const notes: NotesApi = recordCalls<CreateNoteInput, UpdateNoteInput, ListNotesResponse, NoteResponse, DeleteNoteResponse>(
    request, 'notes', { create: 'create-note', update: 'update-note', subject: 'note', idName: 'noteId' })
  const task = recordPath('tasks', 'taskId')
  const tasks: TasksApi = {
    ...recordCalls<CreateTaskInput, UpdateTaskInput, ListTasksResponse, TaskResponse, DeleteTaskResponse>(
      request, 'tasks', { create: 'create-task', update: 'update-task', subject: 'task', idName: 'taskId' }),
    async complete (contactId, taskId, completed = true) {
      const path = task(contactId, taskId) + '/completed'
      const body = checkedBody(SPEC, 'update-task-completed', { completed }, 'task')
      return await request<TaskResponse>({ method: 'PUT', path, body })
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

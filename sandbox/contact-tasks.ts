// /contacts/:id/tasks: list, create, get, update, complete (PUT …/completed), delete, with the shapes of
// CreateTaskParams, UpdateTaskBody, UpdateTaskStatusParams and TaskSchema (contacts.json).
import { send, valid, readGuard, writeGuard, type Handler, type RouteDef } from './api.js'
import { ownRecord, recordRoutes, type RecordKind } from './contact-records.js'
import type { SandboxTask } from './resource-types.js'
import { randomId } from './state.js'
import { checkBody, type Shape } from './validate.js'

/** UpdateTaskBody */
const UPDATE: Shape = {
  title: { type: 'string' },
  body: { type: 'string' },
  dueDate: { type: 'date' },
  completed: { type: 'boolean' },
  assignedTo: { type: 'string' }
}

const TASKS: RecordKind<SandboxTask> = {
  one: 'task',
  store: (core) => core.records.tasks,
  createShape: {
    ...UPDATE,
    title: { type: 'string', required: true },
    dueDate: { type: 'date', required: true },
    completed: { type: 'boolean', required: true }
  },
  updateShape: UPDATE,
  blank: (_core, contactId) => ({ id: randomId(), title: '', dueDate: '', completed: false, contactId })
}

const COMPLETED: Shape = { completed: { type: 'boolean', required: true } }

const complete: Handler = (core, { reply }, rec, body, params) => {
  if (!valid(reply, checkBody(body, COMPLETED))) return
  const task = ownRecord(TASKS, core, reply, rec, params)
  if (task === undefined) return
  task.completed = (body as { completed: boolean }).completed
  send(reply, 200, { task })
}

const WRITE = writeGuard('contacts')

export const TASK_ROUTES: readonly RouteDef[] = [
  ...recordRoutes(TASKS, readGuard('contacts'), WRITE),
  { method: 'PUT', path: '/contacts/:id/tasks/:taskId/completed', guard: WRITE, run: complete }
]

// What hangs on a contact — notes, tasks, workflow and campaign memberships — kept per contact and dropped with it;
// and the CRUD routes notes and tasks share (list, create, get, update, delete under /contacts/:id/<segment>).
import { notFound, ownContact, send, valid, type Handler, type RouteDef } from './api.js'
import type { Guard } from './auth.js'
import type { Core } from './core.js'
import type { Reply } from './http.js'
import type { Membership, SandboxNote, SandboxTask } from './resource-types.js'
import type { Params } from './router.js'
import type { AccessRecord } from './tokens.js'
import { checkBody, type Shape } from './validate.js'

/** Records by contact, then by id, in insertion order. */
export class ByContact<T extends { id: string }> {
  private readonly map = new Map<string, Map<string, T>>()

  list (contactId: string): T[] {
    return [...(this.map.get(contactId)?.values() ?? [])]
  }

  get (contactId: string, id: string): T | undefined {
    return this.map.get(contactId)?.get(id)
  }

  set (contactId: string, record: T): T {
    let m = this.map.get(contactId)
    if (m === undefined) this.map.set(contactId, (m = new Map()))
    m.set(record.id, record)
    return record
  }

  delete (contactId: string, id: string): boolean {
    return this.map.get(contactId)?.delete(id) ?? false
  }

  /** Forgets every record of the contact. */
  clear (contactId: string): void {
    this.map.delete(contactId)
  }
}

export class ContactRecordStore {
  readonly notes = new ByContact<SandboxNote>()
  readonly tasks = new ByContact<SandboxTask>()
  readonly workflows = new ByContact<Membership>()
  readonly campaigns = new ByContact<Membership>()

  /** A deleted contact takes its notes, tasks and memberships with it. */
  drop (contactId: string): void {
    for (const list of [this.notes, this.tasks, this.workflows, this.campaigns]) list.clear(contactId)
  }
}

/** One kind of contact record served as CRUD routes. */
export interface RecordKind<T extends { id: string, contactId: string }> {
  /** 'note': the key of one record in answers; 'notes' is the path segment and list key, ':noteId' the parameter */
  one: string
  store: (core: Core) => ByContact<T>
  createShape: Shape
  /** its fields are the record's writable fields */
  updateShape: Shape
  /** a new record before the create input is written onto it */
  blank: (core: Core, contactId: string) => T
  /** order of the list answer (default: insertion order) */
  order?: (a: T, b: T) => number
}

/** The record the token may see, or undefined with the answer sent (404 / 403). */
export function ownRecord<T extends { id: string, contactId: string }> (kind: RecordKind<T>, core: Core, reply: Reply, rec: AccessRecord, params: Params): T | undefined {
  const contact = ownContact(core, reply, rec, params.id)
  if (contact === undefined) return undefined
  const record = kind.store(core).get(contact.id, params[`${kind.one}Id`])
  if (record === undefined) notFound(reply, `${kind.one[0].toUpperCase()}${kind.one.slice(1)} not found`)
  return record
}

export function recordRoutes<T extends { id: string, contactId: string }> (kind: RecordKind<T>, read: Guard, write: Guard): RouteDef[] {
  const list: Handler = (core, { reply }, rec, _body, params) => {
    const contact = ownContact(core, reply, rec, params.id)
    if (contact === undefined) return
    const all = kind.store(core).list(contact.id)
    send(reply, 200, { [`${kind.one}s`]: kind.order === undefined ? all : all.sort(kind.order) })
  }
  const create: Handler = (core, { reply }, rec, body, params) => {
    if (!valid(reply, checkBody(body, kind.createShape))) return
    const contact = ownContact(core, reply, rec, params.id)
    if (contact === undefined) return
    const record = kind.blank(core, contact.id)
    assignDefined(record, body as Record<string, unknown>, Object.keys(kind.updateShape))
    send(reply, 201, { [kind.one]: kind.store(core).set(contact.id, record) })
  }
  const get: Handler = (core, { reply }, rec, _body, params) => {
    const record = ownRecord(kind, core, reply, rec, params)
    if (record !== undefined) send(reply, 200, { [kind.one]: record })
  }
  const update: Handler = (core, { reply }, rec, body, params) => {
    if (!valid(reply, checkBody(body, kind.updateShape))) return
    const record = ownRecord(kind, core, reply, rec, params)
    if (record === undefined) return
    assignDefined(record, body as Record<string, unknown>, Object.keys(kind.updateShape))
    send(reply, 200, { [kind.one]: record })
  }
  const remove: Handler = (core, { reply }, rec, _body, params) => {
    const record = ownRecord(kind, core, reply, rec, params)
    if (record === undefined) return
    kind.store(core).delete(record.contactId, record.id)
    send(reply, 200, { succeded: true })
  }
  const base = `/contacts/:id/${kind.one}s`
  const one = `${base}/:${kind.one}Id`
  return [
    { method: 'GET', path: base, guard: read, run: list },
    { method: 'POST', path: base, guard: write, run: create },
    { method: 'GET', path: one, guard: read, run: get },
    { method: 'PUT', path: one, guard: write, run: update },
    { method: 'DELETE', path: one, guard: write, run: remove }
  ]
}

/** Copies the fields of `input` that are set onto `record`. */
function assignDefined (record: object, input: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) if (input[key] !== undefined) (record as Record<string, unknown>)[key] = input[key]
}

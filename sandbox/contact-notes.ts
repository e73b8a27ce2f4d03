// /contacts/:id/notes: list (newest first), create, get, update, delete, with the shapes of NotesDTO, UpdateNoteDTO
// and GetNoteSchema (contacts.json).
import { readGuard, writeGuard, type RouteDef } from './api.js'
import { recordRoutes, type RecordKind } from './contact-records.js'
import type { SandboxNote } from './resource-types.js'
import { randomId } from './state.js'
import type { Shape } from './validate.js'

/** UpdateNoteDTO */
const UPDATE: Shape = {
  userId: { type: 'string' },
  body: { type: 'string' },
  title: { type: 'string' },
  color: { type: 'string' },
  pinned: { type: 'boolean' }
}

const NOTES: RecordKind<SandboxNote> = {
  one: 'note',
  store: (core) => core.records.notes,
  createShape: { ...UPDATE, body: { type: 'string', required: true } },
  updateShape: UPDATE,
  blank: (core, contactId) => ({ id: randomId(), body: '', dateAdded: core.clock.iso(), contactId }),
  order: (a, b) => a.dateAdded < b.dateAdded ? 1 : a.dateAdded > b.dateAdded ? -1 : 0
}

export const NOTE_ROUTES: readonly RouteDef[] = recordRoutes(NOTES, readGuard('contacts'), writeGuard('contacts'))

// A contact in workflows and campaigns (contacts.json): POST/DELETE /contacts/:id/workflow/:workflowId
// (CreateWorkflowDto { eventStartTime? }, 200), POST/DELETE /contacts/:id/campaigns/:campaignId (201 / 200) and
// DELETE /contacts/:id/campaigns/removeAll. Unknown workflows and campaigns of the contact's location are a 400.
import { badRequest, ownContact, send, valid, writeGuard, type Handler, type RouteDef } from './api.js'
import type { Core } from './core.js'
import type { Reply } from './http.js'
import type { Params } from './router.js'
import type { AccessRecord } from './tokens.js'
import type { SandboxContact } from './types.js'
import { checkBody, type Shape } from './validate.js'

const WORKFLOW_BODY: Shape = { eventStartTime: { type: 'date' } }
const CAMPAIGN_BODY: Shape = {}

type Kind = 'workflows' | 'campaigns'

/** The contact and the workflow/campaign id of the path, or undefined with the answer sent. */
function target (core: Core, reply: Reply, rec: AccessRecord, body: unknown, params: Params, kind: Kind): SandboxContact | undefined {
  if (!valid(reply, checkBody(body, kind === 'workflows' ? WORKFLOW_BODY : CAMPAIGN_BODY))) return undefined
  const contact = ownContact(core, reply, rec, params.id)
  if (contact === undefined) return undefined
  const found = kind === 'workflows'
    ? core.catalog.workflow(contact.locationId, params.workflowId)
    : core.catalog.campaign(contact.locationId, params.campaignId)
  if (found !== undefined) return contact
  badRequest(reply, kind === 'workflows' ? `Workflow ${params.workflowId} not found` : `Campaign ${params.campaignId} not found`)
  return undefined
}

function add (kind: Kind, status: number): Handler {
  return (core, { reply }, rec, body, params) => {
    const contact = target(core, reply, rec, body, params, kind)
    if (contact === undefined) return
    const id = kind === 'workflows' ? params.workflowId : params.campaignId
    const start = (body as { eventStartTime?: string }).eventStartTime
    core.records[kind].set(contact.id, { id, addedAt: core.clock.iso(), ...(start === undefined ? {} : { eventStartTime: start }) })
    send(reply, status, { succeded: true })
  }
}

function remove (kind: Kind): Handler {
  return (core, { reply }, rec, body, params) => {
    const contact = target(core, reply, rec, body ?? {}, params, kind)
    if (contact === undefined) return
    core.records[kind].delete(contact.id, kind === 'workflows' ? params.workflowId : params.campaignId)
    send(reply, 200, { succeded: true })
  }
}

const removeAll: Handler = (core, { reply }, rec, _body, params) => {
  const contact = ownContact(core, reply, rec, params.id)
  if (contact === undefined) return
  core.records.campaigns.clear(contact.id)
  send(reply, 200, { succeded: true })
}

const WRITE = writeGuard('contacts')

export const MEMBERSHIP_ROUTES: readonly RouteDef[] = [
  { method: 'POST', path: '/contacts/:id/workflow/:workflowId', guard: WRITE, run: add('workflows', 200) },
  { method: 'DELETE', path: '/contacts/:id/workflow/:workflowId', guard: WRITE, body: true, run: remove('workflows') },
  { method: 'POST', path: '/contacts/:id/campaigns/:campaignId', guard: WRITE, run: add('campaigns', 201) },
  { method: 'DELETE', path: '/contacts/:id/campaigns/removeAll', guard: WRITE, run: removeAll },
  { method: 'DELETE', path: '/contacts/:id/campaigns/:campaignId', guard: WRITE, run: remove('campaigns') }
]

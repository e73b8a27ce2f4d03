// Workflows and campaigns per location (seeded): GET /workflows/ (workflows.json) and GET /campaigns/ (campaigns.json).
import { locationList, queryLocation, readGuard, send, type Handler, type RouteDef } from './api.js'
import type { Campaign, Workflow } from './resource-types.js'
import { seedCampaigns, seedWorkflows } from './seeds.js'
import { PerLocation, type Clock } from './state.js'
import { queryEnum } from './validate.js'

export class Catalog {
  readonly workflows: PerLocation<Workflow[]>
  readonly campaigns = new PerLocation<Campaign[]>(seedCampaigns)

  constructor (clock: Clock) {
    this.workflows = new PerLocation((locationId) => seedWorkflows(locationId, clock.iso()))
  }

  workflow (locationId: string, id: string): Workflow | undefined {
    return this.workflows.get(locationId).find((w) => w.id === id)
  }

  campaign (locationId: string, id: string): Campaign | undefined {
    return this.campaigns.get(locationId).find((c) => c.id === id)
  }
}

const listWorkflows = locationList('workflows', (core, locationId) => core.catalog.workflows.get(locationId))

const listCampaigns: Handler = (core, ctx, rec) => {
  const q = new URLSearchParams(ctx.search)
  const errors: string[] = []
  const status = queryEnum(q, 'status', ['draft', 'published'], errors)
  const locationId = queryLocation(ctx, rec, q, 'locationId', errors)
  if (locationId === undefined) return
  send(ctx.reply, 200, { campaigns: core.catalog.campaigns.get(locationId).filter((c) => status === undefined || c.status === status) })
}

export const CATALOG_ROUTES: readonly RouteDef[] = [
  { method: 'GET', path: '/workflows/', guard: readGuard('workflows'), run: listWorkflows },
  { method: 'GET', path: '/campaigns/', guard: readGuard('campaigns'), run: listCampaigns }
]

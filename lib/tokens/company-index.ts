// The agency (Company) connections this instance knows of, for agency lookups of unknown locations (forLocation(id),
// INSTALL): read from the store once, at the first lookup, then kept current from what the instance sees (rows it
// loads or writes, its own revokes and reauths) and what peers announce (authorized Company connections, revokes).
// That one read is an indexed read of the active Company rows (ghl_connections_agency_idx), never the whole table; after
// it, a lookup of an unknown location costs no query when no Company connection exists, and one indexed read per agency.
import type { ConnectionRow, TokenStore } from '../../db/types.js'

export interface AgencyConnection { connection: string, companyId: string }

export type CompanyIndex = ReturnType<typeof createCompanyIndex>

export function createCompanyIndex (store: Pick<TokenStore, 'listAgencies'>) {
  /** undefined: not read yet (or notifications may have been missed). */
  let known: Map<string, string> | undefined
  let loading: Promise<Map<string, string>> | undefined
  /** Bumped by every change, so a read that raced a change is not trusted. */
  let changes = 0

  function noteRow (row: Pick<ConnectionRow, 'id' | 'userType' | 'companyId' | 'status'>): void {
    if (row.userType !== 'Company') return
    if (row.status === 'active') noteCompany(row.id, row.companyId ?? row.id)
    else forget(row.id)
  }

  function noteCompany (connection: string, companyId: string): void {
    changes++
    known?.set(connection, companyId)
  }

  function forget (connection: string): void {
    changes++
    known?.delete(connection)
  }

  /** After a LISTEN reconnect: announcements may have been missed; read again at the next lookup. */
  function stale (): void {
    changes++
    known = undefined
  }

  async function load (): Promise<Map<string, string>> {
    const before = changes
    const rows = await store.listAgencies()
    const map = new Map<string, string>()
    for (const row of rows) map.set(row.id, row.companyId ?? row.id)
    if (changes === before) known = map
    return map
  }

  async function list (): Promise<AgencyConnection[]> {
    let map = known
    if (map === undefined) {
      loading ??= load().finally(() => { loading = undefined })
      map = await loading
    }
    return [...map].map(([connection, companyId]) => ({ connection, companyId }))
  }

  return { noteRow, noteCompany, forget, stale, list }
}

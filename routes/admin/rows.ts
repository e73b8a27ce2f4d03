// The admin page's body: the fleet summary, one table row per connection with its actions, paging, the last
// webhooks. Built from the view model only (lib/admin/view-model.ts), which never holds a token.
import type { AdminView, ConnectionRowView } from '../../lib/admin/view-model.js'
import { html, type Html } from './escape.js'
import { actionForm, page } from './layout.js'

export interface DashboardParts {
  base: string
  view: AdminView
  csrf: string
  notice: { text: string, error: boolean } | undefined
  /** Shown with "Log out" (login mode only). */
  loggedIn: boolean
}

function outboxCell (row: ConnectionRowView, base: string, csrf: string): Html {
  const o = row.outbox
  if (o === null) return html`<span class="muted">no job queue</span>`
  return html`${o.pending} pending${o.pending > 0 ? html`, oldest ${o.oldest}` : ''}<br>${o.dead} dead
${o.dead > 0 ? actionForm(`${base}/retry`, 'Retry all dead', csrf, { connection: row.connection }) : ''}
${o.deadJobs.length > 0
  ? html`<ul class="dead">${o.deadJobs.map((j) => html`<li data-job="${j.id}">#${j.id} ${j.op} (${j.attempts} attempts, ${j.when}): ${j.error} ${actionForm(`${base}/retry`, 'Retry', csrf, { connection: row.connection, job: j.id })}</li>`)}</ul>`
  : ''}`
}

function rowHtml (row: ConnectionRowView, base: string, csrf: string): Html {
  const ids = [row.locationId === null || row.locationId === row.connection ? '' : `location ${row.locationId}`, row.companyId === null ? '' : `company ${row.companyId}`].filter((s) => s !== '').join(' · ')
  return html`<tr data-connection="${row.connection}" data-status="${row.status}">
<td><strong>${row.connection}</strong><br><span class="muted">${row.userType}${ids === '' ? '' : ` · ${ids}`}</span></td>
<td><span class="status status-${row.status}">${row.statusLabel}</span><div class="reason">${row.reason}</div></td>
<td>${row.expiry}<br><span class="muted">refreshed ${row.lastRefresh}</span><div class="scopes">${row.scopes.join(' ')}</div></td>
<td>${row.breaker.state}<br><span class="muted">${row.breaker.detail}</span></td>
<td>burst ${row.rate.burst}<br>daily ${row.rate.daily}<br><span class="muted">${row.rate.source}</span></td>
<td>${outboxCell(row, base, csrf)}</td>
<td>${row.lastWebhook}</td>
<td>${row.canRefresh ? actionForm(`${base}/refresh`, 'Refresh now', csrf, { connection: row.connection }) : ''}
${actionForm(`${base}/connect`, row.status === 'active' ? 'Reconnect' : 'Connect again', csrf)}
${row.canDisconnect ? actionForm(`${base}/disconnect`, 'Disconnect', csrf, { connection: row.connection }, 'danger') : ''}</td>
</tr>`
}

function pager (view: AdminView, base: string): Html {
  if (view.pages <= 1) return html``
  const link = (p: number, label: string): Html => html`<a href="${base}?page=${p}">${label}</a>`
  return html`<nav class="pager">${view.page > 1 ? link(view.page - 1, '← previous') : ''}<span>page ${view.page} of ${view.pages} (${view.pageSize} a page)</span>${view.page < view.pages ? link(view.page + 1, 'next →') : ''}</nav>`
}

function webhooksHtml (view: AdminView): Html {
  if (view.webhooks === null) return html`<p class="muted">This store keeps no readable webhook log.</p>`
  if (view.webhooks.length === 0) return html`<p class="muted">No webhook received yet.</p>`
  return html`<table class="webhooks"><thead><tr><th>type</th><th>location</th><th>received</th><th>status</th></tr></thead><tbody>
${view.webhooks.map((w) => html`<tr><td>${w.type}</td><td>${w.locationId}</td><td>${w.when}</td><td>${w.status}${w.error === '' ? '' : html` <span class="muted">${w.error}</span>`}</td></tr>`)}
</tbody></table>`
}

export function dashboard ({ base, view, csrf, notice, loggedIn }: DashboardParts): Html {
  const c = view.counts
  const o = view.outbox
  return page('fastify-ghl admin', base, html`<header><h1>fastify-ghl · GHL connections</h1>
${actionForm(`${base}/connect`, 'Connect GHL', csrf, {}, 'primary')}
${loggedIn ? actionForm(`${base}/logout`, 'Log out', csrf) : ''}</header>
<main>
${notice === undefined ? '' : html`<p class="notice${notice.error ? ' error' : ''}" role="status">${notice.text}</p>`}
<ul class="summary">
<li>${view.total} connections</li><li>${c.active} active</li><li>${c.suspended} suspended</li><li>${c.reauth_required} reauth required</li>
<li>${c.revoked} revoked</li><li>${c.config_error} instance config error</li>
${o === null ? html`<li>no job queue</li>` : html`<li>outbox: ${o.pending} pending (${o.parked} parked${o.pending > 0 ? `, oldest ${o.oldest}` : ''}), ${o.dead} dead${o.truncated ? ' · over 1000 of a kind: the rows below are counted one by one, their dead-job lists come from the first 1000' : ''}</li>`}
</ul>
${view.total === 0
  ? html`<p>No GHL connection yet. <strong>Connect GHL</strong> opens GHL's consent page in this browser and comes back here.</p>`
  : html`<table class="connections"><thead><tr><th>connection</th><th>status</th><th>token</th><th>breaker</th><th>rate budget</th><th>outbox</th><th>last webhook</th><th>actions</th></tr></thead>
<tbody>${view.rows.map((row) => rowHtml(row, base, csrf))}</tbody></table>`}
${pager(view, base)}
<h2>Last webhooks received</h2>
${webhooksHtml(view)}
<p class="muted">Breaker and rate budget as this instance sees them; connections, jobs and webhooks are the fleet's (the database).</p>
</main>`)
}

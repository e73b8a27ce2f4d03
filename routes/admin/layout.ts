// The admin page's frame: the document, its stylesheet (served from /admin/admin.css: no inline style or script, so
// the Content-Security-Policy can forbid both), the headers every admin answer carries, and the small pages (login,
// confirmation, message).
import type { FastifyReply } from 'fastify'
import { CSRF_FIELD } from './csrf.js'
import { html, type Html } from './escape.js'

/** Scripts, inline styles, frames, plugins and foreign forms are all refused; forms may go to GHL's consent page only via our redirect. */
export function contentSecurityPolicy (authOrigin: string): string {
  return [
    "default-src 'none'", "style-src 'self'", "img-src 'self'", "base-uri 'none'", "frame-ancestors 'none'",
    `form-action 'self' ${authOrigin}`
  ].join('; ')
}

export function adminHeaders (reply: FastifyReply, authOrigin: string): FastifyReply {
  return reply
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', contentSecurityPolicy(authOrigin))
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
}

export function page (title: string, base: string, body: Html): Html {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${title}</title><link rel="stylesheet" href="${base}/admin.css"></head>
<body>${body}</body></html>`
}

export function csrfInput (token: string): Html {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${token}">`
}

/** A one-button form posting to an admin action. */
export function actionForm (action: string, label: string, token: string, fields: Record<string, string | number> = {}, kind = ''): Html {
  return html`<form method="post" action="${action}" class="inline">${csrfInput(token)}${Object.entries(fields).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}<button type="submit" class="${kind}">${label}</button></form>`
}

export function loginPage (base: string, message: string | undefined, error = true): Html {
  return page('fastify-ghl admin: log in', base, html`<main class="narrow"><h1>fastify-ghl admin</h1>
${message === undefined ? '' : html`<p class="notice${error ? ' error' : ''}" role="alert">${message}</p>`}
<form method="post" action="${base}/login" class="login"><label>Admin token <input type="password" name="token" autocomplete="current-password" required autofocus></label>
<button type="submit">Log in</button></form><p class="muted">The token is GHL_ADMIN_TOKEN (options.adminToken).</p></main>`)
}

export function confirmPage (base: string, connection: string, token: string): Html {
  return page('fastify-ghl admin: disconnect?', base, html`<main class="narrow"><h1>Disconnect ${connection}?</h1>
<p>Its tokens are marked revoked and never used again; calls for it fail until someone connects it again. GHL keeps the app installed.</p>
<form method="post" action="${base}/disconnect">${csrfInput(token)}<input type="hidden" name="connection" value="${connection}"><input type="hidden" name="confirm" value="yes">
<button type="submit" class="danger">Disconnect</button> <a href="${base}">Cancel</a></form></main>`)
}

export const STYLESHEET = `
:root { color-scheme: light; --fg: #1d232a; --muted: #5f6b7a; --line: #d9dee5; --ok: #18794e; --warn: #a35200; --bad: #b42318; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; align-items: center; gap: 16px; padding: 12px 24px; background: #fff; border-bottom: 1px solid var(--line); }
header h1 { font-size: 18px; margin: 0; flex: 1; }
main { padding: 16px 24px; }
main.narrow { max-width: 520px; margin: 48px auto; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 24px; }
.summary { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 12px; padding: 0; list-style: none; }
.summary li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.status { display: inline-block; border-radius: 10px; padding: 1px 8px; font-weight: 600; font-size: 12px; }
.status-active { background: #dcf5e7; color: var(--ok); }
.status-suspended, .status-config_error { background: #fff1db; color: var(--warn); }
.status-reauth_required, .status-revoked { background: #fde4e1; color: var(--bad); }
.reason, .muted { color: var(--muted); font-size: 12px; }
.scopes { font-family: ui-monospace, monospace; font-size: 11px; color: var(--muted); }
.notice { padding: 8px 12px; border-radius: 6px; background: #dcf5e7; border: 1px solid #a6e3c2; }
.notice.error { background: #fde4e1; border-color: #f5b5ad; }
form.inline { display: inline; }
button { font: inherit; padding: 3px 10px; border-radius: 5px; border: 1px solid #b8c1cc; background: #fff; cursor: pointer; }
button.primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
button.danger { border-color: var(--bad); color: var(--bad); }
.dead { margin: 4px 0 0; padding-left: 16px; font-size: 12px; }
.pager { margin: 12px 0; display: flex; gap: 12px; align-items: center; }
label { display: block; margin: 12px 0; }
input[type=password] { width: 100%; padding: 6px; font: inherit; }
h2 { font-size: 15px; margin: 24px 0 8px; }
`

// GHL answers 401 "The token is not authorized for this scope." to a valid token whose grant lacks the scope. No new
// token cures that: the call fails with GHL_SCOPE_MISSING naming the call, nothing is refreshed, and the connection
// stays active for the calls it may make.
import t from 'tap'
import { build, connect, LOCATION } from '../helpers/app.js'

t.test('a call outside the granted scopes: GHL_SCOPE_MISSING, no refresh, the connection stays active', async (t) => {
  const { app, sb } = await build(t, { options: { scopes: 'contacts.readonly contacts.write' } })
  await connect(app, sb)
  const before = sb.stats()
  const refreshesBefore = before.refreshes

  await t.rejects(app.ghl.opportunities.pipelines.list(), {
    code: 'GHL_SCOPE_MISSING',
    statusCode: 403,
    message: /GET \/opportunities\/pipelines .*not authorized for this scope.*options\.scopes/
  })
  t.equal(sb.stats().refreshes, refreshesBefore, 'no token refresh for a scope refusal')
  t.match(await app.ghl.tokens.status(LOCATION), { status: 'active' }, 'the connection is not marked for re-authorization')
  const { contact } = await app.ghl.contacts.create({ email: 'scoped@example.com' })
  t.ok(contact.id, 'calls within the scopes still go through')
})

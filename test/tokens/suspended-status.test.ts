// 'suspended' is a connection status of its own (issue 13): the store counts it, /status says so (not
// reauth_required), and the ghl_connections gauge has a suspended series. Real Postgres, the sandbox over HTTP.
import t from 'tap'
import { CONNECTION_STATUSES } from '../../db/types.js'
import { ADMIN_TOKEN, build, LOCATION, PREFIX } from '../helpers/app.js'
import { sandboxFor } from '../helpers/sandbox.js'

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` }

t.test('a location GHL says is not active: /status answers suspended, the metrics count it', async (t) => {
  t.same([...CONNECTION_STATUSES], ['active', 'suspended', 'reauth_required', 'revoked'])
  const sb = await sandboxFor(t)
  const issued = sb.issueTokens({ locationId: LOCATION })
  const { app } = await build(t, { sandbox: sb, options: { refreshToken: issued.refresh_token, refresher: false } })
  await app.ghl.tokens.getValidToken()
  t.match((await app.inject({ url: `${PREFIX}/status`, headers: admin })).json(), { auth_status: 'authenticated' })

  sb.setLocation(LOCATION, { active: false })
  await t.rejects(app.ghl.tokens.forceRefresh(), { code: 'GHL_LOCATION_SUSPENDED' })

  const status = (await app.inject({ url: `${PREFIX}/status`, headers: admin })).json()
  t.match(status, { auth_status: 'suspended', token_valid: false, last_error: /^location_inactive: / })
  const metrics = (await app.inject({ url: `${PREFIX}/metrics`, headers: admin })).body
  t.match(metrics, /ghl_connections\{status="suspended"\} 1\n/)
  t.match(metrics, /ghl_connections\{status="active"\} 0\n/)

  sb.setLocation(LOCATION, { active: true })
  await app.ghl.tokens.forceRefresh()
  t.match((await app.inject({ url: `${PREFIX}/status`, headers: admin })).json(), { auth_status: 'authenticated', token_valid: true })
})

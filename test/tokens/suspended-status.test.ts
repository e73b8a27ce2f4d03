// 'suspended' is a connection status of its own (issue 13): the store counts it, /status says so (not
// reauth_required), and the ghl_connections gauge has a suspended series. Real Postgres, the sandbox over HTTP.
import t from 'tap'
import { CONNECTION_STATUSES } from '../../db/types.js'
import { build, connect, LOCATION, PREFIX } from '../helpers/app.js'

t.test('a location GHL says is not active: /status answers suspended, the metrics count it', async (t) => {
  t.same([...CONNECTION_STATUSES], ['active', 'suspended', 'reauth_required', 'revoked'])
  const { app, sb } = await build(t)
  await connect(app, sb)
  t.match((await app.inject(`${PREFIX}/status`)).json(), { auth_status: 'authenticated' })

  sb.setLocation(LOCATION, { active: false })
  await t.rejects(app.ghl.tokens.forceRefresh(), { code: 'GHL_LOCATION_SUSPENDED' })

  const status = (await app.inject(`${PREFIX}/status`)).json()
  t.match(status, { auth_status: 'suspended', token_valid: false, last_error: /^location_inactive: / })
  const metrics = (await app.inject(`${PREFIX}/metrics`)).body
  t.match(metrics, /ghl_connections\{status="suspended"\} 1\n/)
  t.match(metrics, /ghl_connections\{status="active"\} 0\n/)

  sb.setLocation(LOCATION, { active: true })
  await app.ghl.tokens.forceRefresh()
  t.match((await app.inject(`${PREFIX}/status`)).json(), { auth_status: 'authenticated', token_valid: true })
})

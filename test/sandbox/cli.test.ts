// The CLI in a child process, reached only over HTTP: env options, the printed summary, clean exit on SIGTERM.
import t, { type Test } from 'tap'
import { runScript, waitFor, type RunningScript } from '../helpers/child.js'
import { call } from '../helpers/sandbox.js'

function runCli (t: Test, env: Record<string, string>): RunningScript {
  return runScript(t, 'sandbox/cli.ts', { ...process.env, NODE_OPTIONS: '', ...env })
}

t.test('starts from env, serves HTTP, closes on SIGTERM', async (t) => {
  const { child, output, exited } = runCli(t, { SANDBOX_PORT: '0', SANDBOX_CLIENT_ID: 'cliapp-xyz', SANDBOX_RATE_LIMIT: 'off', SANDBOX_ACCESS_TOKEN_TTL: '120', SANDBOX_LOCATION_TOKEN_REFRESH: 'true', SANDBOX_ALLOW_DUPLICATES: 'false' })
  const [, url] = await waitFor(output, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
  await waitFor(output, /Ctrl-C to stop/)
  t.match(output(), /client id\s+cliapp-xyz/)
  t.match(output(), /\/__sandbox\/install/)
  t.match(output(), /chooselocation\?response_type=code/)

  const info = await call(url, 'GET', '/__sandbox')
  t.match(info.body, { clientId: 'cliapp-xyz', appId: 'cliapp', rateLimit: false, accessTokenTtlSeconds: 120, locationTokenRefresh: true, allowDuplicateContacts: false })
  const tok = (await call(url, 'POST', '/__sandbox/install')).body
  t.equal(tok.expires_in, 120)
  const res = await call(url, 'GET', '/contacts/x', tok.access_token)
  t.equal(res.status, 404)
  t.equal(res.headers['x-ratelimit-remaining'], undefined, 'SANDBOX_RATE_LIMIT=off')
  const body = { locationId: tok.locationId, firstName: 'Dee', lastName: 'Dupe', email: 'dup@x.io' }
  const first = await call(url, 'POST', '/contacts/', tok.access_token, { body })
  t.equal(first.status, 201)
  const dup = await call(url, 'POST', '/contacts/', tok.access_token, { body })
  t.same(dup.body, { statusCode: 400, message: 'This location does not allow duplicated contacts.', meta: { contactName: 'Dee Dupe', contactId: first.body.contact.id, matchingField: 'email' } },
    'SANDBOX_ALLOW_DUPLICATES=false: GHL\'s duplicate answer')

  child.kill('SIGTERM')
  t.equal(await exited, 0, 'exits cleanly')
  t.match(output(), /SIGTERM: closing the sandbox/)
})

t.test('bad env fails with a message', async (t) => {
  const { output, exited } = runCli(t, { SANDBOX_PORT: '0', SANDBOX_RATE_LIMIT: '5' })
  t.equal(await exited, 1)
  t.match(output(), /SANDBOX_RATE_LIMIT must be/)
  const bad = runCli(t, { SANDBOX_PORT: '0', SANDBOX_LOCATION_TOKEN_REFRESH: 'yes' })
  t.equal(await bad.exited, 1)
  t.match(bad.output(), /SANDBOX_LOCATION_TOKEN_REFRESH must be true or false/)
})

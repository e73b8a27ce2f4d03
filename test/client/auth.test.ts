// 401 → refresh → replay, at most twice; a third 401 → GHL_REAUTH_REQUIRED; headers on every call; no token in any error.
import { inspect } from 'node:util'
import t from 'tap'
import { Agent, type Dispatcher } from 'undici'
import { PACKAGE_VERSION } from '../../lib/client/version.js'
import { clientFixture } from '../helpers/token-provider.js'

t.test('401 on a call: exactly one refresh, the replay succeeds', async (t) => {
  const { sandbox, client, tokens, location, log } = await clientFixture(t)
  const { contact } = await client.contacts.create({ email: 'exp@example.com' })
  const before = tokens.accessToken(location)
  t.equal(sandbox.expireAccessTokens({ locationId: location }), 1)
  sandbox.resetStats()
  const res = await client.contacts.get(contact.id)
  t.equal(res.contact.id, contact.id)
  t.equal(tokens.refreshCalls, 1, 'refreshAfterUnauthorized called once')
  t.equal(tokens.refreshes, 1, 'one refresh reached /oauth/token')
  t.not(tokens.accessToken(location), before, 'a new token')
  const stats = sandbox.stats()
  t.equal(stats.unauthorized, 1)
  t.equal(stats.refreshes, 1)
  t.equal(stats.apiCalls['GET /contacts/:id'], 2, 'the rejected call and one replay')
  t.equal(tokens.reauth.length, 0)
  t.notOk(log.lines.some((l) => l.level === 'error'))
})

t.test('401 on many concurrent calls: one refresh, every replay succeeds', async (t) => {
  const { sandbox, client, tokens, location } = await clientFixture(t)
  const { contact } = await client.contacts.create({ email: 'many401@example.com' })
  sandbox.revokeAccessTokens({ locationId: location })
  const results = await Promise.all(Array.from({ length: 20 }, async () => await client.contacts.get(contact.id)))
  t.equal(results.length, 20)
  t.equal(tokens.refreshes, 1, 'the provider refreshed once (compare-and-refresh, single-flight)')
  t.equal(sandbox.stats().refreshes, 1)
})

t.test('a create that gets 401 is replayed once (GHL refused it before acting on it)', async (t) => {
  const { sandbox, client, location } = await clientFixture(t)
  sandbox.expireAccessTokens({ locationId: location })
  const { contact } = await client.contacts.create({ email: 'replayed@example.com' })
  t.equal(contact.locationId, location)
  t.equal(sandbox.contacts(location).length, 1)
})

t.test('a replay refused too (its token was revoked with the first): one more refresh for that token, then success', async (t) => {
  const { sandbox, client, tokens, location } = await clientFixture(t)
  const { contact } = await client.contacts.create({ email: 'twice401@example.com' })
  sandbox.addFault({ path: '/contacts/*', status: 401, count: 2, body: { statusCode: 401, message: 'Invalid JWT' } })
  const got = await client.contacts.get(contact.id)
  t.equal(got.contact.id, contact.id, 'the call succeeds')
  t.equal(tokens.refreshCalls, 2, 'one refresh per refused token')
  t.same(tokens.reauth, [], 'the connection is not given up')
  t.equal(sandbox.stats().tokenCalls.refresh_token, 2)
  t.equal(sandbox.contacts(location).length, 1)
})

t.test('three 401s: GHL_REAUTH_REQUIRED, markReauthRequired once, the error log line', async (t) => {
  const { sandbox, client, tokens, location, log } = await clientFixture(t)
  sandbox.addFault({ path: '/contacts/*', status: 401, count: 3, body: { statusCode: 401, message: 'Invalid JWT' } })
  const err = await client.contacts.get('abc').catch((e: Error) => e)
  t.match(err, { code: 'GHL_REAUTH_REQUIRED', statusCode: 401, message: new RegExp(`connection ${location} needs re-authorization`) })
  t.equal(tokens.refreshCalls, 2, 'two refreshes')
  t.equal(tokens.reauth.length, 1, 'markReauthRequired called once')
  t.match(tokens.reauth[0], { connection: location, reason: /401/ })
  const errors = log.lines.filter((l) => l.level === 'error')
  t.equal(errors.length, 1)
  t.equal(errors[0].msg, 'still getting 401 after token refresh — re-authentication needed')
  t.match(errors[0].obj, { connection: location, path: '/contacts/abc' })
  const stats = sandbox.stats()
  t.equal(stats.faultsInjected, 3, 'the call and its two replays')
  t.equal(stats.tokenCalls.refresh_token, 2)
  t.equal(stats.requests, 5, 'call, refresh, replay, refresh, replay: nothing more')
})

t.test('Authorization, Version, Accept and User-Agent on every call', async (t) => {
  const seen: Array<Record<string, string>> = []
  const recording = new Agent().compose((dispatch: Dispatcher['dispatch']) => (opts, handler) => {
    seen.push({ ...(opts.headers as Record<string, string>) })
    return dispatch(opts, handler)
  })
  t.teardown(async () => { await recording.close() })
  const { client, tokens, location } = await clientFixture(t, { client: { dispatcher: recording } })
  const { contact } = await client.contacts.create({ email: 'hdr@example.com' })
  await client.contacts.get(contact.id)
  await client.contacts.update(contact.id, { firstName: 'H' })
  await client.contacts.search({ query: 'hdr' })
  await client.contacts.delete(contact.id)
  t.equal(seen.length, 5)
  for (const h of seen) {
    t.equal(h.authorization, `Bearer ${tokens.accessToken(location)}`)
    t.equal(h.version, '2021-07-28')
    t.equal(h.accept, 'application/json')
    t.equal(h['user-agent'], `fastify-ghl/${PACKAGE_VERSION}`)
  }
  t.equal(PACKAGE_VERSION, '0.1.0')
  t.equal(seen[0]['content-type'], 'application/json', 'JSON body')
  t.equal(seen[1]['content-type'], undefined, 'no body, no content-type')
})

t.test('apiVersion and userAgent are options; the sandbox rejects an unknown Version', async (t) => {
  const { client } = await clientFixture(t, { client: { apiVersion: '2023-02-21', userAgent: 'my-app/1.0' } })
  const { contact } = await client.contacts.create({ email: 'v2@example.com' })
  t.ok(contact.id)
  await t.rejects(client.request({ method: 'GET', path: `/contacts/${contact.id}`, headers: { Version: '1999-01-01', Authorization: 'Bearer nope' } }),
    { code: 'GHL_HTTP_ERROR', cause: { status: 400 }, message: /Version header is invalid/ }, 'per-call headers override Version, never Authorization')
})

t.test('no token in any error message, cause, stack or log line', async (t) => {
  const { sandbox, client, tokens, location, log } = await clientFixture(t, { client: { retry: { attempts: 1 }, breaker: false } })
  const first = tokens.accessToken(location)
  const errors: unknown[] = []
  const keep = (e: unknown): void => { errors.push(e) }
  await client.contacts.get('missing').catch(keep) // 404
  await client.request({ method: 'POST', path: '/contacts/', body: { locationId: location, email: 'nope' } }).catch(keep) // 422
  sandbox.setLocation(location, { allowDuplicates: false })
  await client.contacts.create({ email: 'dup@example.com' })
  await client.contacts.create({ email: 'dup@example.com' }).catch(keep) // 400 duplicate
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 500 })
  await client.contacts.get('x').catch(keep) // 500
  sandbox.addFault({ path: '/contacts/*', method: 'GET', drop: 'after-request' })
  await client.contacts.get('x').catch(keep) // network
  sandbox.addFault({ path: '/contacts/*', status: 401, count: 2 })
  await client.contacts.get('x').catch(keep) // reauth
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 429, headers: { 'retry-after': '100' } })
  await client.contacts.get('x').catch(keep) // rate limited
  t.equal(errors.length, 7)
  const secrets = [first, tokens.accessToken(location)]
  for (const e of errors) {
    const text = inspect(e, { depth: 10, showHidden: true }) + JSON.stringify(e) + JSON.stringify((e as Error).cause ?? null) + String((e as Error).stack)
    for (const secret of secrets) t.notOk(text.includes(secret), `${(e as { code?: string }).code}: no token`)
  }
  const logged = JSON.stringify(log.lines)
  for (const secret of secrets) t.notOk(logged.includes(secret), 'no token in the log')
})

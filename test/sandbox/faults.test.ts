// Fault injection: injected statuses, headers, bodies, stalls, dropped connections (with and without the side
// effect), count, order, path and method matching.
import t from 'tap'
import { call, refresh, sandboxFor } from '../helpers/sandbox.js'

const LOC = 'loc_sandbox_1'

t.test('status, default and custom bodies, headers; then back to normal', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  sb.addFault({ path: '/contacts/*', status: 503 })
  const injected = await call(sb, 'GET', '/contacts/x', tok)
  t.equal(injected.status, 503)
  t.same(injected.body, { statusCode: 503, message: 'Service Unavailable' })
  t.equal(injected.headers['x-ratelimit-remaining'], undefined, 'an injected answer is not GHL’s')
  t.equal((await call(sb, 'GET', '/contacts/x', tok)).status, 404, 'count defaults to 1')

  sb.addFault({ path: '/contacts/*', status: 429, headers: { 'Retry-After': '1' }, body: { statusCode: 429, message: 'Too many requests' } })
  const limited = await call(sb, 'GET', '/contacts/x', tok)
  t.equal(limited.status, 429)
  t.equal(limited.headers['retry-after'], '1')
  t.same(limited.body, { statusCode: 429, message: 'Too many requests' })

  sb.addFault({ path: '/contacts/x', headers: { 'x-ratelimit-remaining': '0' } })
  const real = await call(sb, 'GET', '/contacts/x', tok)
  t.equal(real.status, 404, 'headers alone decorate the real answer')
  t.equal(real.headers['x-ratelimit-remaining'], '0', 'and win over the real ones')

  sb.addFault({ path: '/oauth/token', body: { oops: true } })
  const tokenFault = await refresh(sb, sb.issueTokens().refresh_token)
  t.equal(tokenFault.status, 500, 'a body without status answers 500')
  t.same(tokenFault.body, { oops: true })

  const s = sb.stats()
  t.equal(s.faultsInjected, 4)
  t.equal(s.rateLimited, 1, 'injected 429s count as rate limited')
  t.equal(s.requests, 5)
})

t.test('count, order of addition, exact paths, prefixes and methods', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  sb.addFault({ path: '/contacts/*', method: 'post', status: 500, count: 2 })
  sb.addFault({ path: '/contacts/*', status: 502 })
  sb.addFault({ path: '/oauth/token', status: 504 })
  t.same(sb.pendingFaults().map((f) => [f.path, f.method, f.status, f.count]), [
    ['/contacts/*', 'POST', 500, 2], ['/contacts/*', undefined, 502, 1], ['/oauth/token', undefined, 504, 1]
  ])

  t.equal((await call(sb, 'GET', '/contacts/a', tok)).status, 502, 'method filter skips the first, the second matches')
  t.equal((await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC } })).status, 500)
  t.equal((await call(sb, 'POST', '/contacts/upsert', tok, { body: { locationId: LOC, email: 'a@b.io' } })).status, 500)
  t.equal((await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC } })).status, 201, 'used up')
  t.equal((await call(sb, 'GET', '/oauth/tokenX', tok)).status, 404, 'exact path does not match a longer one')
  t.equal(sb.pendingFaults().length, 1)
  sb.clearFaults()
  t.same(sb.pendingFaults(), [])
  t.equal((await refresh(sb, sb.issueTokens().refresh_token)).status, 200)

  t.throws(() => sb.addFault({ path: 'contacts' }), /fault\.path/)
  t.throws(() => sb.addFault({ path: '/x', count: 0, status: 500 }), /fault\.count/)
  t.throws(() => sb.addFault({ path: '/x', drop: 'sometimes' as 'before-response' }), /fault\.drop/)
  t.throws(() => sb.addFault({ path: '/x' }), /needs at least one/)
})

t.test('delayMs: a stall before the real answer, or before an injected one', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  sb.addFault({ path: '/contacts/*', delayMs: 200 })
  let started = performance.now()
  const res = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, email: 'slow@x.io' } })
  t.ok(performance.now() - started >= 190, 'stalled')
  t.equal(res.status, 201, 'then the real answer')

  sb.addFault({ path: '/oauth/token', delayMs: 100, status: 502 })
  started = performance.now()
  t.equal((await refresh(sb, sb.issueTokens().refresh_token)).status, 502)
  t.ok(performance.now() - started >= 90)
})

t.test('drop before-response: processed, then the connection dies (lost response)', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens()
  sb.addFault({ path: '/contacts/', method: 'POST', drop: 'before-response' })
  await t.rejects(call(sb, 'POST', '/contacts/', tok.access_token, { body: { locationId: LOC, email: 'lost@x.io' } }))
  t.equal(sb.contacts(LOC).length, 1, 'the contact was created')
  t.equal(sb.stats().contactsCreated, 1)

  sb.addFault({ path: '/oauth/token', drop: 'before-response' })
  await t.rejects(refresh(sb, tok.refresh_token))
  const reuse = await refresh(sb, tok.refresh_token)
  t.equal(reuse.status, 400, 'the refresh token was rotated although the client never saw the answer')
  t.equal(reuse.body.error, 'invalid_grant')
  t.equal(sb.stats().refreshes, 1)
})

t.test('drop after-request: the connection dies without processing', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens()
  sb.addFault({ path: '/contacts/*', drop: 'after-request' })
  await t.rejects(call(sb, 'POST', '/contacts/', tok.access_token, { body: { locationId: LOC, email: 'never@x.io' } }))
  t.equal(sb.contacts(LOC).length, 0, 'nothing was created')

  sb.addFault({ path: '/oauth/token', drop: 'after-request' })
  await t.rejects(refresh(sb, tok.refresh_token))
  t.equal((await refresh(sb, tok.refresh_token)).status, 200, 'the refresh token is still good')
  const s = sb.stats()
  t.equal(s.faultsInjected, 2)
  t.equal(s.refreshes, 1)
  t.equal(s.apiCalls.total, 0, 'dropped-before-processing requests never reached the API')
  t.equal(s.requests, 3)
})

t.test('faults never touch control routes', async (t) => {
  const sb = await sandboxFor(t)
  sb.addFault({ path: '/*', status: 500, count: 5 })
  t.equal((await call(sb, 'GET', '/__sandbox/stats')).status, 200)
  t.equal(sb.pendingFaults()[0].count, 5)
  t.equal(sb.stats().requests, 0)
})

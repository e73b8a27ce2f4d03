import t from 'tap'
import { backoffDelay, DEFAULT_RETRY, failureCode, idempotentMethod, neverSent, retryableStatus, transientNetworkError } from '../../lib/client/retry.js'
import { makeError } from '../../lib/client/make-error.js'
import { GhlNetworkError, GhlTimeoutError } from '../../lib/errors.js'

t.test('full jitter: uniform in [0, min(cap, base·2^n))', async (t) => {
  const s = { attempts: 5, baseMs: 200, capMs: 5000 }
  t.equal(backoffDelay(0, s, () => 0), 0)
  t.equal(backoffDelay(0, s, () => 0.999999), 199)
  t.equal(backoffDelay(1, s, () => 0.5), 200)
  t.equal(backoffDelay(3, s, () => 0.5), 800)
  t.equal(backoffDelay(10, s, () => 0.999999), 4999, 'capped')
  t.equal(backoffDelay(60, s, () => 0.5), 2500, 'no overflow far out')
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < 2000; i++) {
    const d = backoffDelay(2, DEFAULT_RETRY, Math.random)
    min = Math.min(min, d)
    max = Math.max(max, d)
  }
  t.ok(min >= 0 && min < 100, 'spread down to ~0')
  t.ok(max < 800 && max > 700, 'spread up to the ceiling')
})

t.test('retryable statuses and idempotent methods', async (t) => {
  for (const s of [500, 502, 503, 504]) t.ok(retryableStatus(s), `${s}`)
  for (const s of [400, 401, 404, 422, 429, 501, 505]) t.notOk(retryableStatus(s), `${s}`)
  for (const m of ['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) t.ok(idempotentMethod(m), m)
  for (const m of ['POST', 'PATCH']) t.notOk(idempotentMethod(m), m)
})

t.test('never-sent vs maybe-sent network failures', async (t) => {
  const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
  const connectTimeout = Object.assign(new Error('connect timeout'), { code: 'UND_ERR_CONNECT_TIMEOUT' })
  const socket = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })
  const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })
  const headers = Object.assign(new Error('headers timeout'), { code: 'UND_ERR_HEADERS_TIMEOUT' })

  const wrapped = (inner: Error): Error => makeError(GhlNetworkError, ['POST', '/contacts/', inner.message], inner)
  t.ok(neverSent(wrapped(refused)))
  t.ok(neverSent(makeError(GhlTimeoutError, ['POST', '/contacts/', 10], connectTimeout)), 'connect timeout never sent')
  t.notOk(neverSent(wrapped(socket)), 'UND_ERR_SOCKET may have been sent')
  t.notOk(neverSent(wrapped(reset)))
  t.notOk(neverSent(makeError(GhlTimeoutError, ['POST', '/contacts/', 10], headers)))
  t.notOk(neverSent(makeError(GhlTimeoutError, ['POST', '/contacts/', 10])), 'our own deadline: maybe sent')

  t.ok(transientNetworkError(wrapped(socket)))
  t.ok(transientNetworkError(wrapped(reset)))
  t.ok(transientNetworkError(makeError(GhlTimeoutError, ['GET', '/x', 10])))
  t.notOk(transientNetworkError(new Error('plain')))
  t.notOk(transientNetworkError(null))
  t.equal(failureCode(wrapped(refused)), 'ECONNREFUSED')
  t.equal(failureCode(new Error('x')), undefined)
})

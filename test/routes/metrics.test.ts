// GET /metrics: valid Prometheus text exposition, the documented metrics, values that move with calls, refreshes and
// webhooks, and no per-location labels.
import t from 'tap'
import { Registry } from 'prom-client'
import { ADMIN_TOKEN, build, connect, LOCATION, PREFIX } from '../helpers/app.js'
import { routeTemplate } from '../../lib/metrics.js'

interface Sample { name: string, labels: Record<string, string>, value: number }

/** Parses Prometheus text format 0.0.4 strictly enough to fail on a malformed line. */
function parse (text: string): { samples: Sample[], types: Map<string, string> } {
  const samples: Sample[] = []
  const types = new Map<string, string>()
  const name = '[a-zA-Z_:][a-zA-Z0-9_:]*'
  const sampleLine = new RegExp(`^(${name})(?:\\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\.)*",?)*)\\})? (-?[0-9.e+-]+|NaN|[+-]Inf)( -?[0-9]+)?$`)
  for (const line of text.split('\n')) {
    if (line === '') continue
    if (line.startsWith('# HELP ')) continue
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line)
    if (type !== null) { types.set(type[1], type[2]); continue }
    const m = sampleLine.exec(line)
    if (m === null) throw new Error(`not Prometheus text: ${JSON.stringify(line)}`)
    const labels: Record<string, string> = {}
    for (const [, k, v] of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[k] = v
    samples.push({ name: m[1], labels, value: Number(m[3].replace('Inf', 'Infinity')) })
  }
  return { samples, types }
}

function value (samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const hit = samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
  return hit?.value
}

t.test('Prometheus text that moves with calls, refreshes and webhooks', async (t) => {
  const { app, sb, url } = await build(t, { listen: true })
  const scrape = async () => {
    const res = await app.inject(`${PREFIX}/metrics`)
    t.equal(res.statusCode, 200)
    t.match(res.headers['content-type'], /^text\/plain; version=0\.0\.4/)
    return parse(res.body)
  }

  const first = await scrape()
  for (const [metric, type] of [
    ['ghl_requests_total', 'counter'], ['ghl_request_duration_seconds', 'histogram'], ['ghl_token_refreshes_total', 'counter'],
    ['ghl_token_expiry_seconds', 'gauge'], ['ghl_breaker_state', 'gauge'], ['ghl_rate_limit_remaining', 'gauge'],
    ['ghl_webhooks_total', 'counter'], ['ghl_connections', 'gauge']
  ]) t.equal(first.types.get(metric), type, `${metric} is a ${type}`)
  t.equal(value(first.samples, 'ghl_connections', { status: 'active' }), 0)
  t.equal(value(first.samples, 'ghl_token_refreshes_total', { trigger: 'manual', outcome: 'success' }), 0)

  await connect(app, sb)
  const { contact } = await app.ghl.contacts.create({ email: 'metrics@example.com' })
  await app.ghl.contacts.get(contact.id)
  await app.ghl.contacts.get(contact.id)
  await t.rejects(app.ghl.contacts.get('missing-contact'))
  await app.ghl.tokens.forceRefresh()
  await sb.sendWebhook(`${url}${PREFIX}/webhooks`, { type: 'ContactCreate' })

  const after = await scrape()
  const s = after.samples
  t.equal(value(s, 'ghl_requests_total', { method: 'POST', route: '/contacts/', status: '2xx' }), 1)
  t.equal(value(s, 'ghl_requests_total', { method: 'GET', route: '/contacts/:id', status: '2xx' }), 2)
  t.equal(value(s, 'ghl_requests_total', { method: 'GET', route: '/contacts/:id', status: '404' }), 1)
  t.equal(value(s, 'ghl_request_duration_seconds_count', { method: 'GET', route: '/contacts/:id' }), 3)
  t.equal(value(s, 'ghl_token_refreshes_total', { trigger: 'manual', outcome: 'success' }), 1)
  t.equal(value(s, 'ghl_webhooks_total', { type: 'ContactCreate', outcome: 'accepted' }), 1)
  t.equal(value(s, 'ghl_connections', { status: 'active' }), 1)
  const expiry = value(s, 'ghl_token_expiry_seconds') as number
  t.ok(expiry > 86000 && expiry <= 86399, `soonest expiry about a day away (${expiry})`)
  t.ok((value(s, 'ghl_rate_limit_remaining', { window: 'burst' }) as number) < 100)
  t.type(value(s, 'ghl_rate_limit_remaining', { window: 'daily' }), 'number')
  t.equal(value(s, 'ghl_breaker_state', { state: 'open' }), 0)

  for (const sample of s) {
    for (const label of Object.values(sample.labels)) {
      t.notOk(label.includes(LOCATION) || label.includes(contact.id), `no per-location or per-id label (${sample.name})`)
    }
  }
})

t.test('route templates keep labels bounded', async (t) => {
  t.equal(routeTemplate('/contacts/'), '/contacts/')
  t.equal(routeTemplate('/contacts/abc123XYZ?x=1'), '/contacts/:id')
  t.equal(routeTemplate('/contacts/abc/tags'), '/contacts/:id/tags')
  t.equal(routeTemplate('/contacts/search/duplicate'), '/contacts/search/duplicate')
  t.equal(routeTemplate('/locations/loc1/customFields/f1'), '/locations/:id/customFields/:id')
  t.equal(routeTemplate('/whatever-unknown/x'), '/:id/:id')
})

t.test('protect: admin only; a host registry; metrics: false removes the route', async (t) => {
  const registry = new Registry()
  const { app, sb } = await build(t, { options: { metrics: { registry, protect: true } } })
  t.equal((await app.inject(`${PREFIX}/metrics`)).statusCode, 401)
  const res = await app.inject({ url: `${PREFIX}/metrics`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  t.equal(res.statusCode, 200)
  t.match(res.body, /ghl_requests_total/)
  t.ok(registry.getSingleMetric('ghl_requests_total'), 'the metrics live in the host registry')
  t.equal(app.ghl.metrics, registry)

  const off = await build(t, { sandbox: sb, options: { metrics: false } })
  t.equal((await off.app.inject(`${PREFIX}/metrics`)).statusCode, 404)
  t.equal(off.app.ghl.metrics, undefined)

  await app.close()
  t.equal(registry.getSingleMetric('ghl_requests_total'), undefined, 'closing removes them from the host registry')
})

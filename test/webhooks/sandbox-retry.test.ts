// The sandbox delivers webhooks like GHL: only a 429 is retried, after webhookRetryDelayMs (GHL: ~10 minutes), at most
// webhookRetries times (GHL: 6), with the same bytes and signature (so the same timestamp); any other answer is final.
import { createServer } from 'node:http'
import t, { type Test } from 'tap'
import { eventually } from '../helpers/app.js'
import { sandboxFor } from '../helpers/sandbox.js'

interface Seen { body: string, signature: string | undefined }

async function receiver (t: Test, answers: number[], fallback: number): Promise<{ url: string, seen: Seen[] }> {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      seen.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers['x-ghl-signature'] as string | undefined })
      res.statusCode = answers.shift() ?? fallback
      res.end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const address = server.address() as { port: number }
  return { url: `http://127.0.0.1:${address.port}/hook`, seen }
}

t.test('429, 429, 200: three deliveries of the same bytes and signature, then none', async (t) => {
  const sb = await sandboxFor(t, { webhookRetryDelayMs: 100 })
  const { url, seen } = await receiver(t, [429, 429], 200)
  const first = await sb.sendWebhook(url, { type: 'ContactCreate' })
  t.equal(first.status, 429)
  t.equal(first.retryScheduled, true)
  await eventually(() => seen.length === 3 && sb.pendingWebhookRetries() === 0, 5000, 'two retries')
  await new Promise((resolve) => setTimeout(resolve, 300))
  t.equal(seen.length, 3, 'nothing after the 200')
  t.ok(seen.every((s) => s.body === seen[0].body && s.signature === seen[0].signature), 'same body, same signature')
  t.equal(JSON.parse(seen[0].body).timestamp, first.payload.timestamp, 'the original timestamp')
  t.match(sb.webhookDeliveries(), [
    { webhookId: first.payload.webhookId, attempt: 1, status: 429 },
    { attempt: 2, status: 429 },
    { attempt: 3, status: 200 }
  ])
})

t.test('only 429 is retried, 6 times at most', async (t) => {
  const sb = await sandboxFor(t, { webhookRetryDelayMs: 20 })
  const final = await receiver(t, [], 500)
  const res = await sb.sendWebhook(final.url, { type: 'ContactCreate' })
  t.equal(res.status, 500)
  t.equal(res.retryScheduled, false)
  const always = await receiver(t, [], 429)
  await sb.sendWebhook(always.url, { type: 'ContactCreate' })
  await eventually(() => always.seen.length === 7 && sb.pendingWebhookRetries() === 0, 5000, 'six retries')
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.equal(always.seen.length, 7, 'the first delivery and 6 retries')
  t.equal(final.seen.length, 1)
  await t.rejects(sandboxFor(t, { webhookRetries: 1.5 }), /webhookRetries must be a non-negative integer/)
})

t.test('closing the sandbox cancels scheduled retries', async (t) => {
  const sb = await sandboxFor(t, { webhookRetryDelayMs: 200 })
  const { url, seen } = await receiver(t, [], 429)
  await sb.sendWebhook(url, { type: 'ContactCreate' })
  t.equal(sb.pendingWebhookRetries(), 1)
  await sb.close()
  t.equal(sb.pendingWebhookRetries(), 0)
  await new Promise((resolve) => setTimeout(resolve, 400))
  t.equal(seen.length, 1)
})

// POST /webhooks: GHL's signed webhooks. Verified over the raw bytes (fail closed), ignored when meant for another app,
// rejected when stale, stored by webhookId before anything happens (a replay answers 200 { duplicate: true } and
// emits nothing), then processed: UNINSTALL revokes the connection fleet-wide, INSTALL of a location under an agency
// connection obtains its location token (after the answer: it is a call to GHL), any other type is emitted as `webhook`.
//
// GHL retries only after a 429 and treats every other answer as final, so once a webhook is verified and stored the
// answer is 200 even when processing it fails (the stored row keeps the error for operators); a webhook that cannot
// be stored is answered 429 so GHL delivers it again.
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { GhlWebhookSignatureError, GhlWebhookStaleError, GhlWebhookStoreError } from '../lib/errors.js'
import type { WebhookOutcome } from '../lib/metrics.js'
import { parseWebhookBody, str, webhookIdentity } from '../lib/webhooks/parse.js'
import { errorResponses, useErrorHandler, type RouteOptions } from './context.js'
/** Retry-After of a 429 when the store is down (GHL waits ~10 min between retries anyway). */
const STORE_RETRY_AFTER_S = 600

const SIGNATURE_MESSAGES = {
  no_key: 'no webhook public key is configured (options.webhookPublicKey / GHL_WEBHOOK_PUBLIC_KEY), so no webhook is accepted',
  no_signature: 'no x-ghl-signature header',
  bad_signature: 'the signature does not match the body'
} as const

function errorText (err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 500)
}

const webhooks: FastifyPluginAsync<RouteOptions> = async (fastify, { ctx }) => {
  useErrorHandler(fastify, ctx)
  const { settings, store, verifier, log } = ctx
  const bodyLimit = settings.webhookBodyLimit
  const count = (type: unknown, outcome: WebhookOutcome): void => { ctx.metrics?.webhook(type, outcome) }

  // The signature covers the exact bytes: keep them (this parser only applies inside this plugin).
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => { done(null, body) })

  fastify.post('/webhooks', {
    bodyLimit,
    schema: {
      response: {
        200: {
          type: 'object',
          properties: { ok: { type: 'boolean' }, duplicate: { type: 'boolean' }, ignored: { type: 'boolean' } },
          required: ['ok'],
          additionalProperties: false
        },
        ...errorResponses
      }
    }
  }, async (request) => {
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
    let body: Record<string, unknown>
    let webhookId: string
    let timestamp: number
    const verified = verifier.verify(raw, request.headers)
    if (!verified.ok) {
      count('other', 'unauthorized')
      log.warn({ reason: verified.reason }, 'GHL webhook rejected: signature')
      throw new GhlWebhookSignatureError(SIGNATURE_MESSAGES[verified.reason])
    }

    let type = 'other'
    try {
      const parsed = parseWebhookBody(raw)
      type = parsed.type
      body = parsed.payload
      if (body.appId !== undefined && body.appId !== settings.appId) {
        count(type, 'ignored')
        log.debug({ type }, 'GHL webhook for another app ignored')
        return { ok: true, ignored: true }
      }
      ;({ webhookId, timestamp } = webhookIdentity(raw, body))
    } catch (err) {
      count(type, 'malformed')
      throw err
    }
    const now = ctx.now()
    const fresh = Math.abs(now - timestamp) <= settings.webhookToleranceMs

    let first: boolean
    try {
      first = await store.recordWebhook({ webhookId, type, payload: body, receivedAt: new Date(now) })
    } catch (err) {
      count(type, 'failed')
      log.error({ type, webhookId, err: errorText(err) }, 'GHL webhook could not be stored; answering 429 so GHL delivers it again')
      throw Object.assign(new GhlWebhookStoreError({ cause: err }), { retryAfterSeconds: STORE_RETRY_AFTER_S })
    }
    // A known id is a replay or a GHL retry (after a 429): acknowledged, never processed twice, whatever its age.
    if (!first) {
      count(type, 'duplicate')
      return { ok: true, duplicate: true }
    }
    if (!fresh) {
      count(type, 'stale')
      await store.markWebhookProcessed(webhookId, 'rejected: timestamp outside the tolerance').catch(() => {})
      log.warn({ type, webhookId, timestamp: body.timestamp }, 'GHL webhook rejected: stale timestamp')
      throw new GhlWebhookStaleError(String(body.timestamp), Math.round(settings.webhookToleranceMs / 1000))
    }

    const finish = async (failure: string | null): Promise<void> => {
      if (failure !== null) log.error({ type, webhookId, err: failure }, 'GHL webhook processing failed; the stored event keeps the error')
      await store.markWebhookProcessed(webhookId, failure).catch((err: unknown) => {
        log.warn({ webhookId, err: errorText(err) }, 'GHL webhook could not be marked processed')
      })
      count(type, failure === null ? 'accepted' : 'failed')
    }

    // A location installed under an agency needs a call to GHL for its token: answer first, then get it.
    const locationId = str(body.locationId)
    if (type === 'INSTALL' && locationId !== undefined && body.installType !== 'Company') {
      ctx.background(async () => {
        let failure: string | null = null
        try {
          if (await ctx.installLocation(locationId, str(body.companyId))) log.info({ connection: locationId }, 'GHL location installed: connection stored')
        } catch (err) {
          failure = `could not obtain the location token through the agency connection: ${errorText(err)}`
        }
        try {
          await ctx.processWebhook(type, webhookId, body)
        } catch (err) {
          failure ??= errorText(err)
        }
        await finish(failure)
      })
      return { ok: true }
    }

    let failure: string | null = null
    try {
      await ctx.processWebhook(type, webhookId, body)
    } catch (err) {
      failure = errorText(err)
    }
    await finish(failure)
    return { ok: true }
  })
}

export default fp(webhooks, { fastify: '5.x', name: 'fastify-ghl-webhooks', dependencies: ['fastify-ghl'], encapsulate: true })

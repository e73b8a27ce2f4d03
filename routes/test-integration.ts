// GET /test-integration (admin by default: routes.testIntegration.admin, applied in routes/index.ts): the seed's integration checks, run live against GHL for one connection —
// token refresh, API connection, contact retrieval, contact creation (tagged, then deleted), signup sync.
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { errorResponses, useErrorHandler, type RouteOptions } from './context.js'

// A check passes only when GHL answered it: one that could not reach GHL (or had nothing to read) fails, never passes
// silently. `?write=false` (doctor --no-write) skips the checks that write to the CRM; they are listed under `skipped`.
// With writes, the contact the creation check makes is read back by the retrieval check, then deleted.

/** Contacts the checks create carry this tag, so they are recognisable in GHL. */
export const TEST_CONTACT_TAG = 'fastify-ghl-test'
/** The signup-sync check upserts this contact (the same one every run). */
export const TEST_SIGNUP_EMAIL = 'fastify-ghl.integration-test@example.com'

/** The checks that write to the CRM (skipped with write=false / doctor --no-write). */
export const WRITING_CHECKS = ['contact_creation', 'signup_sync'] as const

export interface CheckResult {
  name: string
  ok: boolean
  durationMs: number
  error?: string
  detail?: string
}

const checkSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    ok: { type: 'boolean' },
    durationMs: { type: 'number' },
    error: { type: 'string' },
    detail: { type: 'string' }
  },
  required: ['name', 'ok', 'durationMs'],
  additionalProperties: false
} as const

function message (err: unknown): string {
  const e = err as { code?: unknown, message?: unknown }
  const text = typeof e?.message === 'string' ? e.message : String(err)
  return typeof e?.code === 'string' && !text.startsWith(e.code) ? `${e.code}: ${text}` : text
}

const testIntegration: FastifyPluginAsync<RouteOptions> = async (fastify, { ctx }) => {
  useErrorHandler(fastify, ctx)
  const { settings, client } = ctx

  fastify.get<{ Querystring: { locationId?: string, write?: boolean } }>('/test-integration', {
    // An admin route: a credential pasted into its query string (`?token=…`) must not reach the request log.
    logSerializers: {
      req: (req: { method?: string, url?: string }) => ({ method: req.method, url: typeof req.url === 'string' ? req.url.split('?', 1)[0] : req.url })
    },
    schema: {
      querystring: {
        type: 'object',
        properties: {
          locationId: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]+$' },
          write: { type: 'boolean', default: true }
        },
        additionalProperties: false
      },
      response: {
        200: {
          type: 'object',
          properties: {
            ok: { type: 'boolean' },
            location_id: { type: ['string', 'null'] },
            tests: { type: 'array', items: checkSchema },
            skipped: { type: 'array', items: { type: 'string' } }
          },
          required: ['ok', 'location_id', 'tests', 'skipped'],
          additionalProperties: false
        },
        ...errorResponses
      }
    }
  }, async (request, reply) => {
    void reply.header('cache-control', 'no-store')
    const connection = request.query.locationId ?? settings.locationId
    const tests: CheckResult[] = []
    async function check (name: string, run: () => Promise<string | undefined>): Promise<void> {
      const started = performance.now()
      try {
        const detail = await run()
        tests.push({ name, ok: true, durationMs: Math.round(performance.now() - started), ...(detail === undefined ? {} : { detail }) })
      } catch (err) {
        tests.push({ name, ok: false, durationMs: Math.round(performance.now() - started), error: message(err) })
      }
    }

    const write = request.query.write !== false
    const skipped: string[] = write ? [] : [...WRITING_CHECKS]
    if (connection === undefined) {
      tests.push({ name: 'configuration', ok: false, durationMs: 0, error: 'no locationId given and no default (options.locationId / GHL_LOCATION_ID)' })
      return { ok: false, location_id: null, tests, skipped }
    }
    const api = client.forLocation(connection)
    const notRun = (why: string): Error => new Error(`not run against GHL: ${why}`)

    await check('token_refresh', async () => {
      const view = await client.tokens.forceRefresh(connection)
      return `token valid until ${view.expiresAt?.toISOString() ?? 'unknown'}`
    })
    let reached = false
    let firstContactId: string | undefined
    await check('api_connection', async () => {
      const found = await api.contacts.search({ pageLimit: 1 })
      reached = true
      firstContactId = found.contacts?.[0]?.id
      return `GHL answered the contact search (${found.total ?? found.contacts?.length ?? 0} contacts)`
    })
    let createdId: string | undefined
    if (write) {
      await check('contact_creation', async () => {
        const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`
        const created = await api.contacts.create({
          firstName: 'fastify-ghl',
          lastName: 'Integration Test',
          email: `fastify-ghl.test+${stamp}@example.com`,
          tags: [TEST_CONTACT_TAG],
          source: 'fastify-ghl test-integration'
        })
        const id = created.contact?.id
        if (typeof id !== 'string') throw new Error('GHL answered without contact.id')
        createdId = id
        return `created contact ${id} (deleted after the retrieval check)`
      })
    }
    await check('contact_retrieval', async () => {
      const id = firstContactId ?? createdId
      if (id === undefined) {
        throw notRun(reached ? 'the location has no contacts to read (run with writes to create one)' : 'the API connection check failed')
      }
      const got = await api.contacts.get(id)
      return `read contact ${got.contact?.id ?? id}`
    })
    if (createdId !== undefined) {
      const id = createdId
      // Do not leave a contact behind on every run; a failed delete leaves one that is tagged as a test.
      await api.contacts.delete(id).catch((err: unknown) => {
        ctx.log.warn({ contactId: id, err: message(err) }, `GHL test contact could not be deleted; it is tagged ${TEST_CONTACT_TAG}`)
      })
    }
    if (write) {
      await check('signup_sync', async () => {
        const synced = await api.syncSignup({ email: TEST_SIGNUP_EMAIL, name: 'fastify-ghl Integration Test', tags: [TEST_CONTACT_TAG] }, 'integration_test')
        const tags = synced.contact?.tags ?? []
        for (const tag of [TEST_CONTACT_TAG, 'integration_test']) {
          if (!tags.includes(tag)) throw new Error(`the synced contact lacks the tag ${tag}`)
        }
        return `${synced.new === true ? 'created' : 'updated'} contact ${synced.contact?.id ?? '?'}`
      })
    }
    return { ok: tests.every((t) => t.ok), location_id: connection, tests, skipped }
  })
}

export default fp(testIntegration, { fastify: '5.x', name: 'fastify-ghl-test-integration', dependencies: ['fastify-ghl'], encapsulate: true })

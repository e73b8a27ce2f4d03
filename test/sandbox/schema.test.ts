// Conformance: the sandbox's answers validate against the response schemas of HighLevel's official OpenAPI specs
// (copied into sandbox/spec/ so the package is self-contained), looked up by operation and status code.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import formatsPlugin from 'ajv-formats'
import t, { type Test } from 'tap'
import { call, consent, refresh, sandboxFor, tokenCall } from '../helpers/sandbox.js'

const SPEC_DIR = new URL('../../sandbox/spec/', import.meta.url)
const SHARED_DIR = new URL('../../../shared/ghl-api/', import.meta.url)
const FILES = ['apps/oauth.json', 'apps/contacts.json', 'common/common-schemas.json']
const BASE = 'https://ghl.spec.local/'

// ajv-formats is CommonJS with `exports.default`: under NodeNext its default import is the module object.
const addFormats = ((formatsPlugin as unknown as { default?: unknown }).default ?? formatsPlugin) as unknown as (ajv: Ajv) => Ajv

type Json = Record<string, any>

const specs: Record<string, Json> = {}
for (const f of FILES) specs[f] = JSON.parse(readFileSync(new URL(f, SPEC_DIR), 'utf8'))

// Each spec is registered under an absolute id that keeps its relative place, so
// `../common/common-schemas.json#/components/schemas/…` resolves as it does next to the files.
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
for (const f of FILES) ajv.addSchema({ ...specs[f], $id: BASE + f })

const compiled = new Map<string, ValidateFunction>()
function validator (ref: string): ValidateFunction {
  let v = compiled.get(ref)
  if (v === undefined) compiled.set(ref, (v = ajv.compile({ $ref: ref })))
  return v
}

/** The response schema the spec gives for this operation and status, as an absolute $ref. */
function responseRef (file: string, path: string, method: string, status: number): string {
  const op = specs[file].paths[path]?.[method]
  if (op === undefined) throw new Error(`${file} has no ${method.toUpperCase()} ${path}`)
  const schema = op.responses[String(status)]?.content?.['application/json']?.schema
  if (schema?.$ref === undefined) throw new Error(`${file} ${method.toUpperCase()} ${path} has no schema for ${status}`)
  return new URL(schema.$ref, BASE + file).href
}

function componentRef (file: string, name: string): string {
  if (specs[file].components.schemas[name] === undefined) throw new Error(`${file} has no schema ${name}`)
  return `${BASE}${file}#/components/schemas/${name}`
}

function conforms (t: Test, what: string, ref: string, body: unknown): void {
  const validate = validator(ref)
  const ok = validate(body)
  t.ok(ok, `${what} conforms to ${ref.slice(BASE.length)}`, ok ? {} : { errors: validate.errors, body })
}

/** Checks that an answer has the status the spec documents and validates against that status's schema. */
function conformsTo (t: Test, file: string, path: string, method: string, res: { status: number, body: unknown }, status: number): void {
  t.equal(res.status, status, `${method.toUpperCase()} ${path} answers ${status}`)
  conforms(t, `${method.toUpperCase()} ${path} ${status}`, responseRef(file, path, method, status), res.body)
}

t.test('sandbox/spec is the official spec (when the shared copy is around)', async (t) => {
  for (const f of FILES) {
    const shared = new URL(f, SHARED_DIR)
    if (existsSync(fileURLToPath(shared))) t.equal(readFileSync(new URL(f, SPEC_DIR), 'utf8'), readFileSync(shared, 'utf8'), `${f} unchanged`)
    else t.pass(`${f}: no shared copy next to the project; using sandbox/spec`)
  }
})

t.test('the validators are not vacuous (refs across files resolve)', async (t) => {
  t.notOk(validator(responseRef('apps/oauth.json', '/oauth/token', 'post', 200))({ access_token: 'x' }), 'userId is required')
  t.notOk(validator(responseRef('apps/contacts.json', '/contacts/', 'post', 201))({ contact: { tags: 'x' } }), 'tags must be an array')
  t.notOk(validator(responseRef('apps/contacts.json', '/contacts/{contactId}', 'get', 200))({ contact: { customFields: [{ id: 1 }] } }), 'nested $ref checked')
  t.notOk(validator(responseRef('apps/contacts.json', '/contacts/', 'post', 422))({ statusCode: 422, message: 'not an array' }), 'common-schemas.json resolved')
})

t.test('OAuth answers conform to oauth.json', async (t) => {
  const sb = await sandboxFor(t)
  const redirect = 'http://127.0.0.1:9/cb'
  const { code } = await consent(sb, redirect)
  const exchanged = await tokenCall(sb, { grant_type: 'authorization_code', code, redirect_uri: redirect, user_type: 'Location' })
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', exchanged, 200)
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', await refresh(sb, exchanged.body.refresh_token), 200)
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', await refresh(sb, exchanged.body.refresh_token), 400)
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', await tokenCall(sb, { grant_type: 'refresh_token', refresh_token: 'x', client_secret: 'bad' }), 401)
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', await tokenCall(sb, { grant_type: 'nope' }), 422)

  const company = await tokenCall(sb, { grant_type: 'authorization_code', code: (await consent(sb, redirect, { install: 'company', scope: 'contacts.readonly oauth.readonly oauth.write' })).code, redirect_uri: redirect, user_type: 'Company' })
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', company, 200)
  const loc = await call(sb, 'POST', '/oauth/locationToken', company.body.access_token, { form: { companyId: company.body.companyId, locationId: 'loc_sandbox_1' } })
  conformsTo(t, 'apps/oauth.json', '/oauth/locationToken', 'post', loc, 200)
  conformsTo(t, 'apps/oauth.json', '/oauth/locationToken', 'post', await call(sb, 'POST', '/oauth/locationToken', 'bad', { form: { companyId: 'c', locationId: 'l' } }), 401)
  conformsTo(t, 'apps/oauth.json', '/oauth/locationToken', 'post', await call(sb, 'POST', '/oauth/locationToken', company.body.access_token, { form: { companyId: 'c' } }), 422)
  const installed = await call(sb, 'GET', `/oauth/installedLocations?companyId=${String(company.body.companyId)}&appId=${sb.appId}`, company.body.access_token)
  conformsTo(t, 'apps/oauth.json', '/oauth/installedLocations', 'get', installed, 200)
  t.ok(installed.body.locations.length > 0)
})

t.test('contacts answers conform to contacts.json', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const C = 'apps/contacts.json'
  const plan = sb.seeds('loc_sandbox_1').customFields[0].id
  const body = {
    locationId: 'loc_sandbox_1',
    firstName: 'Rosan',
    lastName: 'Deo',
    email: 'rosan@deos.com',
    phone: '+1 888-888-8888',
    address1: '3535 1st St N',
    city: 'Dolomite',
    state: 'AL',
    postalCode: '35061',
    website: 'https://www.tesla.com',
    timezone: 'America/Chihuahua',
    dnd: true,
    dndSettings: { Call: { status: 'active', message: 'x', code: 'y' }, Email: { status: 'inactive' } },
    inboundDndSettings: { all: { status: 'active' } },
    tags: ['nisi sint commodo amet', 'consequat'],
    customFields: [{ id: plan, field_value: 'My Text' }, { key: 'signup_source', field_value: 'Other' }],
    source: 'public api',
    dateOfBirth: '1990-09-25',
    country: 'US',
    companyName: 'DGS VolMAX',
    assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
    gender: 'male'
  }
  const created = await call(sb, 'POST', '/contacts/', tok, { body })
  conformsTo(t, C, '/contacts/', 'post', created, 201)
  const id = created.body.contact.id as string
  conformsTo(t, C, '/contacts/{contactId}', 'get', await call(sb, 'GET', `/contacts/${id}`, tok), 200)
  conformsTo(t, C, '/contacts/{contactId}', 'put', await call(sb, 'PUT', `/contacts/${id}`, tok, { body: { lastName: 'Doe', tags: ['x'] } }), 200)
  const upsertNew = await call(sb, 'POST', '/contacts/upsert', tok, { body: { locationId: 'loc_sandbox_1', email: 'new@deos.com', firstName: 'New' } })
  conformsTo(t, C, '/contacts/upsert', 'post', upsertNew, 200)
  t.equal(upsertNew.body.new, true)
  const upsertOld = await call(sb, 'POST', '/contacts/upsert', tok, { body: { locationId: 'loc_sandbox_1', email: 'ROSAN@deos.com', tags: ['y'] } })
  conformsTo(t, C, '/contacts/upsert', 'post', upsertOld, 200)
  t.equal(upsertOld.body.new, false)
  conformsTo(t, C, '/contacts/{contactId}/tags', 'post', await call(sb, 'POST', `/contacts/${id}/tags`, tok, { body: { tags: ['z'] } }), 201)
  conformsTo(t, C, '/contacts/{contactId}/tags', 'delete', await call(sb, 'DELETE', `/contacts/${id}/tags`, tok, { body: { tags: ['z'] } }), 200)

  // POST /contacts/search documents no response schema: its items are the list's ContactsSearchSchema
  const search = await call(sb, 'POST', '/contacts/search', tok, { body: { locationId: 'loc_sandbox_1', pageLimit: 10 } })
  t.equal(search.status, 200)
  conforms(t, 'POST /contacts/search 200', componentRef(C, 'ContactsSearchSuccessfulResponseDto'), search.body)
  t.equal(search.body.contacts.length, 2)
  t.equal(search.body.total, 2)

  conformsTo(t, C, '/contacts/{contactId}', 'delete', await call(sb, 'DELETE', `/contacts/${id}`, tok), 200)

  // error answers
  conformsTo(t, C, '/contacts/', 'post', await call(sb, 'POST', '/contacts/', 'bad', { body }), 401)
  conformsTo(t, C, '/contacts/', 'post', await call(sb, 'POST', '/contacts/', tok, { body: { email: 'x' } }), 422)
  conformsTo(t, C, '/contacts/', 'post', await call(sb, 'POST', '/contacts/', tok, { body, version: false }), 400)
  sb.setLocation('loc_sandbox_1', { allowDuplicates: false })
  const dup = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: 'loc_sandbox_1', email: 'new@deos.com' } })
  conformsTo(t, C, '/contacts/', 'post', dup, 400)
  t.ok(typeof dup.body.meta.contactId === 'string')
  conformsTo(t, C, '/contacts/{contactId}', 'put', await call(sb, 'PUT', `/contacts/${id}`, tok, { body: { foo: 1 } }), 422)
})

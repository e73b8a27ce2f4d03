// The generated types reject wrong bodies at compile time: small files importing lib/resources/generated/ are compiled
// by the repo's TypeScript under the repo's strict options; a wrong field name or type fails, a right body compiles.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { ROOT, run, tempDir, type Run } from './helpers.js'

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc')
const OPPORTUNITIES = join(ROOT, 'lib/resources/generated/opportunities.js')
const CONTACTS = join(ROOT, 'lib/resources/generated/contacts.js')
const CALENDARS = join(ROOT, 'lib/resources/generated/calendars.js')

const PRELUDE = `import type { operations } from ${JSON.stringify(OPPORTUNITIES)}
import type { operations as contacts } from ${JSON.stringify(CONTACTS)}
import type { operations as calendars } from ${JSON.stringify(CALENDARS)}
type Json<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never
type CreateOpportunity = Json<operations['create-opportunity']>
type UpsertOpportunity = Json<operations['Upsert-opportunity']>
type CreateContact = Json<contacts['create-contact']>
type CreateNotifications = Json<calendars['create-event-notification']>
`

/** Compiles `source` (after PRELUDE) with the repo's compiler options; `tsc`'s exit code and output. */
async function compile (t: Test, source: string): Promise<Run & { errors: string[] }> {
  const dir = await tempDir(t, 'ghl-tsc-')
  await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
  await writeFile(join(dir, 'body.ts'), PRELUDE + source)
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({
    extends: join(ROOT, 'tsconfig.json'),
    compilerOptions: { noEmit: true, rootDir: '/', types: [] },
    include: [],
    files: ['body.ts']
  }))
  const r = await run(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'])
  return { ...r, errors: r.stdout.split('\n').filter((l) => l.includes('error TS')) }
}

const WRONG = `
export const misnamed: CreateOpportunity = { pipelineId: 'p', locationId: 'l', name: 'n', status: 'open', contactId: 'c', monetaryvalue: 220 }
export const mistyped: CreateOpportunity = { pipelineId: 'p', locationId: 'l', name: 'n', status: 'open', contactId: 'c', monetaryValue: '220' }
export const missing: CreateOpportunity = { pipelineId: 'p', locationId: 'l', name: 'n', status: 'open' }
export const badStatus: CreateOpportunity = { pipelineId: 'p', locationId: 'l', name: 'n', status: 'closed', contactId: 'c' }
`

t.test('a create-opportunity body with a wrong field name or type does not compile', async (t) => {
  const r = await compile(t, WRONG)
  t.equal(r.code, 2, 'tsc fails')
  t.equal(r.errors.length, 4, r.stdout)
  const lines = (PRELUDE + WRONG).split('\n')
  const errorAt = (name: string): string => {
    const n = lines.findIndex((l) => l.startsWith(`export const ${name}:`)) + 1
    return r.errors.find((e) => e.includes(`body.ts(${n},`)) ?? `no error on line ${n} (${name})`
  }
  t.match(errorAt('misnamed'), /error TS2561: Object literal may only specify known properties, but 'monetaryvalue' does not exist in type .*Did you mean to write 'monetaryValue'\?/)
  t.match(errorAt('mistyped'), /error TS2322: Type 'string' is not assignable to type 'number'/)
  t.match(errorAt('missing'), /error TS2741: Property 'contactId' is missing/)
  t.match(errorAt('badStatus'), /error TS2322: Type '"closed"' is not assignable to type '"open" \| "won" \| "lost" \| "abandoned" \| "all"'/)
})

t.test('right bodies compile, including what only the overrides allow', async (t) => {
  const r = await compile(t, `
export const create: CreateOpportunity = {
  pipelineId: 'p', locationId: 'l', name: 'n', status: 'open', contactId: 'c', monetaryValue: 220,
  customFields: [{ id: 'f1', field_value: 'x' }, { key: 'budget', field_value: 1200 }]
}
// the spec requires the follower fields and types monetaryValue as an object
export const upsert: UpsertOpportunity = { pipelineId: 'p', locationId: 'l', monetaryValue: 220 }
// the spec types dateOfBirth as an object
export const contact: CreateContact = { locationId: 'l', email: 'a@b.co', dateOfBirth: '1990-09-25' }
// a property with a default (isActive, …) is optional to send
export const notifications: CreateNotifications = [{ receiverType: 'contact', channel: 'email', notificationType: 'booked' }]
`)
  t.equal(r.code, 0, r.stdout + r.stderr)
  t.strictSame(r.errors, [])
})

const RESOURCES = join(ROOT, 'lib/resources/index.js')

t.test('through the resource API: a wrong field in opportunities.create or a contact note does not compile', async (t) => {
  const body = `
import type { Resources } from ${JSON.stringify(RESOURCES)}
declare const ghl: Resources
export const right = ghl.opportunities.create({ pipelineId: 'p', name: 'n', status: 'open', contactId: 'c', monetaryValue: 5 })
export const wrong = ghl.opportunities.create({ wrong: 1 })
export const note = ghl.contacts.notes.create('c1', { bdy: 'x' })
export const upsert = ghl.opportunities.upsert({ pipelineId: 'p', contactId: 'c' })
`
  const r = await compile(t, body)
  t.equal(r.code, 2, 'tsc fails')
  t.equal(r.errors.length, 2, r.stdout)
  const lines = (PRELUDE + body).split('\n')
  const lineOf = (name: string): number => lines.findIndex((l) => l.startsWith(`export const ${name} =`)) + 1
  t.match(r.errors.find((e) => e.includes(`body.ts(${lineOf('wrong')},`)), /error TS2353: Object literal may only specify known properties, and 'wrong' does not exist in type/)
  t.match(r.errors.find((e) => e.includes(`body.ts(${lineOf('note')},`)), /error TS2561: .*'bdy' does not exist.*Did you mean to write 'body'\?/)
})

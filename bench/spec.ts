// The client's requests checked against HighLevel's OpenAPI specs by Prism, run as a validating proxy in front of
// the sandbox: `npm run test:spec` (tsx bench/spec.ts [--raw] [--strict-responses]).
//
//   client ──▶ dispatcher (by first path segment) ──▶ prism proxy <spec> <sandbox> --errors (one per spec) ──▶ sandbox
//
// Prism answers a request that breaks its spec itself (422, or 404 for a path the spec lacks) instead of forwarding
// it; with --errors it also turns an answer that breaks the spec into a 500. The scenario runs every resource method
// the resource tests run (test/resources/*.test.ts), custom fields by key and syncSignup with a workflow, an
// opportunity and a note. Exit 1 when Prism rejected any request (or, with --strict-responses, any answer).
// By default Prism reads the specs with lib/resources/spec-overrides.ts applied (the documented spec bugs, e.g.
// numeric custom field values typed as objects); --raw gives it the specs as published.
// Not part of `npm test`: seven Prism processes take 15-40 s to start on a 2-core machine. Works offline.
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import { createServer as netServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { GhlEventEmitter } from '../lib/events.js'
import { createGhlApi, type GhlApi } from '../lib/ghl-api.js'
import { applySpecOverrides, type JsonSchema } from '../lib/resources/spec-overrides.js'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SandboxTokenProvider } from '../test/helpers/token-provider.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const SPEC_DIR = join(ROOT, 'sandbox/spec')
const PRISM = join(ROOT, 'node_modules/.bin/prism')
/** First path segment → spec file (sandbox/spec/apps/<name>.json). */
const SPECS: Record<string, string> = {
  contacts: 'contacts',
  opportunities: 'opportunities',
  locations: 'locations',
  users: 'users',
  workflows: 'workflows',
  campaigns: 'campaigns',
  calendars: 'calendars'
}
const START_TIMEOUT_MS = 120_000

const raw = process.argv.includes('--raw')
const strictResponses = process.argv.includes('--strict-responses')

interface Seen { method: string, path: string, status: number, problem?: string, violations?: string }

async function freePort (): Promise<number> {
  return await new Promise((resolve, reject) => {
    const s = netServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => { resolve(port) })
    }).once('error', reject)
  })
}

/** The specs as Prism reads them: copies, with the overrides applied unless --raw. */
function specCopies (): string {
  const dir = mkdtempSync(join(tmpdir(), 'ghl-spec-'))
  cpSync(SPEC_DIR, dir, { recursive: true })
  if (!raw) {
    for (const name of new Set(Object.values(SPECS))) {
      const file = join(dir, 'apps', `${name}.json`)
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { components?: { schemas?: Record<string, JsonSchema> } }
      if (doc.components?.schemas !== undefined) doc.components.schemas = applySpecOverrides(name, doc.components.schemas)
      writeFileSync(file, JSON.stringify(doc))
    }
  }
  return dir
}

async function startPrism (spec: string, upstream: string, port: number): Promise<ChildProcess> {
  const child = spawn(PRISM, ['proxy', spec, upstream, '--errors', '-h', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => { reject(new Error(`prism ${spec} did not start in ${START_TIMEOUT_MS} ms:\n${out}`)) }, START_TIMEOUT_MS)
    const onData = (c: Buffer): void => {
      out += c.toString()
      if (out.includes('Prism is listening')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`prism ${spec} exited (${code}):\n${out}`))
    })
  })
  child.stdout?.resume()
  child.stderr?.resume()
  return child
}

/** Forwards each request to the Prism of its spec and records what Prism said about it. */
function dispatcher (ports: Record<string, number>, seen: Seen[]): Server {
  return createServer((req, res) => {
    const url = req.url ?? '/'
    const segment = url.split('?', 1)[0].split('/')[1] ?? ''
    const port = ports[segment]
    if (port === undefined) {
      seen.push({ method: req.method ?? '', path: url, status: 404, problem: 'no spec for this path' })
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ statusCode: 404, message: 'no spec' }))
      return
    }
    const up = httpRequest({ host: '127.0.0.1', port, method: req.method, path: url, headers: req.headers }, (answer) => {
      const chunks: Buffer[] = []
      answer.on('data', (c: Buffer) => chunks.push(c))
      answer.on('end', () => {
        const body = Buffer.concat(chunks)
        const entry: Seen = { method: req.method ?? '', path: url, status: answer.statusCode ?? 0 }
        if (String(answer.headers['content-type'] ?? '').includes('problem+json')) entry.problem = body.toString()
        const v = answer.headers['sl-violations']
        if (typeof v === 'string') entry.violations = v
        seen.push(entry)
        res.writeHead(answer.statusCode ?? 502, answer.headers).end(body)
      })
    })
    up.on('error', (err) => { res.writeHead(502).end(String(err)) })
    req.pipe(up)
  })
}

/** Every resource method of the resource tests, with the sandbox's seeds; failures are collected, not thrown. */
async function scenario (client: GhlApi, sb: Sandbox, location: string, failures: string[]): Promise<void> {
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run()
    } catch (err) {
      failures.push(`${name}: ${(err as Error).message}`)
      return undefined
    }
  }
  const seeds = sb.seeds(location)
  const [sales, onboarding] = seeds.pipelines
  const { companyId } = sb.setLocation(location, {})

  // contacts and what hangs off them
  const c = (await step('contacts.create', async () => await client.contacts.create({ email: 'spec@example.com', name: 'Spec Person', customFields: { plan: 'pro' } })))?.contact
  const contactId = c?.id ?? 'missing'
  await step('contacts.get', async () => await client.contacts.get(contactId))
  await step('contacts.update', async () => await client.contacts.update(contactId, { firstName: 'Spec', customFields: { 'contact.seats': 3 } }))
  await step('contacts.upsert', async () => await client.contacts.upsert({ email: 'spec@example.com', customFields: [{ key: 'plan', field_value: 'team' }] }))
  await step('contacts.search', async () => await client.contacts.search({ query: 'spec' }))
  await step('contacts.addTags', async () => await client.contacts.addTags(contactId, ['a', 'b']))
  await step('contacts.removeTags', async () => await client.contacts.removeTags(contactId, ['b']))
  const note = (await step('notes.create', async () => await client.contacts.notes.create(contactId, { body: 'hello', title: 'Hi' })))?.note
  await step('notes.list', async () => await client.contacts.notes.list(contactId))
  await step('notes.update', async () => await client.contacts.notes.update(contactId, note?.id ?? 'missing', { body: 'hello again' }))
  await step('notes.delete', async () => await client.contacts.notes.delete(contactId, note?.id ?? 'missing'))
  const task = (await step('tasks.create', async () => await client.contacts.tasks.create(contactId, { title: 'Call', dueDate: '2026-12-24T10:00:00.000Z', completed: false })))?.task
  await step('tasks.list', async () => await client.contacts.tasks.list(contactId))
  await step('tasks.update', async () => await client.contacts.tasks.update(contactId, task?.id ?? 'missing', { title: 'Call back' }))
  await step('tasks.complete', async () => await client.contacts.tasks.complete(contactId, task?.id ?? 'missing'))
  await step('tasks.delete', async () => await client.contacts.tasks.delete(contactId, task?.id ?? 'missing'))
  await step('workflows.add', async () => await client.contacts.workflows.add(contactId, seeds.workflows[0].id, { eventStartTime: '2026-12-24T10:00:00+01:00' }))
  await step('workflows.remove', async () => await client.contacts.workflows.remove(contactId, seeds.workflows[0].id))
  await step('campaigns.add', async () => await client.contacts.campaigns.add(contactId, seeds.campaigns[0].id))
  await step('campaigns.remove', async () => await client.contacts.campaigns.remove(contactId, seeds.campaigns[0].id))

  // opportunities
  await step('pipelines.list', async () => await client.opportunities.pipelines.list())
  const opp = (await step('opportunities.create', async () => await client.opportunities.create({ pipelineId: sales.id, name: 'Deal', status: 'open', contactId, monetaryValue: 220 })))?.opportunity
  const oppId = opp?.id ?? 'missing'
  await step('opportunities.get', async () => await client.opportunities.get(oppId))
  await step('opportunities.update', async () => await client.opportunities.update(oppId, { pipelineStageId: sales.stages[1].id, monetaryValue: 300 }))
  await step('opportunities.updateStatus', async () => await client.opportunities.updateStatus(oppId, { status: 'won' }))
  await step('opportunities.search', async () => await client.opportunities.search({ contact_id: contactId, pipeline_id: sales.id }))
  await step('opportunities.upsert', async () => await client.opportunities.upsert({ pipelineId: onboarding.id, contactId, name: 'Onboarding' }))
  await step('opportunities.delete', async () => await client.opportunities.delete(oppId))

  // custom fields and values, directory, calendars
  await step('customFields.list', async () => await client.customFields.list())
  await step('customFields.create', async () => await client.customFields.create({ name: 'Spec Field', dataType: 'TEXT' }))
  await step('customFields.get', async () => await client.customFields.get('spec_field'))
  const values = (await step('customValues.list', async () => await client.customValues.list()))?.customValues ?? []
  await step('customValues.update', async () => await client.customValues.update(values[0]?.id ?? 'missing', { name: 'Company Name', value: 'Spec Co' }))
  await step('users.search', async () => await client.users.search({ companyId, locationId: location, query: seeds.users[0].email }))
  await step('users.get', async () => await client.users.get(seeds.users[0].id))
  await step('workflows.list', async () => await client.workflows.list())
  await step('campaigns.list', async () => await client.campaigns.list())
  const calendarId = seeds.calendars[0].id
  await step('calendars.list', async () => await client.calendars.list())
  const now = sb.now()
  const slots = await step('calendars.freeSlots', async () => await client.calendars.freeSlots(calendarId, { startDate: now, endDate: now + 7 * 86_400_000, timezone: 'UTC' }))
  const free = Object.values(slots ?? {}).flatMap((d) => (d as { slots?: string[] }).slots ?? [])
  const booked = await step('appointments.create', async () => await client.calendars.appointments.create({ calendarId, contactId, startTime: free[0] ?? '2026-12-24T10:00:00Z', title: 'Intro' }))
  await step('appointments.update', async () => await client.calendars.appointments.update(booked?.id ?? 'missing', { startTime: free[1] ?? '2026-12-24T11:00:00Z' }))
  await step('appointments.delete', async () => await client.calendars.appointments.delete(booked?.id ?? 'missing'))

  // signups: by key, with the next steps, twice; a location without duplicates
  const options = { workflowId: seeds.workflows[0].id, opportunity: { pipelineId: sales.id, stageId: sales.stages[0].id, monetaryValue: 49 }, note: 'Signed up' }
  for (const run of ['first', 'second']) {
    await step(`syncSignup (${run})`, async () => await client.syncSignup({ email: 'signup@example.com', name: 'Sign Up', customFields: { plan: 'trial' } }, 'trial', options))
  }
  sb.setLocation(location, { allowDuplicates: false })
  await step('contacts.createOrGet', async () => await client.contacts.createOrGet({ email: 'spec@example.com' }))
  await step('contacts.delete', async () => await client.contacts.delete(contactId))
}

async function main (): Promise<number> {
  const sb = await startSandbox({ port: 0 })
  const dir = specCopies()
  const children: ChildProcess[] = []
  const seen: Seen[] = []
  let server: Server | undefined
  let client: GhlApi | undefined
  try {
    const ports: Record<string, number> = {}
    const started = Date.now()
    await Promise.all(Object.entries(SPECS).map(async ([segment, name]) => {
      const port = await freePort()
      children.push(await startPrism(join(dir, 'apps', `${name}.json`), sb.url, port))
      ports[segment] = port
    }))
    const startMs = Date.now() - started
    server = dispatcher(ports, seen)
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    const tokens = new SandboxTokenProvider(sb)
    const location = tokens.install()
    client = createGhlApi({ tokens, events: new GhlEventEmitter(), apiBaseUrl: base, defaultConnection: location, retry: { attempts: 1 } })
    const failures: string[] = []
    await scenario(client, sb, location, failures)

    const rejected = seen.filter((s) => s.problem !== undefined && !s.problem.includes('prism/errors#VIOLATIONS'))
    const badAnswers = seen.filter((s) => s.problem?.includes('prism/errors#VIOLATIONS') === true)
    const warned = seen.filter((s) => s.violations !== undefined && s.problem === undefined)
    process.stdout.write(`Prism ${raw ? '(specs as published)' : '(specs with lib/resources/spec-overrides.ts)'}: started 7 proxies in ${startMs} ms\n`)
    process.stdout.write(`requests through Prism: ${seen.length}; rejected by Prism: ${rejected.length}; answers breaking the spec: ${badAnswers.length}; with warnings: ${warned.length}\n`)
    for (const s of rejected) process.stdout.write(`REJECTED ${s.method} ${s.path} → ${s.status} ${s.problem ?? ''}\n`)
    for (const s of badAnswers) process.stdout.write(`ANSWER ${s.method} ${s.path} → ${s.status} ${s.problem ?? ''}\n`)
    for (const s of warned) process.stdout.write(`warning ${s.method} ${s.path}: ${s.violations ?? ''}\n`)
    const expectedFailures = failures.filter((f) => !/GHL answered (4|5)\d\d/.test(f))
    for (const f of failures) process.stdout.write(`call failed: ${f}\n`)
    if (seen.length === 0) return 1
    const ok = rejected.length === 0 && expectedFailures.length === 0 && (!strictResponses || badAnswers.length === 0)
    process.stdout.write(ok ? 'OK: every request the client sent passed Prism\n' : 'FAIL\n')
    return ok ? 0 : 1
  } finally {
    await client?.close()
    server?.close()
    for (const child of children) child.kill('SIGTERM')
    await sb.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

process.exitCode = await main()

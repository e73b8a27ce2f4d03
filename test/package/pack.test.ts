// The package as a user gets it: build, `npm pack` (its contents listed), the tarball installed by npm into two empty
// hosts — fastify 5.0.0 and the latest 5.x — without PGlite (an optional peer: Postgres-only hosts never get it).
// In each: `tsc --strict` with skipLibCheck false, `import` and `require` boot it on Postgres and call GHL (the
// sandbox), embedded mode names the package to install. In the latest: the CLI, `fastify-ghl sandbox --port`, and the
// README's usage block, extracted and run as written. One install per host, shared by every case.
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { request } from 'undici'
import { testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { TEST_KEY } from '../helpers/tokens.js'
import { buildAndPack, cleanup, host, nodeJson, readmeBlock, ROOT, run, start, typeCheck } from './hosts.js'

t.setTimeout(900_000)

const SHIPPED = new Set(['dist', 'migrations', 'LICENSE', 'README.md', 'package.json'])

const TYPED_HOST = `import Fastify from 'fastify'
import ghl, { GhlReauthRequiredError, type GhlOptions, type DbOption } from 'fastify-ghl'
import type pg from 'pg'
const options: GhlOptions = { env: false, clientId: 'id', clientSecret: 'secret', routes: { metrics: { admin: true }, callback: false } }
const app = Fastify()
await app.register(ghl, options)
const created: Promise<unknown> = app.ghl.contacts.create({ email: 'a@example.com' })
const token: Promise<string> = app.ghl.tokens.getValidToken()
app.ghl.events.on('token:refreshed', (e) => { const ms: number = e.durationMs; void ms })
const pool = {} as pg.Pool
const db: DbOption = pool
void created; void token; void db; void GhlReauthRequiredError
`

const WRONG_HOST = `import Fastify from 'fastify'
import ghl, { type GhlOptions } from 'fastify-ghl'
const app = Fastify()
await app.register(ghl)
app.ghl.contactz.create({})
const bad: GhlOptions = { db: 42 }
void bad
`

function boot (module: 'esm' | 'cjs'): string {
  const options = `{
    env: false, clientId: process.env.CLIENT_ID, clientSecret: process.env.CLIENT_SECRET, apiBaseUrl: process.env.API, authBaseUrl: process.env.API,
    locationId: process.env.LOCATION, refreshToken: process.env.SEED, databaseUrl: process.env.DB, encryptionKey: process.env.KEY,
    refresher: false, outbox: false
  }`
  const body = `const app = Fastify()
  await app.register(ghl, ${options})
  await app.ready()
  const { contact } = await app.ghl.contacts.create({ email: process.env.EMAIL, firstName: 'Packed' })
  const status = (await app.inject('/api/integrations/ghl/status')).json()
  console.log(JSON.stringify({ id: contact.id, status, fastify: app.version, decorated: app.hasDecorator('ghl') }))
  await app.close()`
  return module === 'esm'
    ? `import Fastify from 'fastify'\nimport ghl from 'fastify-ghl'\n${body}\n`
    : `const Fastify = require('fastify')\nconst ghl = require('fastify-ghl').default\nasync function main () {\n  ${body}\n}\nmain().catch((err) => { console.error(err); process.exit(1) })\n`
}

const EMBEDDED = `import Fastify from 'fastify'
import ghl from 'fastify-ghl'
const app = Fastify()
try {
  await app.register(ghl, { env: false, clientId: 'id', clientSecret: 'secret' })
  console.log(JSON.stringify({ booted: true }))
} catch (err) {
  console.log(JSON.stringify({ booted: false, code: err.code, message: err.message }))
}
await app.close()
`

t.test('the packed and installed package', async (t) => {
  const packed = await buildAndPack()
  const dirs = [packed.dir]
  t.teardown(async () => await cleanup(dirs))

  t.test('npm pack ships dist, migrations, LICENSE, README and package.json, nothing else', async (t) => {
    const roots = [...new Set(packed.files.map((f) => f.split('/')[0]))].sort()
    t.same(roots, [...SHIPPED].sort(), `top-level entries: ${roots.join(', ')}`)
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/pglite.js', 'dist/bin/fastify-ghl.js', 'dist/sandbox/cli.js', 'migrations/meta/_journal.json']) {
      t.ok(packed.files.includes(f), f)
    }
    t.notOk(packed.files.some((f) => f.includes('.test.') || (f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.d.cts'))), 'no sources or tests')
    const missing: string[] = []
    for (const map of packed.files.filter((f) => f.endsWith('.map'))) {
      const { sources, sourcesContent } = JSON.parse(await readFile(join(ROOT, map), 'utf8')) as { sources: string[], sourcesContent?: unknown[] }
      if (!Array.isArray(sourcesContent) || sourcesContent.length !== sources.length) missing.push(map)
    }
    t.same(missing, [], 'every source map carries its sources (the .ts files are not shipped)')

    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
    t.notOk('fastify' in manifest.dependencies, 'fastify is not a dependency: the host brings its own, one copy')
    t.match(manifest.peerDependencies, { fastify: '^5.0.0', '@electric-sql/pglite': String })
    t.same(manifest.peerDependenciesMeta, { '@electric-sql/pglite': { optional: true } }, 'PGlite is an optional peer')
    t.notOk('@electric-sql/pglite' in manifest.dependencies)
    t.ok('@electric-sql/pglite' in manifest.devDependencies, 'the demo and the tests still have it')
    t.ok('@types/pg' in manifest.dependencies && '@types/opossum' in manifest.dependencies, 'the types the declarations use are dependencies')
  })

  const [latest, oldest] = await Promise.all([
    host(packed.tarball, 'latest', ['fastify@5', 'typescript@5.9', '@types/node@20']),
    host(packed.tarball, 'oldest', ['fastify@5.0.0', '@types/node@20'])
  ])
  dirs.push(latest, oldest)
  const tsc = join(latest, 'node_modules', 'typescript', 'bin', 'tsc')
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)

  for (const [name, dir] of [['latest', latest], ['5.0.0', oldest]] as const) {
    t.test(`fastify ${name}`, async (t) => {
      const fastify = JSON.parse(await readFile(join(dir, 'node_modules', 'fastify', 'package.json'), 'utf8')).version as string
      if (name === '5.0.0') t.equal(fastify, '5.0.0')
      else t.match(fastify, /^5\./)
      t.notOk(existsSync(join(dir, 'node_modules', '@electric-sql', 'pglite')), 'PGlite was not installed')
      t.notOk(existsSync(join(dir, 'node_modules', 'fastify-ghl', 'node_modules', 'fastify')), 'no second fastify')

      await writeFile(join(dir, 'host.ts'), TYPED_HOST)
      // In the latest host the README's usage block is compiled with it (and run below).
      if (dir === latest) await writeFile(join(dir, 'usage.ts'), readmeBlock(await readFile(join(ROOT, 'README.md'), 'utf8'), 'Usage'))
      const typed = await typeCheck(dir, tsc, dir === latest)
      t.ok(typed.ok, `tsc --strict, skipLibCheck false${dir === latest ? ', the README usage block too' : ''}: ${typed.output}`)
      if (dir === latest) {
        await writeFile(join(dir, 'wrong.ts'), WRONG_HOST)
        const wrong = await typeCheck(dir, tsc)
        t.match(wrong.output, /contactz/, 'declaration merging is real: a wrong member is a type error')
        t.match(wrong.output, /wrong\.ts\(6,/, 'options.db is typed (not any)')
        await run('rm', ['-f', join(dir, 'wrong.ts')])
      }

      for (const module of ['esm', 'cjs'] as const) {
        const location = `loc_pack_${name.replace(/\W/g, '')}_${module}`
        const file = module === 'esm' ? 'run.mjs' : 'run.cjs'
        await writeFile(join(dir, file), boot(module))
        const email = `${location}@example.com`
        const out = await nodeJson(dir, file, {
          CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, API: sb.url, LOCATION: location, SEED: sb.issueTokens({ locationId: location }).refresh_token,
          DB: databaseUrl, KEY: TEST_KEY, EMAIL: email
        })
        t.equal(out.fastify, fastify, `${module}: registered on the host's fastify`)
        t.equal(out.decorated, true)
        t.match(out.status, { is_configured: true, auth_status: 'authenticated' }, `${module}: /status`)
        t.equal(sb.contacts(location).find((c) => c.id === out.id)?.email, email, `${module}: the contact reached GHL`)
      }

      await writeFile(join(dir, 'embedded.mjs'), EMBEDDED)
      const embedded = await nodeJson(dir, 'embedded.mjs', {})
      t.match(embedded, { booted: false, code: 'GHL_CONFIG', message: /@electric-sql\/pglite.*npm install @electric-sql\/pglite.*DATABASE_URL/ }, 'embedded mode names the package to install')
    })
  }

  t.test('the CLI and `fastify-ghl sandbox --port` from the installed package', async (t) => {
    const bin = join(latest, 'node_modules', '.bin', 'fastify-ghl')
    const help = await run(bin, ['--help'], { cwd: latest })
    t.match(help.stdout, /migrate/)
    t.match(help.stdout, /sandbox \[--port N\]/)
    const bad = await run(bin, ['sandbox', '--port', 'abc'], { cwd: latest }).then(() => 0, (err: { code: number, stderr: string }) => { t.match(err.stderr, /--port must be a port number/); return err.code })
    t.equal(bad, 2, 'a bad port is a usage error')
    const sandbox = start(latest, [bin, 'sandbox', '--port', '0'], {})
    t.teardown(async () => { await sandbox.stop() })
    const [, url] = await sandbox.waitFor(/listening on (http:\/\/\S+)/)
    const info = await request(`${url}/__sandbox`)
    t.equal(info.statusCode, 200)
    t.match(await info.body.json(), { defaultLocationId: String })
    t.equal(await sandbox.stop(), 0, 'Ctrl-C (SIGTERM) stops it cleanly')
  })

  t.test("the README's usage block, extracted and run as written", async (t) => {
    t.ok(existsSync(join(latest, 'out', 'usage.js')), 'compiled with the host above (strict, skipLibCheck false)')
    const location = 'loc_pack_readme'
    const app = start(latest, [process.execPath, 'out/usage.js'], {
      GHL_CLIENT_ID: sb.clientId, GHL_CLIENT_SECRET: sb.clientSecret, GHL_API_BASE_URL: sb.url, GHL_AUTH_BASE_URL: sb.url,
      GHL_LOCATION_ID: location, GHL_REFRESH_TOKEN: sb.issueTokens({ locationId: location }).refresh_token, DATABASE_URL: databaseUrl,
      GHL_TOKEN_ENCRYPTION_KEY: TEST_KEY, PORT: '0'
    })
    t.teardown(async () => { await app.stop() })
    const [, base] = await app.waitFor(/listening at (http:\/\/127\.0\.0\.1:\d+)/)
    const signup = async (body: unknown): Promise<{ status: number, body: any }> => {
      const res = await request(`${base}/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      return { status: res.statusCode, body: await res.body.json() }
    }

    const ok = await signup({ email: 'ada@example.com', name: 'Ada', tags: ['vip'], source: 'attacker', companyName: 'Evil', locationId: 'loc_other' })
    t.equal(ok.status, 200, JSON.stringify(ok.body))
    const contact = sb.contacts(location).find((c) => c.email === 'ada@example.com')
    t.ok(contact, 'the signup reached GHL in the configured location')
    t.notOk((contact?.tags ?? []).includes('vip'), 'a visitor cannot set tags')
    t.not(contact?.source, 'attacker', 'nor the source')
    t.not(contact?.companyName, 'Evil', 'nor the company')
    t.same(sb.contacts('loc_other'), [], 'nor the location')

    const invalid = await signup({ email: 'not an email' })
    t.equal(invalid.status, 400)
    t.notMatch(JSON.stringify(invalid.body), /GHL_|body\/|auth-url|admin/, "the visitor gets the host's message, not the plugin's")

    sb.addFault({ path: '/contacts/upsert', status: 500, count: 20, body: { statusCode: 500, message: 'GHL internal details' } })
    const down = await signup({ email: 'grace@example.com', name: 'Grace' })
    t.ok(down.status >= 500, `GHL down → ${down.status}`)
    t.notMatch(JSON.stringify(down.body), /GHL|internal details|auth-url|authorize|re-authorize/i, 'no admin-oriented or GHL text for end users')
  })
})

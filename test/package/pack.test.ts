// The package as a user gets it: build, `npm pack`, install the tarball into an empty host project, import it,
// type-check the declaration merging (and that a wrong member is an error), register it and use it.
import t from 'tap'
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { sandboxFor } from '../helpers/sandbox.js'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

t.setTimeout(600_000)

t.test('pack, install into an empty host, type-check and register', async (t) => {
  const host = await mkdtemp(join(tmpdir(), 'ghl-host-'))
  t.teardown(() => rm(host, { recursive: true, force: true }))
  await run('npm', ['run', 'build'], { cwd: ROOT })
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', host], { cwd: ROOT })
  const packed = JSON.parse(stdout) as Array<{ filename: string, files: Array<{ path: string }> }>
  const files = packed[0]!.files.map((f) => f.path)
  t.ok(files.includes('dist/index.js') && files.includes('dist/index.d.ts'), 'ships the build')
  t.ok(files.includes('migrations/meta/_journal.json'), 'ships the migrations')
  t.notOk(files.some((f) => f.startsWith('test/') || f.startsWith('src/') || f.endsWith('.ts') && !f.endsWith('.d.ts')), 'no sources or tests')
  t.ok(files.includes('LICENSE'), 'ships the license')
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
  t.notOk('fastify' in manifest.dependencies, 'fastify is not a dependency: the host brings its own, one copy')
  t.match(manifest.peerDependencies, { fastify: '^5.0.0' }, 'fastify is a peer dependency')
  const maps = files.filter((f) => f.endsWith('.js.map'))
  t.ok(maps.length > 0, 'ships source maps')
  const mapsWithoutSources: string[] = []
  for (const map of maps) {
    const { sources, sourcesContent } = JSON.parse(await readFile(join(ROOT, map), 'utf8')) as { sources: string[], sourcesContent?: unknown[] }
    if (!Array.isArray(sourcesContent) || sourcesContent.length !== sources.length) mapsWithoutSources.push(map)
  }
  t.same(mapsWithoutSources, [], 'every source map carries its sources (the .ts files are not shipped)')

  await writeFile(join(host, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }))
  await writeFile(join(host, '.npmrc'), 'legacy-peer-deps=true\n')
  const tarball = (await readdir(host)).find((f) => f.endsWith('.tgz')) as string
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`, 'fastify@5', 'typescript@5.9', '@types/node@20'], { cwd: host })

  const tsconfig = { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] }, include: ['*.ts'] }
  await writeFile(join(host, 'tsconfig.json'), JSON.stringify(tsconfig))
  await writeFile(join(host, 'host.ts'), `import Fastify from 'fastify'
import ghl, { GhlReauthRequiredError, type GhlOptions } from 'fastify-ghl'
const options: GhlOptions = { env: false, clientId: 'id', clientSecret: 'secret' }
const app = Fastify()
await app.register(ghl, options)
const created: Promise<unknown> = app.ghl.contacts.create({ email: 'a@example.com' })
const token: Promise<string> = app.ghl.tokens.getValidToken()
app.ghl.events.on('token:refreshed', (e) => { const ms: number = e.durationMs; void ms })
void created; void token; void GhlReauthRequiredError
`)
  await run('npx', ['tsc', '-p', '.'], { cwd: host })
  t.pass('the host type-checks against the installed declarations')

  await writeFile(join(host, 'wrong.ts'), `import Fastify from 'fastify'
import ghl from 'fastify-ghl'
const app = Fastify()
await app.register(ghl)
app.ghl.contactz.create({})
`)
  const wrong = await run('npx', ['tsc', '-p', '.'], { cwd: host }).then(() => '', (err: { stdout: string }) => err.stdout)
  t.match(wrong, /contactz/, 'declaration merging is real: a wrong member is a type error')
  await rm(join(host, 'wrong.ts'))

  const help = await run(join(host, 'node_modules', '.bin', 'fastify-ghl'), ['--help'], { cwd: host })
  t.match(help.stdout, /migrate/, 'the installed CLI runs')

  const sb = await sandboxFor(t)
  const issued = sb.issueTokens({ locationId: 'loc_pack' })
  await writeFile(join(host, 'run.mjs'), `import Fastify from 'fastify'
import ghl from 'fastify-ghl'
const app = Fastify()
await app.register(ghl, {
  env: false, clientId: ${JSON.stringify(sb.clientId)}, clientSecret: ${JSON.stringify(sb.clientSecret)},
  apiBaseUrl: ${JSON.stringify(sb.url)}, locationId: 'loc_pack', refreshToken: process.env.SEED_REFRESH_TOKEN, refresher: false
})
await app.ready()
const { contact } = await app.ghl.contacts.create({ email: 'packed@example.com', firstName: 'Packed' })
console.log(JSON.stringify({ id: contact.id, decorated: app.hasDecorator('ghl') }))
await app.close()
`)
  const out = await run(process.execPath, ['run.mjs'], { cwd: host, env: { ...process.env, SEED_REFRESH_TOKEN: issued.refresh_token } })
  const result = JSON.parse(out.stdout.trim().split('\n').pop() as string) as { id: string, decorated: boolean }
  t.equal(result.decorated, true)
  t.equal(sb.contacts('loc_pack').find((c) => c.id === result.id)?.email, 'packed@example.com', 'the installed package created the contact in GHL')
})

// Runs a sandbox until SIGINT/SIGTERM: `npx tsx sandbox/cli.ts` (npm run sandbox).
// Env: SANDBOX_PORT | PORT (default 4010), SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, SANDBOX_ACCESS_TOKEN_TTL (s),
// SANDBOX_RATE_LIMIT ('off' or 'burst/windowMs/daily', e.g. 100/10000/200000), SANDBOX_LOCATION_ID,
// SANDBOX_COMPANY_ID, SANDBOX_ALLOW_DUPLICATES (true|false), SANDBOX_TOKEN_LATENCY_MS,
// SANDBOX_LOCATION_TOKEN_REFRESH (true|false).
import { startSandbox, type SandboxOptions } from './index.js'

const DEFAULT_PORT = 4010

function int (name: string, value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(value)}`)
  return n
}

function bool (name: string, value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined
  if (value !== 'true' && value !== 'false') throw new Error(`${name} must be true or false`)
  return value === 'true'
}

function optionsFromEnv (env: NodeJS.ProcessEnv): SandboxOptions {
  const opts: SandboxOptions = { port: int('SANDBOX_PORT', env.SANDBOX_PORT ?? env.PORT ?? String(DEFAULT_PORT)) }
  if (env.SANDBOX_CLIENT_ID !== undefined && env.SANDBOX_CLIENT_ID !== '') opts.clientId = env.SANDBOX_CLIENT_ID
  if (env.SANDBOX_CLIENT_SECRET !== undefined && env.SANDBOX_CLIENT_SECRET !== '') opts.clientSecret = env.SANDBOX_CLIENT_SECRET
  if (env.SANDBOX_ACCESS_TOKEN_TTL !== undefined && env.SANDBOX_ACCESS_TOKEN_TTL !== '') opts.accessTokenTtlSeconds = int('SANDBOX_ACCESS_TOKEN_TTL', env.SANDBOX_ACCESS_TOKEN_TTL)
  if (env.SANDBOX_LOCATION_ID !== undefined && env.SANDBOX_LOCATION_ID !== '') opts.defaultLocationId = env.SANDBOX_LOCATION_ID
  if (env.SANDBOX_COMPANY_ID !== undefined && env.SANDBOX_COMPANY_ID !== '') opts.companyId = env.SANDBOX_COMPANY_ID
  if (env.SANDBOX_TOKEN_LATENCY_MS !== undefined && env.SANDBOX_TOKEN_LATENCY_MS !== '') opts.tokenLatencyMs = int('SANDBOX_TOKEN_LATENCY_MS', env.SANDBOX_TOKEN_LATENCY_MS)
  const dup = bool('SANDBOX_ALLOW_DUPLICATES', env.SANDBOX_ALLOW_DUPLICATES)
  if (dup !== undefined) opts.allowDuplicateContacts = dup
  const refresh = bool('SANDBOX_LOCATION_TOKEN_REFRESH', env.SANDBOX_LOCATION_TOKEN_REFRESH)
  if (refresh !== undefined) opts.locationTokenRefresh = refresh
  const rl = env.SANDBOX_RATE_LIMIT
  if (rl !== undefined && rl !== '') {
    if (rl === 'off' || rl === 'false' || rl === '0') {
      opts.rateLimit = false
    } else {
      const parts = rl.split('/')
      if (parts.length !== 3) throw new Error("SANDBOX_RATE_LIMIT must be 'off' or 'burst/windowMs/daily'")
      opts.rateLimit = { burst: int('burst', parts[0]), windowMs: int('windowMs', parts[1]), daily: int('daily', parts[2]) }
    }
  }
  return opts
}

async function main (): Promise<void> {
  const sandbox = await startSandbox(optionsFromEnv(process.env))
  const u = sandbox.url
  const redirect = 'http://localhost:3000/api/integrations/ghl/callback'
  const consent = `${u}/v2/oauth/chooselocation?response_type=code&client_id=${encodeURIComponent(sandbox.clientId)}` +
    `&redirect_uri=${encodeURIComponent(redirect)}&scope=${encodeURIComponent('contacts.readonly contacts.write')}&state=xyz`
  const info = await (await fetch(`${u}/__sandbox`)).json() as Record<string, unknown>
  const lines = [
    `GoHighLevel sandbox listening on ${u}`,
    '',
    `  API base URL    ${u}   (Version: 2021-07-28; calendars also 2021-04-15)`,
    `  client id       ${sandbox.clientId}`,
    `  client secret   ${sandbox.clientSecret}`,
    `  app id          ${sandbox.appId}`,
    `  location        ${String(info.defaultLocationId)}`,
    `  company         ${String(info.companyId)}`,
    `  rate limit      ${JSON.stringify(info.rateLimit)}`,
    `  webhook keys    ed25519 (raw base64) ${sandbox.publicKeys.ed25519RawBase64}   (PEMs: GET ${u}/__sandbox/keys)`,
    '',
    'Tokens:',
    `  consent (auto-approves, redirects with ?code=…):  ${consent}`,
    `  then POST ${u}/oauth/token  (form: grant_type=authorization_code, code, redirect_uri, client_id, client_secret)`,
    `  or mint an install directly:  curl -s -X POST ${u}/__sandbox/install -H 'content-type: application/json' -d '{"locationId":"${String(info.defaultLocationId)}"}'`,
    '',
    'Control API (JSON, no auth):',
    '  GET    /__sandbox                    info',
    '  GET    /__sandbox/stats              POST /__sandbox/stats/reset',
    '  POST   /__sandbox/faults             (FaultSpec)   GET | DELETE /__sandbox/faults',
    '  POST   /__sandbox/install            { locationId?, companyId?, userType?, scope? } → token response',
    '  POST   /__sandbox/tokens/expire | /tokens/revoke | /tokens/revoke-refresh   { locationId?, companyId? }',
    '  PUT    /__sandbox/locations/:id      { allowDuplicates?, allowDuplicateOpportunities?, active? }',
    '  GET    /__sandbox/keys               webhook public keys',
    '  POST   /__sandbox/webhooks/send      { url, event: { type, … }, scheme?, tamper? }',
    '  POST   /__sandbox/webhooks/build | /webhooks/sign',
    '  GET    /__sandbox/contacts/:locationId   /contacts/:locationId/:contactId (notes, tasks, memberships…)',
    '  GET    /__sandbox/seeds/:locationId      pipelines, workflows, campaigns, calendars, users, custom fields/values',
    '  GET    /__sandbox/opportunities/:locationId   /appointments/:locationId',
    '  POST   /__sandbox/clock/advance      { ms }',
    '',
    'Ctrl-C to stop.'
  ]
  process.stdout.write(lines.join('\n') + '\n')

  let stopping = false
  const stop = (signal: string): void => {
    if (stopping) return
    stopping = true
    process.stdout.write(`\n${signal}: closing the sandbox\n`)
    sandbox.close().then(() => process.exit(0), (err: unknown) => {
      process.stderr.write(`close failed: ${String(err)}\n`)
      process.exit(1)
    })
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((err: unknown) => {
  process.stderr.write(`ghl sandbox: ${(err as Error)?.message ?? String(err)}\n`)
  process.exit(1)
})

// The option names fastify-ghl knows, at every level, and the one check of them: an unknown key fails registration
// with the nearest known name ("options.refresher.interval is not an option; did you mean intervalSeconds?").
// A new option is added to its list here (the README documents every name listed; test/plugin/options.test.ts checks).
import { GhlConfigError } from './errors.js'

/** Top-level options of the plugin (GhlOptions). */
export const TOP_LEVEL_KEYS = [
  'env', 'clientId', 'clientSecret', 'redirectUri', 'locationId', 'refreshToken', 'accessToken', 'scopes', 'userType',
  'databaseUrl', 'db', 'schema', 'poolMax', 'dataDir', 'embedded', 'databaseTimeouts', 'encryptionKey', 'apiBaseUrl', 'authBaseUrl', 'apiVersion', 'adminToken',
  'adminPreHandler', 'webhookPublicKey', 'webhookLegacyKey', 'webhookToleranceSeconds', 'webhookBodyLimit',
  'webhookRetentionDays', 'prefix', 'routes', 'refreshWindowSeconds', 'lockTimeoutMs', 'refresher', 'outbox', 'rateLimit',
  'breaker', 'retry', 'timeouts', 'dispatcher', 'migrate', 'successRedirect', 'stateSecret', 'stateTtlSeconds',
  'requireState', 'metrics', 'signupTags', 'webhooks', 'now'
] as const

/** The keys of each nested option object, by its dotted path. Objects of free keys (env, signupTags, db) are not here. */
export const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  refresher: ['intervalSeconds', 'concurrency', 'batchSize', 'jitterSeconds'],
  outbox: ['concurrency', 'leaseSeconds', 'maxAttempts', 'retentionDays', 'pollSeconds', 'recheckSeconds', 'backoff', 'stopTimeoutMs'],
  'outbox.backoff': ['baseMs', 'capMs'],
  webhooks: ['concurrency', 'leaseSeconds', 'maxAttempts', 'pollSeconds', 'backoff', 'stopTimeoutMs'],
  'webhooks.backoff': ['baseMs', 'capMs'],
  rateLimit: ['max', 'windowMs', 'marginMs', 'fleet', 'dailyReserve', 'budgetMs'],
  breaker: ['resetTimeout', 'errorThresholdPercentage', 'volumeThreshold', 'rollingCountTimeout', 'rollingCountBuckets', 'capacity', 'allowWarmUp'],
  retry: ['attempts', 'baseMs', 'capMs'],
  timeouts: ['connectMs', 'headersMs', 'bodyMs', 'requestMs'],
  databaseTimeouts: ['connectMs', 'queryMs', 'idleInTransactionMs', 'keepAliveDelayMs'],
  metrics: ['registry', 'protect'],
  routes: ['status', 'authUrl', 'callback', 'testIntegration', 'metrics', 'webhooks', 'admin'],
  route: ['prefix', 'admin']
}

/** Edit distance (Levenshtein), case-insensitive. */
function distance (a: string, b: string): number {
  a = a.toLowerCase()
  b = b.toLowerCase()
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.length]
}

/**
 * The known name nearest to `key`, or undefined when none is near: a name that differs only in case, one that starts
 * with the key or contains it (`interval` → `intervalSeconds`, `connect` → `connectMs`), else the closest by edits
 * within a third of the name's length.
 */
export function nearestKey (key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase()
  const sameCase = known.find((k) => k.toLowerCase() === lower)
  if (sameCase !== undefined) return sameCase
  if (lower.length >= 3) {
    const containing = known.filter((k) => k.toLowerCase().startsWith(lower)).concat(known.filter((k) => k.toLowerCase().includes(lower)))
    if (containing.length > 0) return containing[0]
    const contained = known.filter((k) => k.length >= 3 && lower.includes(k.toLowerCase())).sort((x, y) => y.length - x.length)
    if (contained.length > 0) return contained[0]
  }
  let best: string | undefined
  let bestDistance = Infinity
  for (const k of known) {
    const d = distance(key, k)
    if (d < bestDistance) { best = k; bestDistance = d }
  }
  return bestDistance <= Math.max(1, Math.floor(Math.max(key.length, (best ?? '').length) / 3)) ? best : undefined
}

/**
 * Refuses any key of `value` not in `known` (GhlConfigError naming `options.<path>.<key>` and the nearest name).
 * `path` is '' for the top level. Non-objects are left to the option's own type check.
 */
export function checkKeys (value: unknown, known: readonly string[], path = ''): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue
    const name = path === '' ? key : `${path}.${key}`
    const near = nearestKey(key, known)
    const hint = near === undefined ? `known: ${known.join(', ')}` : `did you mean ${near}?`
    throw new GhlConfigError(`options.${name} is not an option; ${hint}`)
  }
}

/** checkKeys at the top level and in every nested option object (NESTED_KEYS), `routes.<name>` included. */
export function checkOptionKeys (opts: object): void {
  checkKeys(opts, TOP_LEVEL_KEYS)
  const o = opts as Record<string, unknown>
  for (const [path, known] of Object.entries(NESTED_KEYS)) {
    if (path === 'route') continue
    const [head, tail] = path.split('.')
    const value = tail === undefined ? o[head] : (o[head] as Record<string, unknown> | null | undefined)?.[tail]
    checkKeys(value, known, path)
  }
  const routes = o.routes
  if (routes !== null && typeof routes === 'object') {
    for (const [name, value] of Object.entries(routes)) checkKeys(value, NESTED_KEYS.route, `routes.${name}`)
  }
}

// The `routes` option: each route of the plugin on (true, the default), off (false: not mounted, 404) or
// `{ prefix?, admin? }` — `prefix` replaces the plugin's `prefix` for that route, `admin: true` puts it behind the
// admin auth (adminToken / adminPreHandler). Normalised into one setting per route.
import { fail } from './config-env.js'

export const ROUTE_NAMES = ['status', 'authUrl', 'callback', 'testIntegration', 'metrics', 'webhooks', 'admin'] as const
export type RouteName = typeof ROUTE_NAMES[number]

export interface RouteOption {
  /** Mount this route under this prefix instead of the plugin's `prefix` ('' for the root). */
  prefix?: string
  /** Behind the admin auth. */
  admin?: boolean
}

export type RoutesOptions = { [K in RouteName]?: boolean | RouteOption }

export interface RouteSetting {
  enabled: boolean
  prefix: string
  admin: boolean
}

export type RouteSettings = Readonly<Record<RouteName, Readonly<RouteSetting>>>

/**
 * Which routes are admin-only by default: /test-integration (it writes to GHL), /auth-url (starting a connection is
 * an admin's act), the admin page; /metrics follows metrics.protect. /status is public but answers its public view
 * only (see routes/status.ts); /callback and /webhooks are reached by browsers coming back from GHL and by GHL.
 */
const ADMIN_BY_DEFAULT: Readonly<Record<RouteName, boolean>> = {
  status: false, authUrl: true, callback: false, testIntegration: true, metrics: false, webhooks: false, admin: true
}

const PREFIX_RE = /^(\/[A-Za-z0-9._~-]+)*$/

export function checkPrefix (value: unknown, option: string): string {
  if (typeof value !== 'string' || !PREFIX_RE.test(value)) {
    fail(option, `must be '' or a path like '/api/integrations/ghl' (no trailing slash), got ${JSON.stringify(value)}`)
  }
  return value
}

/** The routes' settings from options.routes, the plugin's prefix and metrics.protect. */
export function routeSettings (value: unknown, prefix: string, metricsProtect: boolean): RouteSettings {
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) fail('routes', 'must be an object')
  const given = (value ?? {}) as Record<string, unknown>
  const out = {} as Record<RouteName, Readonly<RouteSetting>>
  for (const name of ROUTE_NAMES) {
    const option = `routes.${name}`
    const v = given[name]
    const admin = name === 'metrics' ? metricsProtect : ADMIN_BY_DEFAULT[name]
    if (v === undefined || v === true) {
      out[name] = Object.freeze({ enabled: true, prefix, admin })
    } else if (v === false) {
      out[name] = Object.freeze({ enabled: false, prefix, admin })
    } else if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const r = v as RouteOption
      if (r.admin !== undefined && typeof r.admin !== 'boolean') fail(`${option}.admin`, `must be a boolean, got ${typeof r.admin}`)
      out[name] = Object.freeze({
        enabled: true,
        prefix: r.prefix === undefined ? prefix : checkPrefix(r.prefix, `${option}.prefix`),
        admin: r.admin ?? admin
      })
    } else {
      fail(option, 'must be true, false or { prefix?, admin? }')
    }
  }
  return Object.freeze(out)
}

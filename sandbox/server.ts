// The HTTP server (node:http, hand-routed for a low per-request cost): control routes, fault injection, then the
// OAuth and API pipelines. close() destroys every socket and cancels pending timers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { apiRoute, type ApiRoute, type RouteDef } from './api.js'
import { authorize } from './auth.js'
import { CALENDAR_ROUTES } from './calendars.js'
import { MEMBERSHIP_ROUTES } from './contact-memberships.js'
import { NOTE_ROUTES } from './contact-notes.js'
import { TASK_ROUTES } from './contact-tasks.js'
import { CONTACT_ROUTES } from './contacts.js'
import { control, CONTROL_PREFIX } from './control.js'
import type { Core, RequestContext } from './core.js'
import { drain, errorBody, parseBody, readBody, Reply, statusText } from './http.js'
import { LOCATION_FIELD_ROUTES } from './location-fields.js'
import { chooseLocation, OAUTH_ROUTES, token } from './oauth.js'
import { OPPORTUNITY_ROUTES } from './opportunities.js'
import { Router, type Params } from './router.js'
import { countStatus } from './state.js'
import { USER_ROUTES } from './users.js'
import { CATALOG_ROUTES } from './workflows.js'

export interface RunningServer {
  url: string
  port: number
  close: () => Promise<void>
}

const noop = (): void => {}

const TABLES: ReadonlyArray<readonly RouteDef[]> = [OAUTH_ROUTES, CONTACT_ROUTES, NOTE_ROUTES, TASK_ROUTES, MEMBERSHIP_ROUTES,
  OPPORTUNITY_ROUTES, LOCATION_FIELD_ROUTES, USER_ROUTES, CATALOG_ROUTES, CALENDAR_ROUTES]

/** Every API route of the sandbox, matched by method and path. */
export const API_ROUTER = new Router<ApiRoute>()
for (const table of TABLES) for (const def of table) API_ROUTER.add(def.method, def.path, apiRoute(def))

const CHOOSE_LOCATION = new Set(['/v2/oauth/chooselocation', '/oauth/chooselocation'])

function tooLarge (reply: Reply): void {
  reply.header('connection', 'close').json(413, errorBody(413, 'request entity too large'))
}

function notFound (ctx: RequestContext): void {
  ctx.reply.json(404, errorBody(404, `Cannot ${ctx.method} ${ctx.path}`))
}

async function api (core: Core, ctx: RequestContext, route: ApiRoute, params: Params): Promise<void> {
  const read = await readBody(ctx.req)
  if (!read.ok) {
    if (read.reason === 'too-large') tooLarge(ctx.reply)
    return
  }
  const stats = core.stats
  if (route.apiCall) {
    stats.apiCalls.total++
    stats.apiCalls[route.key] = (stats.apiCalls[route.key] ?? 0) + 1
  }
  const rec = authorize(core, ctx, route.guard)
  if (rec === undefined) return
  let body: unknown
  if (route.body) {
    const parsed = parseBody(ctx.req, read.body)
    if (!parsed.ok) return ctx.reply.json(400, errorBody(400, parsed.message))
    body = parsed.value
  }
  route.run(core, ctx, rec, body, params)
}

async function dispatch (core: Core, ctx: RequestContext): Promise<void> {
  const { method, path } = ctx
  if (path === '/oauth/token') {
    if (method !== 'POST') return notFound(ctx)
    const read = await readBody(ctx.req)
    if (!read.ok) {
      if (read.reason === 'too-large') tooLarge(ctx.reply)
      return
    }
    return await token(core, ctx, read.body)
  }
  if (CHOOSE_LOCATION.has(path) && method === 'GET') return chooseLocation(core, ctx)
  const m = API_ROUTER.match(method, path)
  return m === undefined ? notFound(ctx) : await api(core, ctx, m.handler, m.params)
}

async function handle (core: Core, req: IncomingMessage, res: ServerResponse, ctx: RequestContext): Promise<void> {
  const { method, path } = ctx
  if (path === CONTROL_PREFIX || path.startsWith(CONTROL_PREFIX + '/')) {
    const read = await readBody(req)
    if (!read.ok) {
      if (read.reason === 'too-large') tooLarge(ctx.reply)
      return
    }
    return await control(core, ctx, read.body)
  }
  const stats = core.stats
  stats.requests++
  const fault = core.faults.take(method, path)
  if (fault !== undefined) {
    stats.faultsInjected++
    if (fault.delayMs !== undefined && fault.delayMs > 0) await core.timers.sleep(fault.delayMs)
    if (res.destroyed) return
    if (fault.drop === 'after-request') {
      await drain(req)
      ctx.reply.destroy()
      return
    }
    if (fault.drop === 'before-response') {
      ctx.reply.drop = true
    } else if (fault.status !== undefined || fault.body !== undefined) {
      await drain(req)
      const status = fault.status ?? 500
      ctx.reply.force(fault.headers).json(status, fault.body !== undefined ? fault.body : errorBody(status, statusText(status), false))
      return
    } else {
      ctx.reply.force(fault.headers)
    }
  }
  await dispatch(core, ctx)
}

function requestListener (core: Core): (req: IncomingMessage, res: ServerResponse) => void {
  const stats = core.stats
  const count = (status: number): void => countStatus(stats, status)
  return (req, res) => {
    const url = req.url ?? '/'
    const q = url.indexOf('?')
    const path = q === -1 ? url : url.slice(0, q)
    const control = path === CONTROL_PREFIX || path.startsWith(CONTROL_PREFIX + '/')
    const ctx: RequestContext = {
      req,
      method: req.method ?? 'GET',
      path,
      search: q === -1 ? '' : url.slice(q + 1),
      reply: new Reply(res, control ? noop : count)
    }
    handle(core, req, res, ctx).then(() => {
      // a handler that forgot to answer would hang the client: make it visible instead
      if (!ctx.reply.sent && !res.destroyed) ctx.reply.json(500, errorBody(500, `sandbox: no answer for ${ctx.method} ${ctx.path}`))
    }, (err: unknown) => {
      process.stderr.write(`[ghl-sandbox] ${ctx.method} ${ctx.path} failed: ${(err as Error)?.stack ?? String(err)}\n`)
      if (!ctx.reply.sent && !res.destroyed) ctx.reply.json(500, errorBody(500, 'Internal Server Error'))
    })
  }
}

export async function listen (core: Core): Promise<RunningServer> {
  // Idle keep-alive sockets are kept for 65 s, as load balancers in front of APIs commonly do (Node's 5 s default
  // is far shorter). With 5 s, a client whose event loop was blocked past it (PGlite compiling in the same process on
  // a slow machine) reused a socket the server was closing at that moment and got ECONNRESET on a plain GET.
  const server = createServer({ keepAliveTimeout: 65_000 }, requestListener(core))
  const sockets = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(core.settings.port, core.settings.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  const url = `http://${core.settings.host}:${port}`
  let closing: Promise<void> | undefined
  return {
    url,
    port,
    close () {
      closing ??= new Promise<void>((resolve) => {
        core.timers.close()
        core.webhooks.close()
        server.close(() => resolve())
        server.closeAllConnections()
        for (const s of sockets) s.destroy()
        sockets.clear()
      })
      return closing
    }
  }
}

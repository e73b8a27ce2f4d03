// `fastify-ghl sandbox [--port N]`: runs the GHL sandbox (sandbox/cli.ts, the stand-in `npm run sandbox` starts) from
// the installed package, until Ctrl-C. The sandbox's own variables (SANDBOX_CLIENT_ID, SANDBOX_RATE_LIMIT, …) apply.
import { parseArgs } from 'node:util'

export const SANDBOX_USAGE = `  sandbox [--port N]       run the GHL sandbox (a local GoHighLevel stand-in) until Ctrl-C; default port 4010`

/** Starts the sandbox; resolves once it is starting (the process then lives until SIGINT/SIGTERM). Exit code 2 on bad usage. */
export async function sandboxMain (argv: string[]): Promise<number> {
  let port: string | undefined
  try {
    const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
    if (values.help === true) {
      process.stdout.write(`Usage: fastify-ghl sandbox [--port N]\n\n${SANDBOX_USAGE}\n`)
      return 0
    }
    port = values.port
  } catch (err) {
    process.stderr.write(`fastify-ghl: ${(err as Error).message}\n`)
    return 2
  }
  if (port !== undefined) {
    if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) {
      process.stderr.write(`fastify-ghl: --port must be a port number (0-65535), got ${JSON.stringify(port)}\n`)
      return 2
    }
    process.env.SANDBOX_PORT = port
  }
  await import('../sandbox/cli.js')
  return 0
}

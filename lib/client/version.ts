// The package version, for the User-Agent header: read once from the nearest package.json named fastify-ghl
// (works from the sources and from dist/, where package.json sits one level higher).
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findVersion (): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string, version?: string }
      if (pkg.name === 'fastify-ghl' && typeof pkg.version === 'string') return pkg.version
    } catch { /* not here */ }
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return '0.0.0'
}

export const PACKAGE_VERSION = findVersion()
export const DEFAULT_USER_AGENT = `fastify-ghl/${PACKAGE_VERSION}`

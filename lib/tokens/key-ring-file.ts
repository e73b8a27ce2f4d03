import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { settingName, type GhlSettings } from '../config.js'
import { GhlConfigError } from '../errors.js'
import type { GhlLogger } from '../logger.js'
import { generateKey, parseKeyRing, type KeyRing } from './crypto.js'

/**
 * The key ring: configured; else refused for an external database; else generated for the embedded database (kept
 * next to a PGlite data directory so a restart can still read the tokens it stored).
 */
export async function loadKeyRing (settings: Pick<GhlSettings, 'encryptionKey' | 'dataDir'>, external: boolean, log: GhlLogger): Promise<KeyRing> {
  const name = settingName('encryptionKey')
  if (settings.encryptionKey !== undefined) return parseKeyRing(settings.encryptionKey, name)
  if (external) {
    throw new GhlConfigError(`${name} is required with an external database (DATABASE_URL / options.db): tokens are stored encrypted ` +
      'with it. Generate one with: node -e "console.log(require(\'node:crypto\').randomBytes(32).toString(\'base64\'))"')
  }
  if (settings.dataDir === undefined) {
    log.warn({}, `GHL_TOKEN_ENCRYPTION_KEY is not set: generated a key for the in-memory embedded database (tokens do not survive a restart); set ${name} for production`)
    return parseKeyRing(generateKey(), name)
  }
  const keyFile = settings.dataDir.replace(/[\\/]+$/, '') + '.fastify-ghl.key'
  let key: string
  try {
    key = (await readFile(keyFile, 'utf8')).trim()
    log.warn({ keyFile }, `GHL_TOKEN_ENCRYPTION_KEY is not set: using the generated key in ${keyFile}; set ${name} for production`)
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw err
    key = generateKey()
    await mkdir(dirname(keyFile), { recursive: true })
    await writeFile(keyFile, key + '\n', { mode: 0o600, flag: 'wx' })
    await chmod(keyFile, 0o600)
    log.warn({ keyFile }, `GHL_TOKEN_ENCRYPTION_KEY is not set: generated a key and saved it to ${keyFile}; set ${name} for production`)
  }
  return parseKeyRing(key, `${name} (from ${keyFile})`)
}

// AES-256-GCM for tokens at rest, with a key ring so keys can rotate: the first key encrypts, any key decrypts,
// and each row stores the id of the key that encrypted it.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { GhlConfigError } from '../errors.js'

const KEY_BYTES = 32
const NONCE_BYTES = 12
/** GCM tags are 16 bytes; Node would accept a truncated one (4 bytes: forgeable), so decrypt insists on all 16. */
const TAG_BYTES = 16
const FORMAT = 'v1'

export interface KeyRing {
  /** Id of the key that encrypts new values. */
  readonly currentKeyId: string
  has (keyId: string): boolean
  /** `aad` binds the ciphertext to where it is stored (connection and column), so values cannot be swapped. */
  encrypt (plaintext: string, aad: string): string
  decrypt (ciphertext: string, keyId: string, aad: string): string
}

const HEX_KEY = /^[0-9a-fA-F]{64}$/
/** 32 bytes are 43 base64 characters (+ one '=' of padding), standard or URL-safe alphabet. */
const BASE64_KEY = /^(?:[A-Za-z0-9+/]{43}|[A-Za-z0-9_-]{43})=?$/

/** Exactly 64 hex characters or the base64 of 32 bytes; anything else (junk a lenient decoder would skip) is refused. */
function decodeKey (text: string, name: string): Buffer {
  const trimmed = text.trim()
  if (HEX_KEY.test(trimmed)) return Buffer.from(trimmed, 'hex')
  if (BASE64_KEY.test(trimmed)) {
    const unpadded = trimmed.replace(/=$/, '')
    const key = Buffer.from(unpadded, unpadded.includes('-') || unpadded.includes('_') ? 'base64url' : 'base64')
    // The last character carries 4 unused bits: a non-canonical one is not the key it looks like.
    if (key.length === KEY_BYTES && key.toString('base64url') === unpadded.replace(/\+/g, '-').replace(/\//g, '_')) return key
  }
  // Never echo the text: it is (or contains) a secret.
  throw new GhlConfigError(`${name} must hold 32-byte keys, each exactly 64 hex characters or 44 base64 characters (${trimmed.length} characters given, or characters outside the alphabet)`)
}

function fingerprint (key: Buffer): string {
  return 'k' + createHash('sha256').update(key).digest('hex').slice(0, 8)
}

/**
 * Parses GHL_TOKEN_ENCRYPTION_KEY: one key (base64 or hex; its id is a fingerprint of the key) or
 * `kid:key,kid:key` with the first one current.
 */
export function parseKeyRing (value: string, name = 'GHL_TOKEN_ENCRYPTION_KEY'): KeyRing {
  if (typeof value !== 'string' || value.trim() === '') throw new GhlConfigError(`${name} must be a non-empty string`)
  const keys = new Map<string, Buffer>()
  let current: string | undefined
  for (const part of value.split(',')) {
    const colon = part.indexOf(':')
    let id: string
    let key: Buffer
    if (colon === -1) {
      key = decodeKey(part, name)
      id = fingerprint(key)
    } else {
      id = part.slice(0, colon).trim()
      // Not echoed: a value that is not `kid:key` (a passphrase with a colon) would put part of the secret in the message.
      if (!/^[A-Za-z0-9_.-]{1,32}$/.test(id)) throw new GhlConfigError(`${name}: the key id (the text before ':') must be 1-32 letters, digits, '_', '.' or '-'; keys are 32 bytes as base64 or hex`)
      key = decodeKey(part.slice(colon + 1), name)
    }
    if (keys.has(id)) throw new GhlConfigError(`${name}: key id "${id}" appears twice`)
    keys.set(id, key)
    current ??= id
  }
  return createKeyRing(keys, current as string)
}

export function generateKey (): string {
  return randomBytes(KEY_BYTES).toString('base64')
}

function createKeyRing (keys: Map<string, Buffer>, currentKeyId: string): KeyRing {
  const currentKey = keys.get(currentKeyId) as Buffer
  return {
    currentKeyId,
    has: (keyId) => keys.has(keyId),
    encrypt (plaintext, aad) {
      const nonce = randomBytes(NONCE_BYTES)
      const cipher = createCipheriv('aes-256-gcm', currentKey, nonce)
      cipher.setAAD(Buffer.from(aad))
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return [FORMAT, nonce.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
    },
    decrypt (ciphertext, keyId, aad) {
      const key = keys.get(keyId)
      if (key === undefined) throw new GhlConfigError(`a stored token was encrypted with key "${keyId}", which is not in GHL_TOKEN_ENCRYPTION_KEY`)
      const [format, nonce, tag, body] = ciphertext.split('.')
      if (format !== FORMAT || nonce === undefined || tag === undefined || body === undefined) {
        throw new GhlConfigError('a stored token is not in the expected encrypted format')
      }
      const nonceBytes = Buffer.from(nonce, 'base64url')
      const tagBytes = Buffer.from(tag, 'base64url')
      if (nonceBytes.length !== NONCE_BYTES || tagBytes.length !== TAG_BYTES) {
        throw new GhlConfigError(`a stored token failed authentication under key "${keyId}" (its nonce or auth tag has the wrong length: tampered row)`)
      }
      const decipher = createDecipheriv('aes-256-gcm', key, nonceBytes, { authTagLength: TAG_BYTES })
      decipher.setAAD(Buffer.from(aad))
      decipher.setAuthTag(tagBytes)
      try {
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
      } catch {
        throw new GhlConfigError(`a stored token failed authentication under key "${keyId}" (wrong key or tampered row)`)
      }
    }
  }
}

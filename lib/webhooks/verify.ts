// Webhook signatures, verified over the exact raw bytes of the request body, failing closed: no key configured, no
// signature header, or a signature that does not verify are all rejections, never "skip verification".
//
// - `x-ghl-signature`: base64 Ed25519 signature (the current scheme), app public key from configuration.
// - `x-wh-signature`: base64 RSA-SHA256 signature (legacy), HighLevel's published RSA key unless another is given.
import { createPublicKey, verify, type KeyObject } from 'node:crypto'

/** HighLevel's published RSA public key for the legacy `x-wh-signature` scheme (../shared/ghl-api/README.md). */
export const HIGHLEVEL_LEGACY_RSA_PEM = `-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC
Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6
dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB
csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv
uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF
3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU
J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp
IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN
h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC
HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ
PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk
T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==
-----END PUBLIC KEY-----
`

export const ED25519_HEADER = 'x-ghl-signature'
export const LEGACY_HEADER = 'x-wh-signature'

/** SPKI DER prefix of an Ed25519 public key: the raw 32 bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')
const ED25519_SIGNATURE_BYTES = 64
/** Longest signature header accepted (a 4096-bit RSA signature is 684 base64 characters). */
const MAX_SIGNATURE_LENGTH = 1024
const PEM_BLOCK = /-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g

export type WebhookScheme = 'ed25519' | 'rsa'
export type VerifyFailure = 'no_key' | 'no_signature' | 'bad_signature'
export type VerifyResult = { ok: true, scheme: WebhookScheme } | { ok: false, reason: VerifyFailure }

export interface WebhookVerifierOptions {
  /** Ed25519 public keys (PEM, base64 SPKI, or the raw 32-byte key as base64 or hex); several allowed for rotation. */
  publicKeys?: readonly KeyObject[]
  /** RSA public keys for the legacy header; empty: the legacy scheme is refused. */
  legacyKeys?: readonly KeyObject[]
}

export interface WebhookVerifier {
  /** Whether any key is configured (without one every webhook is rejected). */
  readonly configured: boolean
  verify (rawBody: Buffer, headers: Record<string, string | string[] | undefined>): VerifyResult
}

function keyError (name: string, detail: string): TypeError {
  return new TypeError(`${name} ${detail}`)
}

/** PEM text as it often arrives from an environment variable: quoted, with literal `\n`. */
function unescapePem (text: string): string {
  return text.replace(/\\n/g, '\n').replace(/^["']|["']$/g, '')
}

function ed25519FromBytes (bytes: Buffer, name: string): KeyObject {
  let der: Buffer
  if (bytes.length === 32) der = Buffer.concat([ED25519_SPKI_PREFIX, bytes])
  else if (bytes.length === 44 && bytes.subarray(0, ED25519_SPKI_PREFIX.length).equals(ED25519_SPKI_PREFIX)) der = bytes
  else throw keyError(name, `must be an Ed25519 public key as PEM, base64 SPKI, or 32 raw bytes in base64 or hex (got ${bytes.length} bytes)`)
  return createPublicKey({ key: der, format: 'der', type: 'spki' })
}

function publicKeyFromPem (pem: string, name: string): KeyObject {
  try {
    return createPublicKey(pem)
  } catch (err) {
    throw keyError(name, `holds a PEM block that is not a public key (${(err as Error).message})`)
  }
}

/** Parses Ed25519 public keys: one or more PEM blocks, or base64/hex keys separated by commas or whitespace. */
export function parseEd25519Keys (value: string | readonly string[], name = 'webhookPublicKey'): KeyObject[] {
  const items = typeof value === 'string' ? [value] : value
  const keys: KeyObject[] = []
  for (const item of items) {
    if (typeof item !== 'string') throw keyError(name, 'must be a string or an array of strings')
    const text = unescapePem(item.trim())
    if (text === '') continue
    if (text.includes('-----BEGIN')) {
      const blocks = text.match(PEM_BLOCK) ?? []
      if (blocks.length === 0) throw keyError(name, 'holds an incomplete PEM block')
      for (const pem of blocks) keys.push(publicKeyFromPem(pem, name))
    } else {
      for (const part of text.split(/[\s,]+/)) {
        if (part === '') continue
        const bytes = /^[0-9a-fA-F]{64}$/.test(part) ? Buffer.from(part, 'hex') : Buffer.from(part, 'base64')
        keys.push(ed25519FromBytes(bytes, name))
      }
    }
  }
  for (const key of keys) {
    if (key.asymmetricKeyType !== 'ed25519') throw keyError(name, `must hold Ed25519 public keys (got ${key.asymmetricKeyType ?? 'unknown'})`)
  }
  if (keys.length === 0) throw keyError(name, 'holds no key')
  return keys
}

/** Parses RSA public keys (PEM) for the legacy scheme. */
export function parseRsaKeys (value: string | readonly string[], name = 'webhookLegacyKey'): KeyObject[] {
  const items = typeof value === 'string' ? [value] : value
  const keys: KeyObject[] = []
  for (const item of items) {
    if (typeof item !== 'string') throw keyError(name, 'must be a PEM string or an array of them')
    const blocks = unescapePem(item.trim()).match(PEM_BLOCK) ?? []
    if (blocks.length === 0) throw keyError(name, 'must hold RSA public keys in PEM form')
    for (const pem of blocks) {
      const key = publicKeyFromPem(pem, name)
      if (key.asymmetricKeyType !== 'rsa') throw keyError(name, `must hold RSA public keys (got ${key.asymmetricKeyType ?? 'unknown'})`)
      keys.push(key)
    }
  }
  return keys
}

function header (headers: Record<string, string | string[] | undefined>, name: string): string | undefined | null {
  const value = headers[name]
  if (value === undefined || value === '') return undefined
  // Repeated signature headers are ambiguous: refuse them rather than pick one.
  if (typeof value !== 'string' || value.length > MAX_SIGNATURE_LENGTH) return null
  return value.trim()
}

function decodeSignature (value: string): Buffer | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return null
  return Buffer.from(value, 'base64')
}

export function createWebhookVerifier (options: WebhookVerifierOptions): WebhookVerifier {
  const edKeys = [...(options.publicKeys ?? [])]
  const rsaKeys = [...(options.legacyKeys ?? [])]
  const configured = edKeys.length > 0 || rsaKeys.length > 0

  function anyVerifies (algorithm: string | null, data: Buffer, signature: Buffer, keys: KeyObject[]): boolean {
    for (const key of keys) {
      try {
        if (verify(algorithm, data, key, signature)) return true
      } catch {
        // a malformed signature for this key type: not verified
      }
    }
    return false
  }

  return {
    configured,
    verify (rawBody, headers) {
      if (!configured) return { ok: false, reason: 'no_key' }
      const ed = edKeys.length > 0 ? header(headers, ED25519_HEADER) : undefined
      if (ed === null) return { ok: false, reason: 'bad_signature' }
      if (ed !== undefined) {
        // The current scheme decides when its header is present: a failing Ed25519 signature never falls back.
        const signature = decodeSignature(ed)
        if (signature === null || signature.length !== ED25519_SIGNATURE_BYTES) return { ok: false, reason: 'bad_signature' }
        return anyVerifies(null, rawBody, signature, edKeys) ? { ok: true, scheme: 'ed25519' } : { ok: false, reason: 'bad_signature' }
      }
      const legacy = rsaKeys.length > 0 ? header(headers, LEGACY_HEADER) : undefined
      if (legacy === null) return { ok: false, reason: 'bad_signature' }
      if (legacy !== undefined) {
        const signature = decodeSignature(legacy)
        if (signature === null) return { ok: false, reason: 'bad_signature' }
        return anyVerifies('sha256', rawBody, signature, rsaKeys) ? { ok: true, scheme: 'rsa' } : { ok: false, reason: 'bad_signature' }
      }
      return { ok: false, reason: 'no_signature' }
    }
  }
}

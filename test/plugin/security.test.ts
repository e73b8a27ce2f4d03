// The pieces behind the routes' security, alone: the signed OAuth state and the webhook verifier (key formats,
// failing closed, no fallback from a bad Ed25519 signature to the legacy scheme).
import { generateKeyPairSync, sign } from 'node:crypto'
import t from 'tap'
import { createOAuthState, memoryNonceLedger } from '../../lib/tokens/oauth-state.js'
import { createWebhookVerifier, HIGHLEVEL_LEGACY_RSA_PEM, parseEd25519Keys, parseRsaKeys } from '../../lib/webhooks/verify.js'

t.test('OAuth state: issued states verify with their nonce; any changed part, another secret, the expiry or another nonce fails', async (t) => {
  let now = 1_800_000_000_000
  const signer = createOAuthState({ secret: 'client-secret', ttlSeconds: 600, now: () => now })
  const { state, nonce, expiresAt } = signer.issue()
  t.equal(expiresAt.getTime(), now + 600_000)
  t.match(signer.verify(state, nonce), { ok: true, returnTo: 'none' })
  t.match(signer.verify(signer.issue('admin').state, undefined), { ok: false, reason: 'no_cookie' })
  const admin = signer.issue('admin')
  t.match(signer.verify(admin.state, admin.nonce), { ok: true, returnTo: 'admin' })
  t.not(signer.issue().state, state, 'a fresh nonce each time')
  t.notOk(state.includes(nonce), 'the state carries a hash of the nonce, never the nonce')

  const [v, exp, ret, hash, mac] = state.split('.')
  const flip = (s: string): string => (s[0] === 'A' ? 'B' : 'A') + s.slice(1)
  t.same(signer.verify([v, (parseInt(exp, 36) + 1000).toString(36), ret, hash, mac].join('.'), nonce), { ok: false, reason: 'forged' }, 'a later expiry')
  t.same(signer.verify([v, exp, 'a', hash, mac].join('.'), nonce), { ok: false, reason: 'forged' }, 'another return')
  t.same(signer.verify([v, exp, ret, flip(hash), mac].join('.'), nonce), { ok: false, reason: 'forged' })
  t.same(signer.verify([v, exp, ret, hash, flip(mac)].join('.'), nonce), { ok: false, reason: 'forged' })
  // base64url's last character carries two unused bits: a spelling that decodes to the same bytes is still a change.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  const last = alphabet.indexOf(mac.slice(-1))
  const sameBytes = mac.slice(0, -1) + alphabet[last ^ 1]
  t.same(Buffer.from(sameBytes, 'base64url'), Buffer.from(mac, 'base64url'), 'the altered signature decodes to the same bytes')
  t.same(signer.verify([v, exp, ret, hash, sameBytes].join('.'), nonce), { ok: false, reason: 'forged' })
  t.same(signer.verify(['v1', exp, ret, hash, mac].join('.'), nonce), { ok: false, reason: 'malformed' })
  t.same(signer.verify([v, exp, hash, mac].join('.'), nonce), { ok: false, reason: 'malformed' }, 'a v1-shaped state')
  t.same(signer.verify(undefined, nonce), { ok: false, reason: 'missing' })
  t.same(signer.verify('x'.repeat(500), nonce), { ok: false, reason: 'malformed' })
  t.same(createOAuthState({ secret: 'another-secret', now: () => now }).verify(state, nonce), { ok: false, reason: 'forged' })
  t.same(signer.verify(state, signer.issue().nonce), { ok: false, reason: 'other_browser' })
  t.same(signer.verify(state, ''), { ok: false, reason: 'no_cookie' })
  t.throws(() => createOAuthState({ secret: 'client-secret', ttlSeconds: 3601 }), /at most 3600/)

  now += 600_000
  t.same(signer.verify(state, nonce), { ok: false, reason: 'expired' })
})

t.test('the in-process nonce ledger (a host store without consumeNonce): once until the state expires', async (t) => {
  let now = 1_000_000
  const ledger = memoryNonceLedger(() => now)
  t.equal(await ledger.consumeOnce('h1', new Date(now + 1000)), true)
  t.equal(await ledger.consumeOnce('h1', new Date(now + 1000)), false)
  t.equal(await ledger.consumeOnce('h2', new Date(now + 1000)), true)
  now += 1001
  t.equal(await ledger.consumeOnce('h1', new Date(now + 1000)), true, 'forgotten after expiry (its state is refused as expired anyway)')
})

t.test('Ed25519 keys as PEM (escaped newlines too), SPKI base64, raw base64 or hex; several for rotation', async (t) => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
  const der = publicKey.export({ type: 'spki', format: 'der' })
  const raw = der.subarray(der.length - 32)
  const body = Buffer.from('{"type":"ContactCreate"}')
  const signature = sign(null, body, privateKey).toString('base64')
  for (const [name, value] of [
    ['PEM', pem], ['PEM with literal \\n', JSON.stringify(pem).slice(1, -1)], ['SPKI base64', der.toString('base64')],
    ['raw base64', raw.toString('base64')], ['raw hex', raw.toString('hex')]
  ]) {
    const verifier = createWebhookVerifier({ publicKeys: parseEd25519Keys(value) })
    t.same(verifier.verify(body, { 'x-ghl-signature': signature }), { ok: true, scheme: 'ed25519' }, name)
  }
  const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString()
  t.equal(parseEd25519Keys(other + pem).length, 2)
  t.same(createWebhookVerifier({ publicKeys: parseEd25519Keys([other, pem]) }).verify(body, { 'x-ghl-signature': signature }), { ok: true, scheme: 'ed25519' })
  // The key many integrations attribute to HighLevel parses (SPKI base64).
  t.equal(parseEd25519Keys('MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=').length, 1)
  t.throws(() => parseEd25519Keys(HIGHLEVEL_LEGACY_RSA_PEM), /must hold Ed25519 public keys \(got rsa\)/)
  t.throws(() => parseEd25519Keys('abc'), /must be an Ed25519 public key/)
  t.equal(parseRsaKeys(HIGHLEVEL_LEGACY_RSA_PEM).length, 1, 'HighLevel\'s published RSA key parses')
})

t.test('verification fails closed and never falls back from a bad Ed25519 signature to RSA', async (t) => {
  const ed = generateKeyPairSync('ed25519')
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const body = Buffer.from('{"type":"UNINSTALL"}')
  const edSig = sign(null, body, ed.privateKey).toString('base64')
  const rsaSig = sign('sha256', body, rsa.privateKey).toString('base64')
  const both = createWebhookVerifier({ publicKeys: [ed.publicKey], legacyKeys: [rsa.publicKey] })
  t.same(both.verify(body, { 'x-wh-signature': rsaSig }), { ok: true, scheme: 'rsa' })
  t.same(both.verify(body, { 'x-ghl-signature': edSig.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')), 'x-wh-signature': rsaSig }), { ok: false, reason: 'bad_signature' })
  t.same(both.verify(Buffer.from(body.toString() + ' '), { 'x-ghl-signature': edSig }), { ok: false, reason: 'bad_signature' }, 'one more byte')
  t.same(both.verify(body, { 'x-ghl-signature': [edSig, edSig] }), { ok: false, reason: 'bad_signature' }, 'a repeated header')
  t.same(both.verify(body, {}), { ok: false, reason: 'no_signature' })
  const edOnly = createWebhookVerifier({ publicKeys: [ed.publicKey] })
  t.same(edOnly.verify(body, { 'x-wh-signature': rsaSig }), { ok: false, reason: 'no_signature' }, 'legacy off: an RSA header is not enough')
  const none = createWebhookVerifier({})
  t.equal(none.configured, false)
  t.same(none.verify(body, { 'x-ghl-signature': edSig }), { ok: false, reason: 'no_key' })
})

import t from 'tap'
import { generateKey, parseKeyRing } from '../../lib/tokens/crypto.js'

const keyA = Buffer.alloc(32, 1).toString('base64')
const keyB = Buffer.alloc(32, 2).toString('hex')

t.test('a single key (base64 or hex) gets a stable fingerprint id and round-trips', async (t) => {
  const ring = parseKeyRing(keyA)
  t.match(ring.currentKeyId, /^k[0-9a-f]{8}$/)
  t.equal(parseKeyRing(keyA).currentKeyId, ring.currentKeyId)
  const ct = ring.encrypt('secret-token', 'conn:access')
  t.not(ct.includes('secret-token'), true)
  t.equal(ring.decrypt(ct, ring.currentKeyId, 'conn:access'), 'secret-token')
  t.equal(parseKeyRing(keyB).decrypt(parseKeyRing(keyB).encrypt('x', 'a'), parseKeyRing(keyB).currentKeyId, 'a'), 'x')
})

t.test('a random nonce per value: the same plaintext encrypts differently', async (t) => {
  const ring = parseKeyRing(keyA)
  t.not(ring.encrypt('same', 'a'), ring.encrypt('same', 'a'))
})

t.test('rotation: a ring with a new current key still decrypts values under the old one', async (t) => {
  const old = parseKeyRing(`old:${keyA}`)
  const ct = old.encrypt('tok', 'c:refresh')
  const rotated = parseKeyRing(`new:${keyB},old:${keyA}`)
  t.equal(rotated.currentKeyId, 'new')
  t.equal(rotated.decrypt(ct, 'old', 'c:refresh'), 'tok')
  t.throws(() => parseKeyRing(`new:${keyB}`).decrypt(ct, 'old', 'c:refresh'), { code: 'GHL_CONFIG', message: /key "old"/ })
})

t.test('a value moved to another row or tampered with does not decrypt', async (t) => {
  const ring = parseKeyRing(keyA)
  const ct = ring.encrypt('tok', 'conn1:access')
  t.throws(() => ring.decrypt(ct, ring.currentKeyId, 'conn2:access'), { code: 'GHL_CONFIG' })
  const parts = ct.split('.')
  parts[3] = Buffer.from('tampered').toString('base64url')
  t.throws(() => ring.decrypt(parts.join('.'), ring.currentKeyId, 'conn1:access'), { code: 'GHL_CONFIG' })
})

t.test('bad key configuration names the variable and never echoes the key', async (t) => {
  for (const bad of ['', 'short', 'k1:' + Buffer.alloc(16).toString('base64'), `a:${keyA},a:${keyB}`, `bad id!:${keyA}`]) {
    try {
      parseKeyRing(bad)
      t.fail(`accepted ${bad}`)
    } catch (err) {
      t.match((err as Error).message, /GHL_TOKEN_ENCRYPTION_KEY/)
      if (bad.length > 8) t.notOk((err as Error).message.includes(bad.split(':').pop() as string), 'the key is not in the message')
    }
  }
  t.equal(Buffer.from(generateKey(), 'base64').length, 32)
})

t.test('an auth tag cut short is refused, even when its bytes are the right prefix', async (t) => {
  const ring = parseKeyRing(keyA)
  const ct = ring.encrypt('tok', 'conn1:access')
  const parts = ct.split('.')
  const tag = Buffer.from(parts[2], 'base64url')
  t.equal(tag.length, 16, 'encrypt writes 16-byte tags')
  for (const bytes of [4, 8, 12, 15]) {
    const cut = [parts[0], parts[1], tag.subarray(0, bytes).toString('base64url'), parts[3]].join('.')
    t.throws(() => ring.decrypt(cut, ring.currentKeyId, 'conn1:access'), { code: 'GHL_CONFIG', message: /auth tag/ }, `${bytes}-byte tag refused`)
  }
  const longer = [parts[0], parts[1], Buffer.concat([tag, Buffer.alloc(1)]).toString('base64url'), parts[3]].join('.')
  t.throws(() => ring.decrypt(longer, ring.currentKeyId, 'conn1:access'), { code: 'GHL_CONFIG' })
  const shortNonce = [parts[0], Buffer.alloc(8).toString('base64url'), parts[2], parts[3]].join('.')
  t.throws(() => ring.decrypt(shortNonce, ring.currentKeyId, 'conn1:access'), { code: 'GHL_CONFIG' })
  t.equal(ring.decrypt(ct, ring.currentKeyId, 'conn1:access'), 'tok', 'the intact value still decrypts')
})

t.test('keys must be exactly 64 hex or 44 base64 characters: junk is refused without echoing the key', async (t) => {
  const hex = Buffer.alloc(32, 3).toString('hex')
  const junk = [
    keyA.slice(0, 20) + '!!' + keyA.slice(20), // a lenient base64 decoder skips the '!'
    keyA.replace('=', '') + '#',
    keyA + '==',
    'k1:' + keyA.slice(0, 10) + ' ' + keyA.slice(10),
    hex.slice(0, 63) + 'g',
    hex + '00',
    keyA.slice(0, 42) + 'B=' // a non-canonical last character (the unused bits are set)
  ]
  for (const bad of junk) {
    try {
      parseKeyRing(bad)
      t.fail(`accepted ${bad}`)
    } catch (err) {
      t.match(err, { code: 'GHL_CONFIG', message: /GHL_TOKEN_ENCRYPTION_KEY must hold 32-byte keys/ })
      const secret = (bad.split(':').pop() as string)
      t.notOk((err as Error).message.includes(secret.slice(0, 12)), 'the key text is not in the message')
    }
  }
  // The exact forms are accepted: padded and unpadded base64, base64url, hex in either case, with surrounding spaces.
  const url = Buffer.alloc(32, 0xfb).toString('base64url')
  for (const good of [keyA, keyA.replace(/=$/, ''), url, hex, hex.toUpperCase(), ` ${keyA} `, `a:${keyA},b:${hex}`]) {
    t.doesNotThrow(() => parseKeyRing(good), `accepts ${good.slice(0, 6)}…`)
  }
  t.equal(parseKeyRing(url).currentKeyId, parseKeyRing(Buffer.alloc(32, 0xfb).toString('base64')).currentKeyId, 'base64url is the same key')
})

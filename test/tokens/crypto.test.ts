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

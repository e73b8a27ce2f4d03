import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import t from 'tap'
import { advisoryLockKey, findMigrationsFolder, lockKeyFor, MIGRATION_LOCK_KEY } from '../../db/index.js'

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

t.test('lock keys are stable signed 64-bit integers from SHA-256', async (t) => {
  // Pinned: changing the derivation would let old and new instances refresh the same connection at once.
  t.equal(lockKeyFor('loc_123'), -1800549159710071470n)
  t.equal(MIGRATION_LOCK_KEY, -4966048183486693216n)
  const hex = createHash('sha256').update('fastify-ghl:abc').digest('hex').slice(0, 16)
  t.equal(lockKeyFor('abc'), BigInt.asIntN(64, BigInt('0x' + hex)), 'first 8 bytes, big-endian, signed')
  t.equal(advisoryLockKey('fastify-ghl:abc'), lockKeyFor('abc'))
  t.equal(lockKeyFor('abc'), lockKeyFor('abc'))
})

t.test('lock keys use the whole 64-bit range and differ across ids', async (t) => {
  const keys = new Set<bigint>()
  let negative = 0
  let beyond32 = 0
  let outOfRange = 0
  for (let i = 0; i < 2000; i++) {
    const key = lockKeyFor(`location-${i}`)
    if (key < INT64_MIN || key > INT64_MAX) outOfRange++
    if (key < 0n) negative++
    if (key > 2n ** 32n || key < -(2n ** 32n)) beyond32++
    keys.add(key)
  }
  t.equal(outOfRange, 0, 'all within bigint')
  t.equal(keys.size, 2000, 'no collisions')
  t.ok(negative > 800 && negative < 1200, 'signed: about half are negative')
  t.ok(beyond32 > 1990, 'not a 32-bit hash')
  t.not(lockKeyFor('Loc-1'), lockKeyFor('loc-1'), 'ids are case-sensitive')
})

t.test('the migrations folder is found from source and from the build', async (t) => {
  const root = findMigrationsFolder()
  t.match(root, /migrations$/)
  t.equal(findMigrationsFolder(pathToFileURL(join(root, '..', 'dist', 'db', 'migrate.js')).href), root, 'from dist/db/')
  t.equal(findMigrationsFolder(pathToFileURL(join(root, '..', 'db', 'migrate.ts')).href), root, 'from db/')
  t.throws(() => findMigrationsFolder(pathToFileURL('/nonexistent-fastify-ghl/db/migrate.js').href), /no migrations/)
})

// The boot check of the key ring against the stored rows: a restart with a key that cannot read the tokens must fail
// registration (naming the option), not boot, report "authenticated" and then fail every call.
import type { TokenStore } from '../../db/types.js'
import { settingName } from '../config-env.js'
import { GhlConfigError } from '../errors.js'
import { decryptRow } from './codec.js'
import type { KeyRing } from './crypto.js'

/** Every key id on active rows is in the ring, and one row per key id decrypts; else GhlConfigError naming the key option. */
export async function checkStoredKeys (store: Pick<TokenStore, 'keySamples'>, keyRing: KeyRing): Promise<void> {
  const name = settingName('encryptionKey')
  const samples = await store.keySamples()
  const missing = samples.filter((row) => !keyRing.has(row.keyId ?? ''))
  if (missing.length > 0) {
    const ids = missing.map((row) => `"${String(row.keyId)}" (e.g. connection ${row.id})`).join(', ')
    throw new GhlConfigError(`${name} has no key with the id ${ids} that active stored connections were encrypted with: ` +
      'add that key to the ring (`newId:newKey,oldId:oldKey`, the first one encrypts) or set the key they were written with')
  }
  for (const row of samples) {
    try {
      decryptRow(keyRing, row)
    } catch {
      throw new GhlConfigError(`${name} cannot decrypt the stored tokens of connection ${row.id} (key id "${String(row.keyId)}"): ` +
        'the key under that id is not the one the rows were written with (or the row was tampered with); set the original key')
    }
  }
}

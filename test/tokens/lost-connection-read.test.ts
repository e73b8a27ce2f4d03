// A token read whose database connection is cut mid-query (a terminated backend: SQLSTATE 57P01, wrapped by drizzle)
// is read again; an error that is not a lost connection is not. The cut is injected at the store boundary: a real
// pg_terminate_backend cannot be timed to land inside one given query.
import t from 'tap'
import type { TokenStore } from '../../db/index.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { install, managerFor, migratedDatabase } from '../helpers/tokens.js'

function failingGets (failures: number, make: () => Error): { wrap: (store: TokenStore) => TokenStore, calls: () => number } {
  let calls = 0
  const wrap = (store: TokenStore): TokenStore => new Proxy(store, {
    get (target, name) {
      if (name !== 'get') {
        const value = Reflect.get(target, name, target)
        return typeof value === 'function' ? value.bind(target) : value
      }
      return async (id: string) => {
        calls++
        if (calls <= failures) throw make()
        return await target.get(id)
      }
    }
  })
  return { wrap, calls: () => calls }
}

const terminated = (): Error => Object.assign(new Error('Failed query: select "id" from "ghl_connections"'), {
  cause: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })
})

t.test('a cut connection under the token read: read again, the call gets its token', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  const writer = await managerFor(t, sb, url)
  const connection = await install(sb, writer.manager)
  const cut = failingGets(2, terminated)
  const reader = await managerFor(t, sb, url, { wrapStore: cut.wrap })
  t.type(await reader.manager.getValidToken(connection), 'string', 'the token, after two cut reads')
  t.equal(cut.calls(), 3, 'two retries, then the read that worked')
})

t.test('cut three times, or refused for another reason: the error reaches the caller', async (t) => {
  const sb = await sandboxFor(t)
  const url = await migratedDatabase(t)
  const writer = await managerFor(t, sb, url)
  const connection = await install(sb, writer.manager)
  const cut = failingGets(3, terminated)
  const reader = await managerFor(t, sb, url, { wrapStore: cut.wrap })
  await t.rejects(reader.manager.getValidToken(connection), /Failed query/)
  t.equal(cut.calls(), 3, 'at most two retries')

  const refused = failingGets(1, () => Object.assign(new Error('permission denied for table ghl_connections'), { code: '42501' }))
  const other = await managerFor(t, sb, url, { wrapStore: refused.wrap })
  await t.rejects(other.manager.getValidToken(connection), /permission denied/)
  t.equal(refused.calls(), 1, 'not retried')
})

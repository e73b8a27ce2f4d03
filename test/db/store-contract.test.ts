import { PGlite } from '@electric-sql/pglite'
import t, { type Test } from 'tap'
import {
  createPgliteTokenStore,
  createPgTokenStore,
  type NewConnection,
  type TokenStore,
  type TokenWrite
} from '../../db/index.js'
import { sqlClient, testDatabase } from '../helpers/db.js'

// One contract, run against both backends: everything lib/ may rely on from a TokenStore.
// Backend-specific behaviour (several pools, dropped connections, data directories) is tested in
// pg-store.test.ts and pglite-store.test.ts.

type Rows = Array<Record<string, unknown>>

interface Fixture {
  store: TokenStore
  /** Another store on the same database: on node-postgres with its own pool; on PGlite the same store. */
  peer: TokenStore
  /** Raw SQL against the store's database. */
  query: (text: string, params?: unknown[]) => Promise<Rows>
}

interface Backend {
  name: 'pg' | 'pglite'
  /** A migrated, empty store for one test; everything it opens is closed at the test's teardown. */
  setup: (t: Test) => Promise<Fixture>
  /** Closes what the backend shares between tests. */
  close?: () => Promise<void>
}

const HOUR = 3600_000
const LOCK = { lockTimeoutMs: 5000, idleTimeoutMs: 10_000 }

function connection (id: string, over: Partial<NewConnection> = {}): NewConnection {
  return {
    id,
    userType: 'Location',
    locationId: id,
    companyId: 'company-1',
    scope: 'contacts.readonly',
    accessTokenCiphertext: 'access-1',
    refreshTokenCiphertext: 'refresh-1',
    keyId: 'key-1',
    expiresAt: new Date(Date.now() + HOUR),
    ...over
  }
}

function tokens (n: number, over: Partial<TokenWrite> = {}): TokenWrite {
  return {
    accessTokenCiphertext: `access-${n}`,
    refreshTokenCiphertext: `refresh-${n}`,
    keyId: `key-${n}`,
    expiresAt: new Date(Date.now() + 24 * HOUR),
    ...over
  }
}

interface Deferred<T = void> {
  promise: Promise<T>
  resolve: (value: T) => void
}

function deferred<T = void> (): Deferred<T> {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((res) => { resolve = res })
  return { promise, resolve }
}

function nextMessage (store: TokenStore, t: Test): { ready: Promise<void>, message: Promise<string> } {
  const message = deferred<string>()
  const ready = store.subscribe((m) => { message.resolve(m) }).then((sub) => { t.teardown(() => sub.close()) })
  return { ready, message: message.promise }
}

export function tokenStoreContract (backend: Backend): void {
  t.test(`${backend.name}: TokenStore contract`, async (t) => {
    t.teardown(async () => { await backend.close?.() })
    t.test('get, list and delete', async (t) => {
      const { store } = await backend.setup(t)
      t.equal(await store.get('nope'), null)
      t.same(await store.list(), [])
      t.equal(await store.insertIfAbsent(connection('loc-b')), true)
      t.equal(await store.insertIfAbsent(connection('loc-a', { userType: 'Company', locationId: null })), true)
      const row = await store.get('loc-b')
      t.match(row, {
        id: 'loc-b',
        userType: 'Location',
        locationId: 'loc-b',
        companyId: 'company-1',
        scope: 'contacts.readonly',
        accessTokenCiphertext: 'access-1',
        refreshTokenCiphertext: 'refresh-1',
        keyId: 'key-1',
        status: 'active',
        version: 0,
        refreshStartedAt: null,
        refreshedAt: null,
        lastError: null,
        lastErrorAt: null
      })
      t.ok(row?.expiresAt instanceof Date, 'expiresAt is a Date')
      t.ok(row?.createdAt instanceof Date, 'createdAt is a Date')
      t.ok(row?.updatedAt instanceof Date, 'updatedAt is a Date')
      t.same((await store.list()).map((r) => r.id), ['loc-a', 'loc-b'], 'list is ordered by id')
      t.equal(await store.delete('loc-a'), true)
      t.equal(await store.delete('loc-a'), false)
      t.same((await store.list()).map((r) => r.id), ['loc-b'])
    })

    t.test('insertIfAbsent does not overwrite', async (t) => {
      const { store } = await backend.setup(t)
      t.equal(await store.insertIfAbsent(connection('loc-1')), true)
      t.equal(await store.insertIfAbsent(connection('loc-1', { refreshTokenCiphertext: 'other', keyId: 'key-9' })), false)
      t.match(await store.get('loc-1'), { refreshTokenCiphertext: 'refresh-1', keyId: 'key-1', version: 0 })
    })

    t.test('saveAuthorization inserts, then replaces and bumps the version', async (t) => {
      const { store } = await backend.setup(t)
      const first = await store.saveAuthorization(connection('loc-1', { accessTokenCiphertext: null, expiresAt: null }))
      t.match(first, { id: 'loc-1', status: 'active', accessTokenCiphertext: null, expiresAt: null })
      await store.setStatus('loc-1', 'reauth_required', 'invalid_grant')
      const expiresAt = new Date(Date.now() + 2 * HOUR)
      const second = await store.saveAuthorization(connection('loc-1', {
        accessTokenCiphertext: 'access-2',
        refreshTokenCiphertext: 'refresh-2',
        keyId: 'key-2',
        scope: null,
        expiresAt
      }))
      t.match(second, {
        id: 'loc-1',
        status: 'active',
        version: first.version + 1,
        accessTokenCiphertext: 'access-2',
        refreshTokenCiphertext: 'refresh-2',
        keyId: 'key-2',
        scope: null,
        lastError: null,
        lastErrorAt: null,
        refreshStartedAt: null
      })
      t.equal(second.expiresAt?.getTime(), expiresAt.getTime())
      t.same(await store.get('loc-1'), second, 'the returned row is the stored row')
    })

    t.test('writeTokens checks the version', async (t) => {
      const { store } = await backend.setup(t)
      await store.insertIfAbsent(connection('loc-1'))
      await store.recordError('loc-1', 'boom')
      const write = tokens(2)
      const written = await store.writeTokens('loc-1', write, 0)
      t.match(written, {
        version: 1,
        status: 'active',
        accessTokenCiphertext: 'access-2',
        refreshTokenCiphertext: 'refresh-2',
        keyId: 'key-2',
        scope: 'contacts.readonly',
        lastError: null,
        lastErrorAt: null,
        refreshStartedAt: null
      }, 'a write without scope keeps the scope')
      t.equal(written?.expiresAt?.getTime(), write.expiresAt.getTime())
      t.ok(written?.refreshedAt instanceof Date, 'refreshedAt is set')

      t.equal(await store.writeTokens('loc-1', tokens(3), 0), null, 'a stale version writes nothing')
      t.same(await store.get('loc-1'), written, 'the row is unchanged')

      t.match(await store.writeTokens('loc-1', tokens(4, { scope: 'contacts.write' }), 1), { version: 2, scope: 'contacts.write' })
      t.equal(await store.writeTokens('missing', tokens(5), 0), null)
    })

    t.test('setStatus and recordError', async (t) => {
      const { store, query } = await backend.setup(t)
      await store.insertIfAbsent(connection('loc-1'))
      await store.recordError('loc-1', 'GHL answered 503')
      const errored = await store.get('loc-1')
      t.match(errored, { status: 'active', lastError: 'GHL answered 503', version: 0 })
      t.ok(errored?.lastErrorAt instanceof Date)
      await store.setStatus('loc-1', 'reauth_required', 'invalid_grant')
      t.match(await store.get('loc-1'), { status: 'reauth_required', lastError: 'invalid_grant' })
      await store.setStatus('loc-1', 'active', null)
      t.match(await store.get('loc-1'), { status: 'active', lastError: null, lastErrorAt: null })
      await t.rejects(query("UPDATE ghl_connections SET status = 'bogus'"), 'the status check constraint holds')
    })

    // node-postgres: one transaction, rolled back on throw. PGlite (one connection, one process): the mutex is the lock and
    // no transaction is held across the body (it would hold the only connection during the token call), so each write
    // lands as it is made, and token writes still carry the version they expect.
    t.test('withRefreshLock reads the row, commits on resolve, rolls back on throw (node-postgres) or writes as it goes (PGlite)', async (t) => {
      const { store } = await backend.setup(t)
      t.same(await store.withRefreshLock('missing', LOCK, async (h) => h.row), { acquired: true, value: null })

      await store.insertIfAbsent(connection('loc-1'))
      await store.writeTokens('loc-1', tokens(2), 0)
      const committed = await store.withRefreshLock('loc-1', LOCK, async (h) => {
        t.match(h.row, { id: 'loc-1', version: 1, refreshTokenCiphertext: 'refresh-2' }, 'the handle holds the current row')
        await h.markRefreshStarted()
        return await h.writeTokens(tokens(3), h.row?.version ?? -1)
      })
      t.match(committed, { acquired: true, value: { version: 2, refreshTokenCiphertext: 'refresh-3', refreshStartedAt: null } })
      t.match(await store.get('loc-1'), { version: 2, refreshTokenCiphertext: 'refresh-3', refreshStartedAt: null })

      t.equal((await store.withRefreshLock('loc-1', LOCK, async (h) => await h.writeTokens(tokens(9), 0))).acquired, true)
      t.match(await store.get('loc-1'), { version: 2 }, 'a stale locked write returns null and changes nothing')

      const failure = new Error('refresh failed')
      await t.rejects(store.withRefreshLock('loc-1', LOCK, async (h) => {
        await h.writeTokens(tokens(4), 2)
        await h.setStatus('reauth_required', 'invalid_grant')
        throw failure
      }), failure)
      if (store.backend === 'pg') {
        t.match(await store.get('loc-1'), { version: 2, status: 'active', refreshTokenCiphertext: 'refresh-3', lastError: null },
          'everything written under the lock was rolled back')
      } else {
        t.match(await store.get('loc-1'), { version: 3, status: 'reauth_required', refreshTokenCiphertext: 'refresh-4', lastError: 'invalid_grant' },
          'PGlite: what was written before the throw stays written')
        await store.saveAuthorization({ ...connection('loc-1'), refreshTokenCiphertext: 'refresh-3' })
        await store.writeTokens('loc-1', tokens(3), 4)
        t.match(await store.get('loc-1'), { version: 5, status: 'active', refreshTokenCiphertext: 'refresh-3' })
      }

      await store.withRefreshLock('loc-1', LOCK, async (h) => {
        await h.recordError('GHL answered 502')
        await h.markRefreshStarted()
      })
      const marked = await store.get('loc-1')
      t.match(marked, { lastError: 'GHL answered 502' })
      t.ok(marked?.refreshStartedAt instanceof Date, 'markRefreshStarted after a write in the lock still lands')

      await store.withRefreshLock('loc-1', LOCK, async (h) => { await h.setStatus('reauth_required', 'invalid_grant') })
      t.match(await store.get('loc-1'), { status: 'reauth_required', lastError: 'invalid_grant' })
    })

    t.test('a handle is dead once its lock is released', async (t) => {
      const { store } = await backend.setup(t)
      await store.insertIfAbsent(connection('loc-1'))
      const result = await store.withRefreshLock('loc-1', LOCK, async (h) => h)
      t.equal(result.acquired, true)
      if (!result.acquired) return
      await t.rejects(result.value.writeTokens(tokens(2), 0), /used after its lock was released/)
      await t.rejects(result.value.markRefreshStarted(), /used after its lock was released/)
      t.match(await store.get('loc-1'), { version: 0, refreshStartedAt: null })
    })

    t.test('a waiter reads the row the holder committed (double-checked read)', async (t) => {
      const { store, peer } = await backend.setup(t)
      await store.insertIfAbsent(connection('loc-1'))
      const held = deferred()
      const gate = deferred()
      const holder = store.withRefreshLock('loc-1', LOCK, async (h) => {
        held.resolve()
        await gate.promise
        return await h.writeTokens(tokens(2), 0)
      })
      await held.promise
      let waiterRan = false
      const waiter = peer.withRefreshLock('loc-1', LOCK, async (h) => {
        waiterRan = true
        return h.row
      })
      await new Promise((resolve) => setTimeout(resolve, 100))
      t.equal(waiterRan, false, 'the waiter waits while the lock is held')
      gate.resolve()
      t.match(await holder, { acquired: true, value: { version: 1 } })
      t.match(await waiter, { acquired: true, value: { version: 1, refreshTokenCiphertext: 'refresh-2' } },
        'the waiter sees the refreshed row, not the one from before its wait')
    })

    t.test('locks of different connections do not block each other', async (t) => {
      const { store, peer } = await backend.setup(t)
      const gate = deferred()
      const held = deferred()
      const holder = store.withRefreshLock('loc-1', LOCK, async () => {
        held.resolve()
        await gate.promise
      })
      await held.promise
      if (backend.name === 'pg') {
        t.same(await peer.withRefreshLock('loc-2', { ...LOCK, tryOnly: true }, async () => 'other'), { acquired: true, value: 'other' })
      } else {
        // PGlite has one connection: another lock's transaction runs after this one, but is not refused.
        const other = peer.withRefreshLock('loc-2', { ...LOCK, tryOnly: true }, async () => 'other')
        gate.resolve()
        t.same(await other, { acquired: true, value: 'other' })
      }
      gate.resolve()
      await holder
    })

    t.test('tryOnly on a held lock resolves acquired:false', async (t) => {
      const { store, peer } = await backend.setup(t)
      await store.insertIfAbsent(connection('loc-1'))
      const held = deferred()
      const gate = deferred()
      const holder = peer.withRefreshLock('loc-1', LOCK, async () => {
        held.resolve()
        await gate.promise
        return 'holder'
      })
      await held.promise
      let ran = false
      const started = Date.now()
      t.same(await store.withRefreshLock('loc-1', { ...LOCK, tryOnly: true }, async () => { ran = true }), { acquired: false })
      t.ok(Date.now() - started < LOCK.lockTimeoutMs / 2, 'tryOnly did not wait')
      t.equal(ran, false)
      gate.resolve()
      t.same(await holder, { acquired: true, value: 'holder' })
      t.same(await store.withRefreshLock('loc-1', { ...LOCK, tryOnly: true }, async () => 'free'), { acquired: true, value: 'free' })
    })

    t.test('a lock wait past lockTimeoutMs throws GHL_LOCK_TIMEOUT', async (t) => {
      const { store, peer } = await backend.setup(t)
      await store.insertIfAbsent(connection('loc-1'))
      const held = deferred()
      const gate = deferred()
      const holder = peer.withRefreshLock('loc-1', LOCK, async () => {
        held.resolve()
        await gate.promise
      })
      await held.promise
      const started = Date.now()
      await t.rejects(store.withRefreshLock('loc-1', { lockTimeoutMs: 300, idleTimeoutMs: 5000 }, async () => 'never'), {
        code: 'GHL_LOCK_TIMEOUT',
        statusCode: 503,
        message: /300 ms .* loc-1/
      })
      const waited = Date.now() - started
      t.ok(waited >= 250 && waited < 3000, `waited about lockTimeoutMs (${waited} ms)`)
      gate.resolve()
      t.equal((await holder).acquired, true)
      t.equal((await store.withRefreshLock('loc-1', LOCK, async () => 1)).acquired, true, 'the lock is free afterwards')
    })

    t.test('withRefreshLock validates its options', async (t) => {
      const { store } = await backend.setup(t)
      await t.rejects(store.withRefreshLock('loc-1', { lockTimeoutMs: 0, idleTimeoutMs: 1000 }, async () => 1), TypeError)
      await t.rejects(store.withRefreshLock('loc-1', { lockTimeoutMs: 1000, idleTimeoutMs: Number.NaN }, async () => 1), TypeError)
    })

    t.test('listDue: active, expiring before the cutoff, soonest first, limited', async (t) => {
      const { store } = await backend.setup(t)
      const now = Date.now()
      const at = (minutes: number): Date => new Date(now + minutes * 60_000)
      await store.insertIfAbsent(connection('in-10', { expiresAt: at(10) }))
      await store.insertIfAbsent(connection('in-2', { expiresAt: at(2) }))
      await store.insertIfAbsent(connection('expired', { expiresAt: at(-5) }))
      await store.insertIfAbsent(connection('in-60', { expiresAt: at(60) }))
      await store.insertIfAbsent(connection('reauth', { expiresAt: at(1) }))
      await store.setStatus('reauth', 'reauth_required', 'invalid_grant')
      await store.insertIfAbsent(connection('revoked', { expiresAt: at(1) }))
      await store.setStatus('revoked', 'revoked', null)

      const ids = async (before: Date, limit: number): Promise<string[]> => (await store.listDue(before, limit)).map((r) => r.id)
      t.same(await ids(at(15), 10), ['expired', 'in-2', 'in-10'])
      t.same(await ids(at(15), 2), ['expired', 'in-2'])
      t.same(await ids(at(2), 10), ['expired'], 'the cutoff is exclusive')
      t.same(await ids(at(-10), 10), [])
      t.same(await ids(at(15), 0), [])
      t.match((await store.listDue(at(15), 1))[0], { id: 'expired', status: 'active', refreshTokenCiphertext: 'refresh-1' })

      // Seeded with a refresh token only: no known expiry, so it is due before everything else.
      await store.insertIfAbsent(connection('seeded', { accessTokenCiphertext: null, expiresAt: null }))
      t.same(await ids(at(15), 10), ['seeded', 'expired', 'in-2', 'in-10'])
      t.same(await ids(at(-10), 1), ['seeded'])
    })

    t.test('countByStatus counts every status', async (t) => {
      const { store } = await backend.setup(t)
      t.same(await store.countByStatus(), { active: 0, suspended: 0, reauth_required: 0, revoked: 0 })
      for (const id of ['a', 'b', 'c', 'd', 'e']) await store.insertIfAbsent(connection(id))
      await store.setStatus('b', 'reauth_required', 'invalid_grant')
      await store.setStatus('c', 'reauth_required', 'invalid_grant')
      await store.setStatus('d', 'revoked', null)
      await store.setStatus('e', 'suspended', 'location is not active')
      t.same(await store.countByStatus(), { active: 1, suspended: 1, reauth_required: 2, revoked: 1 })
    })

    t.test('webhooks: record once, mark processed, prune', async (t) => {
      const { store, query } = await backend.setup(t)
      const now = Date.now()
      const event = { webhookId: 'wh-1', type: 'ContactCreate', payload: { id: 'c1', tags: ['a'] }, receivedAt: new Date(now - 2 * HOUR) }
      t.equal(await store.recordWebhook(event), true)
      t.equal(await store.recordWebhook(event), false, 'a replay is refused')
      t.equal(await store.recordWebhook({ ...event, payload: { other: true } }), false)
      t.equal(await store.recordWebhook({ webhookId: 'wh-2', type: 'AppInstall', payload: null, receivedAt: new Date(now) }), true)
      await store.markWebhookProcessed('wh-1', null)
      await store.markWebhookProcessed('wh-2', 'handler failed')
      const rows = await query('SELECT webhook_id, type, payload, processed_at, error FROM ghl_webhook_events ORDER BY webhook_id')
      t.match(rows, [
        { webhook_id: 'wh-1', type: 'ContactCreate', payload: { id: 'c1', tags: ['a'] }, error: null },
        { webhook_id: 'wh-2', type: 'AppInstall', payload: null, error: 'handler failed' }
      ])
      t.not(rows[0].processed_at, null)
      t.equal(await store.pruneWebhooks(new Date(now - 3 * HOUR)), 0)
      t.equal(await store.pruneWebhooks(new Date(now - HOUR)), 1)
      t.equal(await store.recordWebhook(event), true, 'a pruned id is accepted again')
      t.equal(await store.pruneWebhooks(new Date(now + HOUR)), 2)
    })

    t.test('failed admin logins: counted per address within its window (both instances), restarted after it, cleared, expired rows pruned', async (t) => {
      const { store, peer, query } = await backend.setup(t)
      const at = new Date('2026-12-01T10:00:00Z')
      const later = (ms: number): Date => new Date(at.getTime() + ms)
      const window = later(15 * 60_000)
      t.same(await store.loginFailures?.('addr-a', at), null)
      t.same(await store.recordLoginFailure?.('addr-a', at, window), { failures: 1, windowEndsAt: window })
      t.same(await peer.recordLoginFailure?.('addr-a', later(1000), later(1000 + 15 * 60_000)), { failures: 2, windowEndsAt: window }, 'the window is the first failure\'s')
      t.same(await peer.loginFailures?.('addr-a', later(2000)), { failures: 2, windowEndsAt: window })
      t.same(await store.recordLoginFailure?.('addr-b', at, window), { failures: 1, windowEndsAt: window }, 'another address counts apart')
      t.same(await store.loginFailures?.('addr-a', window), null, 'nothing once the window has ended')
      const next = later(30 * 60_000)
      t.same(await store.recordLoginFailure?.('addr-a', window, next), { failures: 1, windowEndsAt: next }, 'a new window starts at 1')
      t.same(await query('SELECT address_hash FROM ghl_admin_login_failures'), [{ address_hash: 'addr-a' }], "the next failure deleted addr-b's ended window")
      await peer.clearLoginFailures?.('addr-a')
      t.same(await store.loginFailures?.('addr-a', window), null, 'cleared')
    })

    t.test('publish reaches subscribers', async (t) => {
      const { store, peer } = await backend.setup(t)
      const first = nextMessage(store, t)
      const second = nextMessage(store, t)
      await Promise.all([first.ready, second.ready])
      await peer.publish(JSON.stringify({ type: 'refreshed', id: 'loc-1', version: 3 }))
      t.same(JSON.parse(await first.message), { type: 'refreshed', id: 'loc-1', version: 3 })
      t.equal(await second.message, await first.message)

      const seen: string[] = []
      const sub = await store.subscribe((m) => seen.push(m))
      const after = nextMessage(store, t)
      await after.ready
      await sub.close()
      await sub.close()
      await peer.publish('after close')
      t.equal(await after.message, 'after close')
      t.same(seen, [], 'a closed subscription hears nothing')
    })

    t.test('the expiry index exists', async (t) => {
      const { query } = await backend.setup(t)
      const rows = await query("SELECT indexdef FROM pg_indexes WHERE tablename = 'ghl_connections' AND indexname = 'ghl_connections_due_idx'")
      t.equal(rows.length, 1)
      t.match(rows[0].indexdef, /\(expires_at\) WHERE \(?status = 'active'/)
      const webhook = await query("SELECT indexdef FROM pg_indexes WHERE tablename = 'ghl_webhook_events' AND indexdef LIKE '%(received_at)%'")
      t.equal(webhook.length, 1)
    })
  })
}

const pgBackend: Backend = {
  name: 'pg',
  async setup (t) {
    const connectionString = await testDatabase(t)
    const store = createPgTokenStore({ connectionString })
    t.teardown(() => store.close())
    const peer = createPgTokenStore({ connectionString })
    t.teardown(() => peer.close())
    await store.migrate()
    const client = await sqlClient(t, connectionString)
    return { store, peer, query: async (text, params) => (await client.query(text, params)).rows }
  }
}

// PGlite takes a few seconds to start: one instance serves every test, emptied before each.
let sharedPglite: PGlite | undefined
const pgliteBackend: Backend = {
  name: 'pglite',
  async setup (t) {
    sharedPglite ??= new PGlite()
    const pglite = sharedPglite
    const store = createPgliteTokenStore({ pglite })
    t.teardown(() => store.close())
    await store.migrate()
    await pglite.exec('TRUNCATE ghl_connections, ghl_webhook_events')
    return { store, peer: store, query: async (text, params) => (await pglite.query<Record<string, unknown>>(text, params)).rows }
  },
  async close () {
    await sharedPglite?.close()
    sharedPglite = undefined
  }
}

tokenStoreContract(pgBackend)
tokenStoreContract(pgliteBackend)

// The refresher: two app instances on separate pools over one database, 200 connections due → each refreshed exactly
// once (the sandbox counts), the work split between them; the scheduled job refreshes on its own and skips revoked
// connections.
import t, { type Test } from 'tap'
import { parseKeyRing } from '../../lib/tokens/crypto.js'
import { encryptNew } from '../../lib/tokens/codec.js'
import type { Sandbox } from '../../sandbox/index.js'
import { build, eventually, sideStore } from '../helpers/app.js'
import { TEST_KEY } from '../helpers/tokens.js'

/** Installs `n` locations in the sandbox and stores them with tokens inside the refresh window (due now). */
async function seedDue (t: Test, sb: Sandbox, databaseUrl: string, n: number, prefix: string): Promise<string[]> {
  const store = await sideStore(t, databaseUrl)
  const keyRing = parseKeyRing(TEST_KEY)
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const locationId = `${prefix}_${String(i).padStart(3, '0')}`
    const tokens = sb.issueTokens({ locationId })
    await store.insertIfAbsent(encryptNew(keyRing, {
      id: locationId,
      userType: 'Location',
      locationId,
      companyId: tokens.companyId,
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      expiresAt: new Date(Date.now() + 60_000)
    }))
    ids.push(locationId)
  }
  return ids
}

t.test('two instances, separate pools, 200 connections due: each refreshed exactly once', async (t) => {
  const a = await build(t, { options: { refresher: { intervalSeconds: 120 }, refreshWindowSeconds: 300 } })
  const b = await build(t, { sandbox: a.sb, databaseUrl: a.databaseUrl, options: { refresher: { intervalSeconds: 120 }, refreshWindowSeconds: 300 } })
  const ids = await seedDue(t, a.sb, a.databaseUrl, 200, 'loc_due')
  a.sb.resetStats()

  const refreshedBy = { a: new Set<string>(), b: new Set<string>() }
  a.app.ghl.events.on('token:refreshed', (e) => { refreshedBy.a.add(e.connection) })
  b.app.ghl.events.on('token:refreshed', (e) => { refreshedBy.b.add(e.connection) })

  const [ra, rb] = await Promise.all([a.app.ghl.refreshDue(), b.app.ghl.refreshDue()])
  t.equal(ra.due + rb.due >= 200, true, 'both saw the due connections')
  t.equal(ra.refreshed + rb.refreshed, 200, `refreshed ${ra.refreshed} + ${rb.refreshed}`)
  t.equal(ra.failed + rb.failed, 0)
  const stats = a.sb.stats()
  t.equal(stats.refreshes, 200, 'the sandbox saw exactly 200 refreshes')
  t.equal(stats.invalidGrant, 0, 'no refresh token was used twice')
  t.equal(refreshedBy.a.size + refreshedBy.b.size, 200)
  t.same([...refreshedBy.a].filter((id) => refreshedBy.b.has(id)), [], 'no connection refreshed by both')
  t.ok(refreshedBy.a.size > 0 && refreshedBy.b.size > 0, `the work was split (${refreshedBy.a.size} / ${refreshedBy.b.size})`)

  // Nothing is due any more: another sweep on each refreshes nothing.
  const [again, againB] = await Promise.all([a.app.ghl.refreshDue(), b.app.ghl.refreshDue()])
  t.equal(again.refreshed + againB.refreshed, 0)
  t.equal(a.sb.stats().refreshes, 200)

  // Every connection's new token works.
  for (const id of ids.slice(0, 5)) t.match(await b.app.ghl.forLocation(id).contacts.search({ pageLimit: 1 }), { contacts: [] })
})

t.test('the scheduled job refreshes due connections by itself, skips revoked ones, stops on close', async (t) => {
  const { app, sb, databaseUrl } = await build(t, { options: { refresher: { intervalSeconds: 0.5, jitterSeconds: 0.05 } } })
  const ids = await seedDue(t, sb, databaseUrl, 12, 'loc_sched')
  const store = await sideStore(t, databaseUrl)
  await store.setStatus(ids[0], 'revoked', 'uninstalled')
  await store.setStatus(ids[1], 'reauth_required', 'invalid_grant')
  sb.resetStats()

  await eventually(() => sb.stats().refreshes === 10, 10_000, '10 scheduled refreshes')
  await new Promise((resolve) => setTimeout(resolve, 1200))
  t.equal(sb.stats().refreshes, 10, 'each once; revoked and reauth_required skipped')
  t.equal(sb.stats().invalidGrant, 0)

  await app.close()
  await store.writeTokens(ids[2], { ...(await store.get(ids[2]))!, expiresAt: new Date(Date.now() + 1000) } as never, (await store.get(ids[2]))!.version)
  await new Promise((resolve) => setTimeout(resolve, 1200))
  t.equal(sb.stats().refreshes, 10, 'no sweep after close')
})

// For the resource tests: a client against a fresh sandbox (test/helpers/token-provider.ts clientFixture), the
// location's seeds, and an assertion that a call fails with GHL_VALIDATION before anything reaches the sandbox.
import type { Test } from 'tap'
import { clientFixture, type ClientFixture } from '../helpers/token-provider.js'
import type { LocationSeeds } from '../../sandbox/resource-types.js'
import type { SandboxOptions } from '../../sandbox/index.js'

export interface ResourceFixture extends ClientFixture {
  seeds: LocationSeeds
  /** `call()` rejects with GHL_VALIDATION matching `message`, and the sandbox saw no request at all. */
  refusedBeforeNetwork: (call: () => Promise<unknown>, message: RegExp | string, what?: string) => Promise<void>
}

export async function resourceFixture (t: Test, sandbox: SandboxOptions = {}): Promise<ResourceFixture> {
  const fx = await clientFixture(t, { sandbox })
  const seeds = fx.sandbox.seeds(fx.location)
  async function refusedBeforeNetwork (call: () => Promise<unknown>, message: RegExp | string, what = 'refused before the network'): Promise<void> {
    fx.sandbox.resetStats()
    await t.rejects(call(), { code: 'GHL_VALIDATION', message }, what)
    t.equal(fx.sandbox.stats().requests, 0, `${what}: the sandbox saw no request`)
  }
  return { ...fx, seeds, refusedBeforeNetwork }
}

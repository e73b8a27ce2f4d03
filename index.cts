// The CommonJS entry, `require('fastify-ghl')`: the same ES module, loaded through Node's require(esm) (Node ≥ 20.19,
// 22.12), not a second build. One copy per process whichever way it is loaded: one plugin registration, one set of
// error classes for `instanceof`, one `fastify.ghl` type (a dual build would give two of each, the dual-package hazard).
// On a Node without require(esm) the error says what to do instead.
let loaded: unknown
try {
  loaded = require('./index.js')
} catch (err) {
  const code = (err as { code?: unknown }).code
  if (code === 'ERR_REQUIRE_ESM' || code === 'ERR_REQUIRE_ASYNC_MODULE') {
    throw new Error("fastify-ghl is an ES module and this Node.js cannot require() it: use `const { default: ghl } = await import('fastify-ghl')`, or Node.js ≥ 20.19 where require('fastify-ghl') loads it", { cause: err })
  }
  throw err
}
module.exports = loaded

// The README's Options block documents every option key (lib/config-keys.ts lists them), and says which variable each
// option reads (ENV_OPTIONS).
import { readFile } from 'node:fs/promises'
import t from 'tap'
import { ENV_OPTIONS, NESTED_KEYS, TOP_LEVEL_KEYS } from '../../index.js'

t.test('every option key is documented in the README, and each variable it reads', async (t) => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
  const start = readme.indexOf('## Options')
  const block = readme.slice(start, readme.indexOf('\n## ', start + 5))
  for (const key of TOP_LEVEL_KEYS) t.match(block, new RegExp(`^\\s+${key}:`, 'm'), `options.${key}`)
  for (const [path, keys] of Object.entries(NESTED_KEYS)) {
    for (const key of keys) t.match(block, new RegExp(`\\b${key}\\b`), `${path}.${key}`)
  }
  for (const [variable, option] of Object.entries(ENV_OPTIONS)) {
    t.match(block, new RegExp(`^\\s+${option}:.*// ${variable}\\b`, 'm'), `options.${option} says it reads ${variable}`)
  }
})

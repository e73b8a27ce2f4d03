import fastifyEnv from '@fastify/env'
import type { FastifyInstance } from 'fastify'
import { ENV_SCHEMA, envError, optionsAsEnv, pickEnv, type EnvValues, type GhlConfigInput } from '../lib/config.js'
import { GhlConfigError } from '../lib/errors.js'

/** @fastify/env over the environment and the options (options win), in an encapsulated context: nothing leaks to the host. */
export async function loadEnv (fastify: FastifyInstance, opts: Pick<GhlConfigInput, 'env'> & GhlConfigInput): Promise<EnvValues> {
  const source = opts.env === false ? {} : opts.env ?? process.env
  if (source === null || typeof source !== 'object') throw new GhlConfigError('options.env must be an object of variables or false')
  const data = { ...pickEnv(source), ...optionsAsEnv(opts) }
  let values: EnvValues | undefined
  await fastify.register(async function ghlConfig (child) {
    try {
      await child.register(fastifyEnv, { confKey: 'ghlConfig', schema: structuredClone(ENV_SCHEMA) as object, data, env: false, dotenv: false })
    } catch (err) {
      throw envError(err)
    }
    values = (child as unknown as { ghlConfig: EnvValues }).ghlConfig
  })
  if (values === undefined) throw new GhlConfigError('configuration could not be loaded')
  return values
}

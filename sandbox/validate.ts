// Request validation as GHL's NestJS services do it (class-validator, whitelist + forbidNonWhitelisted): a DTO shape
// per body, the messages of a 422 in body order, then the missing required fields in shape order.
import { isObject } from './http.js'

export type Check = (errors: string[], key: string, value: unknown) => void

export type Rule =
  | { type: 'string', required?: boolean, nullable?: boolean, values?: readonly string[] }
  | { type: 'boolean' | 'number' | 'stringArray' | 'date' | 'object', required?: boolean }
  | { type: 'custom', required?: boolean, check: Check }

export type Shape = Readonly<Record<string, Rule>>

export function oneOf (key: string, values: readonly string[]): string {
  return `${key} must be one of the following values: ${values.join(', ')}`
}

export function isIsoDate (v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v) &&
    !Number.isNaN(Date.parse(v))
}

function typeError (rule: Rule, key: string, value: unknown): string | undefined {
  switch (rule.type) {
    case 'string':
      if (value === null && rule.nullable === true) return undefined
      if (typeof value !== 'string') return rule.values !== undefined ? oneOf(key, rule.values) : `${key} must be a string`
      if (rule.values !== undefined && !rule.values.includes(value)) return oneOf(key, rule.values)
      return rule.required === true && value.length === 0 ? `${key} should not be empty` : undefined
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${key} must be a boolean value`
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `${key} must be a number conforming to the specified constraints`
    case 'stringArray':
      if (!Array.isArray(value)) return `${key} must be an array`
      return value.every((v) => typeof v === 'string') ? undefined : `each value in ${key} must be a string`
    case 'date':
      return isIsoDate(value) ? undefined : `${key} must be a valid ISO 8601 date string`
    case 'object':
      return isObject(value) ? undefined : `${key} must be an object`
    case 'custom':
      return undefined
  }
}

function missing (rule: Rule, key: string): string[] {
  if (rule.type === 'string') return rule.values !== undefined ? [oneOf(key, rule.values)] : [`${key} should not be empty`, `${key} must be a string`]
  const error = typeError(rule, key, undefined)
  return error === undefined ? [`${key} should not be empty`] : [error]
}

/** Messages for every problem of `body` against `shape`; an empty list means valid. */
export function checkBody (body: unknown, shape: Shape): string[] {
  if (!isObject(body)) return ['body must be an object']
  const errors: string[] = []
  for (const key of Object.keys(body)) {
    const rule = shape[key]
    if (rule === undefined) {
      errors.push(`property ${key} should not exist`)
      continue
    }
    const value = body[key]
    if (value === undefined) continue
    if (rule.type === 'custom') {
      rule.check(errors, key, value)
      continue
    }
    const error = typeError(rule, key, value)
    if (error !== undefined) errors.push(error)
  }
  for (const [key, rule] of Object.entries(shape)) {
    if (rule.required === true && body[key] === undefined) errors.push(...missing(rule, key))
  }
  return errors
}

/** A required query parameter: its value, or the messages pushed. */
export function requiredQuery (q: URLSearchParams, name: string, errors: string[]): string {
  const v = q.get(name)
  if (v === null || v === '') errors.push(`${name} should not be empty`, `${name} must be a string`)
  return v ?? ''
}

/** An optional numeric query parameter within [min, max]. */
export function queryNumber (q: URLSearchParams, name: string, errors: string[], bounds: { min?: number, max?: number, fallback: number }): number {
  const raw = q.get(name)
  if (raw === null || raw === '') return bounds.fallback
  const n = Number(raw)
  if (!Number.isFinite(n)) errors.push(`${name} must be a number conforming to the specified constraints`)
  else if (bounds.min !== undefined && n < bounds.min) errors.push(`${name} must not be less than ${bounds.min}`)
  else if (bounds.max !== undefined && n > bounds.max) errors.push(`${name} must not be greater than ${bounds.max}`)
  return n
}

/** An optional enum query parameter. */
export function queryEnum (q: URLSearchParams, name: string, values: readonly string[], errors: string[]): string | undefined {
  const v = q.get(name)
  if (v === null || v === '') return undefined
  if (!values.includes(v)) errors.push(oneOf(name, values))
  return v
}

// Custom fields and custom values per location (seeded), and the resolution of the custom field values a contact or
// an opportunity is written with: `{ id | key, field_value }` → the field's id, unknown ids and keys refused.
import { isObject } from './http.js'
import type { CustomField, CustomValue } from './resource-types.js'
import { customField, customValue, seedCustomFields, seedCustomValues, slug } from './seeds.js'
import { PerLocation } from './state.js'
import type { Check } from './validate.js'

export type Model = CustomField['model']

/** A resolved value: the field's id and the value as sent (undefined, null or '' clears the field). */
export interface FieldValue {
  id: string
  value: unknown
}

export class CustomFieldStore {
  private readonly fields = new PerLocation<CustomField[]>(seedCustomFields)
  private readonly values = new PerLocation<CustomValue[]>(seedCustomValues)

  /** The location's fields, of one model or all. */
  list (locationId: string, model: Model | 'all' = 'all'): CustomField[] {
    return this.fields.get(locationId).filter((f) => model === 'all' || f.model === model)
  }

  /** By id or by field key ('contact.plan'). */
  get (locationId: string, idOrKey: string): CustomField | undefined {
    return this.fields.get(locationId).find((f) => f.id === idOrKey || f.fieldKey === idOrKey)
  }

  /** A new field; undefined when its key is taken. */
  create (locationId: string, input: Record<string, unknown>): CustomField | undefined {
    const model = (input.model ?? 'contact') as Model
    const list = this.fields.get(locationId)
    const field = customField(locationId, model, input.name as string, input.dataType as string, typeof input.position === 'number' ? input.position : list.length)
    if (typeof input.fieldKey === 'string' && input.fieldKey.length > 0) {
      field.fieldKey = input.fieldKey.includes('.') ? input.fieldKey : `${model}.${slug(input.fieldKey)}`
    }
    if (list.some((f) => f.fieldKey === field.fieldKey)) return undefined
    this.applyField(field, input)
    list.push(field)
    return field
  }

  applyField (field: CustomField, input: Record<string, unknown>): void {
    if (typeof input.name === 'string') field.name = input.name
    if (typeof input.placeholder === 'string') field.placeholder = input.placeholder
    if (typeof input.position === 'number') field.position = input.position
    if (typeof input.isMultipleFile === 'boolean') field.isMultiFileAllowed = input.isMultipleFile
    if (typeof input.maxNumberOfFiles === 'number') field.maxFileLimit = input.maxNumberOfFiles
    if (Array.isArray(input.textBoxListOptions)) field.picklistOptions = input.textBoxListOptions.map((o) => isObject(o) ? String(o.label ?? '') : '')
    if (typeof input.parentId === 'string') field.parentId = input.parentId
    if (typeof input.description === 'string') field.description = input.description
  }

  listValues (locationId: string): CustomValue[] {
    return this.values.get(locationId)
  }

  getValue (locationId: string, id: string): CustomValue | undefined {
    return this.values.get(locationId).find((v) => v.id === id)
  }

  createValue (locationId: string, name: string, value: string): CustomValue {
    const created = customValue(locationId, name, value)
    this.values.get(locationId).push(created)
    return created
  }

  deleteValue (locationId: string, id: string): boolean {
    const list = this.values.get(locationId)
    const at = list.findIndex((v) => v.id === id)
    if (at !== -1) list.splice(at, 1)
    return at !== -1
  }

  /**
   * Maps validated `customFields` input items to the location's fields of `model`: by `id`, else by `key` (the field
   * key with or without its 'contact.' prefix). Unknown ids and keys, and fields of the other model, are errors.
   */
  resolve (locationId: string, model: Model, items: unknown[]): { errors: string[], values: FieldValue[] } {
    const errors: string[] = []
    const values: FieldValue[] = []
    const fields = this.fields.get(locationId)
    items.forEach((item, i) => {
      if (!isObject(item)) return
      const byId = typeof item.id === 'string'
      const ref = byId ? item.id as string : String(item.key)
      const field = byId
        ? fields.find((f) => f.id === ref)
        : fields.find((f) => f.fieldKey === ref || f.fieldKey === `${f.model}.${ref}`)
      const what = byId ? 'id' : 'key'
      if (field === undefined) errors.push(`customFields.${i}.${what} ${ref} is not a custom field of this location`)
      else if (field.model !== model) errors.push(`customFields.${i}.${what} ${ref} is a custom field of the ${field.model} model, not ${model}`)
      else values.push({ id: field.id, value: item.field_value })
    })
    return { errors, values }
  }
}

/** The shape of `customFields` input (contacts and opportunities): objects with an `id` or a `key`. */
export const checkFieldItems: Check = (errors, key, value) => {
  if (!Array.isArray(value)) {
    errors.push(`${key} must be an array`)
    return
  }
  value.forEach((item, i) => {
    const p = `${key}.${i}`
    if (!isObject(item)) {
      errors.push(`${p} must be an object`)
      return
    }
    if (item.id !== undefined && (typeof item.id !== 'string' || item.id.length === 0)) errors.push(`${p}.id must be a string`)
    if (item.key !== undefined && (typeof item.key !== 'string' || item.key.length === 0)) errors.push(`${p}.key must be a string`)
    if (item.id === undefined && item.key === undefined) errors.push(`${p}.id should not be empty`)
  })
}

/** Writes resolved values into a record's `[{ id, <valueKey> }]` list, merged by id; empty values remove the field. */
export function mergeFieldValues<K extends string> (list: Array<{ id: string } & Record<K, unknown>>, values: FieldValue[], valueKey: K): void {
  for (const { id, value } of values) {
    const at = list.findIndex((f) => f.id === id)
    if (value === undefined || value === null || value === '') {
      if (at !== -1) list.splice(at, 1)
      continue
    }
    const entry = { id, [valueKey]: value } as { id: string } & Record<K, unknown>
    if (at === -1) list.push(entry)
    else list[at] = entry
  }
}

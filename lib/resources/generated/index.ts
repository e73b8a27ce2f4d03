// GENERATED FILE — do not edit. Regenerate with `npm run generate:types` (scripts/generate-types.ts).
// Every generated spec module, by spec name.

import type { operations as calendars } from './calendars.js'
import type { operations as campaigns } from './campaigns.js'
import type { operations as contacts } from './contacts.js'
import type { operations as customFields } from './custom-fields.js'
import type { operations as locations } from './locations.js'
import type { operations as oauth } from './oauth.js'
import type { operations as opportunities } from './opportunities.js'
import type { operations as users } from './users.js'
import type { operations as workflows } from './workflows.js'
import { schemas as calendarsSchemas } from './calendars.schemas.js'
import { schemas as contactsSchemas } from './contacts.schemas.js'
import { schemas as customFieldsSchemas } from './custom-fields.schemas.js'
import { schemas as locationsSchemas } from './locations.schemas.js'
import { schemas as opportunitiesSchemas } from './opportunities.schemas.js'
import { schemas as usersSchemas } from './users.schemas.js'

/** The JSON request-body schemas of each spec that has any, by spec name, then operationId. */
export const bodySchemas = {
  'calendars': calendarsSchemas,
  'contacts': contactsSchemas,
  'custom-fields': customFieldsSchemas,
  'locations': locationsSchemas,
  'opportunities': opportunitiesSchemas,
  'users': usersSchemas
} as const

/** The generated `operations` of each spec, by spec name. */
export interface SpecOperations {
  'calendars': calendars
  'campaigns': campaigns
  'contacts': contacts
  'custom-fields': customFields
  'locations': locations
  'oauth': oauth
  'opportunities': opportunities
  'users': users
  'workflows': workflows
}

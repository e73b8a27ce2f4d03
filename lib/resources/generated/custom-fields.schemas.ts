// GENERATED FILE — do not edit. Regenerate with `npm run generate:types` (scripts/generate-types.ts).
// JSON Schemas of the application/json request bodies in sandbox/spec/apps/custom-fields.json,
// with its $refs into sandbox/spec/common/common-schemas.json resolved,
// keyed by operationId, each self-contained (its $refs point into its own `definitions`), `example`s dropped.
// The spec as it is: validate-body.ts applies lib/resources/spec-overrides.ts on top, at run time.

export const schemas = {
  "update-custom-field": {
    "$ref": "#/definitions/UpdateCustomFieldsDTO",
    "definitions": {
      "OptionDTO": {
        "type": "object",
        "properties": {
          "key": {
            "type": "string",
            "description": "Key of the option (Included in Create and Response, excluded in Update)"
          },
          "label": {
            "type": "string",
            "description": "Value of the option"
          },
          "url": {
            "type": "string",
            "description": "URL associated with the option (Optional, valid only for RADIO type)"
          }
        },
        "required": [
          "key",
          "label"
        ]
      },
      "UpdateCustomFieldsDTO": {
        "type": "object",
        "properties": {
          "locationId": {
            "type": "string",
            "description": "Location Id"
          },
          "name": {
            "type": "string",
            "description": "Field name"
          },
          "description": {
            "type": "string",
            "description": "Description of the field"
          },
          "placeholder": {
            "type": "string",
            "description": "Placeholder text for the field"
          },
          "showInForms": {
            "type": "boolean",
            "description": "Whether the field should be shown in forms"
          },
          "options": {
            "description": "Options for the field. Important: Providing options will completely replace the existing options array. You must include all existing options alongside any new options you wish to add. Removal of options is not supported through this update. Applicable only for SINGLE_OPTIONS, MULTIPLE_OPTIONS, RADIO, CHECKBOX, TEXTBOX_LIST types.",
            "type": "array",
            "items": {
              "$ref": "#/definitions/OptionDTO"
            }
          },
          "acceptedFormats": {
            "type": "string",
            "enum": [
              ".pdf",
              ".docx",
              ".doc",
              ".jpg",
              ".jpeg",
              ".png",
              ".gif",
              ".csv",
              ".xlsx",
              ".xls",
              "all"
            ],
            "description": "Allowed file formats for uploads. Options include: .pdf, .docx, .doc, .jpg, .jpeg, .png, .gif, .csv, .xlsx, .xls, all"
          },
          "maxFileLimit": {
            "type": "number",
            "description": "Maximum file limit for uploads. Applicable only for fields with a data type of FILE_UPLOAD."
          }
        },
        "required": [
          "locationId",
          "showInForms"
        ]
      }
    }
  },
  "create-custom-field-folder": {
    "$ref": "#/definitions/CreateFolder",
    "definitions": {
      "CreateFolder": {
        "type": "object",
        "properties": {
          "objectKey": {
            "type": "string",
            "description": "The key for your custom object. This key uniquely identifies the custom object. Example: \"custom_object.pet\" for a custom object related to pets."
          },
          "name": {
            "type": "string",
            "description": "Field name"
          },
          "locationId": {
            "type": "string",
            "description": "Location Id"
          }
        },
        "required": [
          "objectKey",
          "name",
          "locationId"
        ]
      }
    }
  },
  "update-custom-field-folder": {
    "$ref": "#/definitions/UpdateFolder",
    "definitions": {
      "UpdateFolder": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "Field name"
          },
          "locationId": {
            "type": "string",
            "description": "Location Id"
          }
        },
        "required": [
          "name",
          "locationId"
        ]
      }
    }
  },
  "create-custom-field": {
    "$ref": "#/definitions/CreateCustomFieldsDTO",
    "definitions": {
      "CreateCustomFieldsDTO": {
        "type": "object",
        "properties": {
          "locationId": {
            "type": "string",
            "description": "Location Id"
          },
          "name": {
            "type": "string",
            "description": "Field name"
          },
          "description": {
            "type": "string",
            "description": "Description of the field"
          },
          "placeholder": {
            "type": "string",
            "description": "Placeholder text for the field"
          },
          "showInForms": {
            "type": "boolean",
            "description": "Whether the field should be shown in forms"
          },
          "options": {
            "description": "Options for the field (Optional, valid only for SINGLE_OPTIONS, MULTIPLE_OPTIONS, RADIO, CHECKBOX, TEXTBOX_LIST type)",
            "type": "array",
            "items": {
              "$ref": "#/definitions/OptionDTO"
            }
          },
          "acceptedFormats": {
            "type": "string",
            "enum": [
              ".pdf",
              ".docx",
              ".doc",
              ".jpg",
              ".jpeg",
              ".png",
              ".gif",
              ".csv",
              ".xlsx",
              ".xls",
              "all"
            ],
            "description": "Allowed file formats for uploads. Options include: .pdf, .docx, .doc, .jpg, .jpeg, .png, .gif, .csv, .xlsx, .xls, all"
          },
          "dataType": {
            "type": "string",
            "enum": [
              "TEXT",
              "LARGE_TEXT",
              "NUMERICAL",
              "PHONE",
              "MONETORY",
              "CHECKBOX",
              "SINGLE_OPTIONS",
              "MULTIPLE_OPTIONS",
              "DATE",
              "TEXTBOX_LIST",
              "FILE_UPLOAD",
              "RADIO",
              "EMAIL"
            ],
            "description": "Type of field that you are trying to create"
          },
          "fieldKey": {
            "type": "string",
            "description": "Field key. For Custom Object it's formatted as \"custom_object.{objectKey}.{fieldKey}\". \"custom_object\" is a fixed prefix, \"{objectKey}\" is your custom object's identifier, and \"{fieldKey}\" is the unique field name within that object. Example: \"custom_object.pet.name\" for a \"name\" field in a \"pet\" custom object."
          },
          "objectKey": {
            "type": "string",
            "description": "The key for your custom object. This key uniquely identifies the custom object. Example: \"custom_object.pet\" for a custom object related to pets."
          },
          "maxFileLimit": {
            "type": "number",
            "description": "Maximum file limit for uploads. Applicable only for fields with a data type of FILE_UPLOAD."
          },
          "allowCustomOption": {
            "type": "boolean",
            "description": "Determines if users can add a custom option value different from the predefined options in records for RADIO type fields. A custom value added in one record does not automatically become an option and will not appear as an option for other records."
          },
          "parentId": {
            "type": "string",
            "description": "ID of the parent folder"
          }
        },
        "required": [
          "locationId",
          "showInForms",
          "dataType",
          "fieldKey",
          "objectKey",
          "parentId"
        ]
      },
      "OptionDTO": {
        "type": "object",
        "properties": {
          "key": {
            "type": "string",
            "description": "Key of the option (Included in Create and Response, excluded in Update)"
          },
          "label": {
            "type": "string",
            "description": "Value of the option"
          },
          "url": {
            "type": "string",
            "description": "URL associated with the option (Optional, valid only for RADIO type)"
          }
        },
        "required": [
          "key",
          "label"
        ]
      }
    }
  }
} as const

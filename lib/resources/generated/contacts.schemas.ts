// GENERATED FILE — do not edit. Regenerate with `npm run generate:types` (scripts/generate-types.ts).
// JSON Schemas of the application/json request bodies in sandbox/spec/apps/contacts.json,
// with its $refs into sandbox/spec/common/common-schemas.json resolved,
// keyed by operationId, each self-contained (its $refs point into its own `definitions`), `example`s dropped.
// The spec as it is: validate-body.ts applies lib/resources/spec-overrides.ts on top, at run time.

export const schemas = {
  "search-contacts-advanced": {
    "$ref": "#/definitions/SearchBodyV2DTO",
    "definitions": {
      "SearchBodyV2DTO": {
        "type": "object",
        "properties": {}
      }
    }
  },
  "create-task": {
    "$ref": "#/definitions/CreateTaskParams",
    "definitions": {
      "CreateTaskParams": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string"
          },
          "body": {
            "type": "string"
          },
          "dueDate": {
            "type": "string"
          },
          "completed": {
            "type": "boolean"
          },
          "assignedTo": {
            "type": "string"
          }
        },
        "required": [
          "title",
          "dueDate",
          "completed"
        ]
      }
    }
  },
  "update-task": {
    "$ref": "#/definitions/UpdateTaskBody",
    "definitions": {
      "UpdateTaskBody": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string"
          },
          "body": {
            "type": "string"
          },
          "dueDate": {
            "type": "string"
          },
          "completed": {
            "type": "boolean"
          },
          "assignedTo": {
            "type": "string"
          }
        }
      }
    }
  },
  "update-task-completed": {
    "$ref": "#/definitions/UpdateTaskStatusParams",
    "definitions": {
      "UpdateTaskStatusParams": {
        "type": "object",
        "properties": {
          "completed": {
            "type": "boolean"
          }
        },
        "required": [
          "completed"
        ]
      }
    }
  },
  "add-tags": {
    "$ref": "#/definitions/TagsDTO",
    "definitions": {
      "TagsDTO": {
        "type": "object",
        "properties": {
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "tags"
        ]
      }
    }
  },
  "remove-tags": {
    "$ref": "#/definitions/TagsDTO",
    "definitions": {
      "TagsDTO": {
        "type": "object",
        "properties": {
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "tags"
        ]
      }
    }
  },
  "create-note": {
    "$ref": "#/definitions/NotesDTO",
    "definitions": {
      "NotesDTO": {
        "type": "object",
        "properties": {
          "userId": {
            "type": "string"
          },
          "body": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "color": {
            "type": "string"
          },
          "pinned": {
            "type": "boolean"
          }
        },
        "required": [
          "body"
        ]
      }
    }
  },
  "update-note": {
    "$ref": "#/definitions/UpdateNoteDTO",
    "definitions": {
      "UpdateNoteDTO": {
        "type": "object",
        "properties": {
          "userId": {
            "type": "string"
          },
          "body": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "color": {
            "type": "string"
          },
          "pinned": {
            "type": "boolean"
          }
        }
      }
    }
  },
  "create-association": {
    "$ref": "#/definitions/UpdateTagsDTO",
    "definitions": {
      "UpdateTagsDTO": {
        "type": "object",
        "properties": {
          "contacts": {
            "description": "list of contact ids to be processed",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "description": "list of tags to be added or removed",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "locationId": {
            "type": "string",
            "description": "location id from where the bulk request is executed"
          },
          "removeAllTags": {
            "type": "boolean",
            "description": "Option to implement remove all tags. if true, all tags will be removed from the contacts. Can only be used with remove type."
          }
        },
        "required": [
          "contacts",
          "tags",
          "locationId"
        ]
      }
    }
  },
  "add-remove-contact-from-business": {
    "$ref": "#/definitions/ContactsBusinessUpdate",
    "definitions": {
      "ContactsBusinessUpdate": {
        "type": "object",
        "properties": {
          "locationId": {
            "type": "string"
          },
          "ids": {
            "type": "array",
            "items": {
              "type": "string",
              "maxLength": 50
            }
          },
          "businessId": {
            "type": "string",
            "nullable": true
          }
        },
        "required": [
          "locationId",
          "ids",
          "businessId"
        ]
      }
    }
  },
  "update-contact": {
    "$ref": "#/definitions/UpdateContactDto",
    "definitions": {
      "CheckboxField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "id"
        ]
      },
      "DndSettingSchema": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "active",
              "inactive",
              "permanent"
            ]
          },
          "message": {
            "type": "string"
          },
          "code": {
            "type": "string"
          }
        },
        "required": [
          "status"
        ]
      },
      "DndSettingsSchema": {
        "type": "object",
        "properties": {
          "Call": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "Email": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "SMS": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "WhatsApp": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "GMB": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "FB": {
            "$ref": "#/definitions/DndSettingSchema"
          }
        }
      },
      "FileField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "object"
          }
        },
        "required": [
          "id"
        ]
      },
      "InboundDndSettingSchema": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "active",
              "inactive"
            ]
          },
          "message": {
            "type": "string"
          }
        },
        "required": [
          "status"
        ]
      },
      "InboundDndSettingsSchema": {
        "type": "object",
        "properties": {
          "all": {
            "$ref": "#/definitions/InboundDndSettingSchema"
          }
        }
      },
      "LargeTextField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      },
      "MonetoryField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "object"
          }
        },
        "required": [
          "id"
        ]
      },
      "MultiSelectField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "id"
        ]
      },
      "NumericField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "object"
          }
        },
        "required": [
          "id"
        ]
      },
      "RadioField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      },
      "SingleSelectField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      },
      "TextField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      },
      "UpdateContactDto": {
        "type": "object",
        "properties": {
          "firstName": {
            "type": "string",
            "nullable": true
          },
          "lastName": {
            "type": "string",
            "nullable": true
          },
          "name": {
            "type": "string",
            "nullable": true
          },
          "email": {
            "type": "string",
            "nullable": true
          },
          "phone": {
            "type": "string",
            "nullable": true
          },
          "address1": {
            "type": "string",
            "nullable": true
          },
          "city": {
            "type": "string",
            "nullable": true
          },
          "state": {
            "type": "string",
            "nullable": true
          },
          "postalCode": {
            "type": "string"
          },
          "website": {
            "type": "string",
            "nullable": true
          },
          "timezone": {
            "type": "string",
            "nullable": true
          },
          "dnd": {
            "type": "boolean"
          },
          "dndSettings": {
            "$ref": "#/definitions/DndSettingsSchema"
          },
          "inboundDndSettings": {
            "$ref": "#/definitions/InboundDndSettingsSchema"
          },
          "tags": {
            "description": "This field will overwrite all current tags associated with the contact. To update a tags, it is recommended to use the Add Tag or Remove Tag API instead.",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "customFields": {
            "type": "array",
            "items": {
              "anyOf": [
                {
                  "$ref": "#/definitions/TextField"
                },
                {
                  "$ref": "#/definitions/LargeTextField"
                },
                {
                  "$ref": "#/definitions/SingleSelectField"
                },
                {
                  "$ref": "#/definitions/RadioField"
                },
                {
                  "$ref": "#/definitions/NumericField"
                },
                {
                  "$ref": "#/definitions/MonetoryField"
                },
                {
                  "$ref": "#/definitions/CheckboxField"
                },
                {
                  "$ref": "#/definitions/MultiSelectField"
                },
                {
                  "$ref": "#/definitions/FileField"
                }
              ]
            }
          },
          "source": {
            "type": "string",
            "nullable": true
          },
          "dateOfBirth": {
            "type": "object",
            "description": "The birth date of the contact. Supported formats: YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY",
            "nullable": true
          },
          "country": {
            "type": "string"
          },
          "assignedTo": {
            "type": "string",
            "description": "User's Id",
            "nullable": true
          }
        }
      }
    }
  },
  "upsert-contact": {
    "$ref": "#/definitions/UpsertContactDto",
    "definitions": {
      "CheckboxField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "id"
        ]
      },
      "DndSettingSchema": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "active",
              "inactive",
              "permanent"
            ]
          },
          "message": {
            "type": "string"
          },
          "code": {
            "type": "string"
          }
        },
        "required": [
          "status"
        ]
      },
      "DndSettingsSchema": {
        "type": "object",
        "properties": {
          "Call": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "Email": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "SMS": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "WhatsApp": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "GMB": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "FB": {
            "$ref": "#/definitions/DndSettingSchema"
          }
        }
      },
      "FileField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "object"
          }
        },
        "required": [
          "id"
        ]
      },
      "InboundDndSettingSchema": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "active",
              "inactive"
            ]
          },
          "message": {
            "type": "string"
          }
        },
        "required": [
          "status"
        ]
      },
      "InboundDndSettingsSchema": {
        "type": "object",
        "properties": {
          "all": {
            "$ref": "#/definitions/InboundDndSettingSchema"
          }
        }
      },
      "LargeTextField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      },
      "MonetoryField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "object"
          }
        },
        "required": [
          "id"
        ]
      },
      "MultiSelectField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "id"
        ]
      },
      "NumericField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "object"
          }
        },
        "required": [
          "id"
        ]
      },
      "RadioField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      },
      "SingleSelectField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      },
      "TextField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      },
      "UpsertContactDto": {
        "type": "object",
        "properties": {
          "firstName": {
            "type": "string",
            "nullable": true
          },
          "lastName": {
            "type": "string",
            "nullable": true
          },
          "name": {
            "type": "string",
            "nullable": true
          },
          "email": {
            "type": "string",
            "nullable": true
          },
          "locationId": {
            "type": "string"
          },
          "gender": {
            "type": "string"
          },
          "phone": {
            "type": "string",
            "nullable": true
          },
          "address1": {
            "type": "string",
            "nullable": true
          },
          "city": {
            "type": "string",
            "nullable": true
          },
          "state": {
            "type": "string",
            "nullable": true
          },
          "postalCode": {
            "type": "string"
          },
          "website": {
            "type": "string",
            "nullable": true
          },
          "timezone": {
            "type": "string",
            "nullable": true
          },
          "dnd": {
            "type": "boolean"
          },
          "dndSettings": {
            "$ref": "#/definitions/DndSettingsSchema"
          },
          "inboundDndSettings": {
            "$ref": "#/definitions/InboundDndSettingsSchema"
          },
          "tags": {
            "description": "This field will overwrite all current tags associated with the contact. To update a tags, it is recommended to use the Add Tag or Remove Tag API instead.",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "customFields": {
            "type": "array",
            "items": {
              "anyOf": [
                {
                  "$ref": "#/definitions/TextField"
                },
                {
                  "$ref": "#/definitions/LargeTextField"
                },
                {
                  "$ref": "#/definitions/SingleSelectField"
                },
                {
                  "$ref": "#/definitions/RadioField"
                },
                {
                  "$ref": "#/definitions/NumericField"
                },
                {
                  "$ref": "#/definitions/MonetoryField"
                },
                {
                  "$ref": "#/definitions/CheckboxField"
                },
                {
                  "$ref": "#/definitions/MultiSelectField"
                },
                {
                  "$ref": "#/definitions/FileField"
                }
              ]
            }
          },
          "source": {
            "type": "string"
          },
          "dateOfBirth": {
            "type": "object",
            "description": "The birth date of the contact. Supported formats: YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY",
            "nullable": true
          },
          "country": {
            "type": "string"
          },
          "companyName": {
            "type": "string",
            "nullable": true
          },
          "assignedTo": {
            "type": "string",
            "description": "User's Id"
          },
          "createNewIfDuplicateAllowed": {
            "type": "boolean",
            "description": "Controls whether to create a new contact or update an existing duplicate. **Scenario 1:** If this value is `true` and the location allows duplicate contacts, a new contact will be created immediately without checking for duplicates. **Scenario 2:** If this value is `true` but the location does not allow duplicate contacts, this field is ignored and the normal upsert behavior applies: the API will search for an existing duplicate contact, update it if found, or create a new contact if not found. **Scenario 3:** If this value is `false` or not provided, the normal upsert behavior applies regardless of the location's duplicate contact setting.",
            "default": false
          }
        },
        "required": [
          "locationId"
        ]
      }
    }
  },
  "add-followers-contact": {
    "$ref": "#/definitions/FollowersDTO",
    "definitions": {
      "FollowersDTO": {
        "type": "object",
        "properties": {
          "followers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "followers"
        ]
      }
    }
  },
  "remove-followers-contact": {
    "$ref": "#/definitions/FollowersDTO",
    "definitions": {
      "FollowersDTO": {
        "type": "object",
        "properties": {
          "followers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "followers"
        ]
      }
    }
  },
  "add-contact-to-campaign": {
    "$ref": "#/definitions/AddContactToCampaignDto",
    "definitions": {
      "AddContactToCampaignDto": {
        "type": "object",
        "properties": {}
      }
    }
  },
  "add-contact-to-workflow": {
    "$ref": "#/definitions/CreateWorkflowDto",
    "definitions": {
      "CreateWorkflowDto": {
        "type": "object",
        "properties": {
          "eventStartTime": {
            "type": "string"
          }
        }
      }
    }
  },
  "delete-contact-from-workflow": {
    "$ref": "#/definitions/CreateWorkflowDto",
    "definitions": {
      "CreateWorkflowDto": {
        "type": "object",
        "properties": {
          "eventStartTime": {
            "type": "string"
          }
        }
      }
    }
  },
  "create-contact": {
    "$ref": "#/definitions/CreateContactDto",
    "definitions": {
      "CheckboxField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "id"
        ]
      },
      "CreateContactDto": {
        "type": "object",
        "properties": {
          "firstName": {
            "type": "string",
            "nullable": true
          },
          "lastName": {
            "type": "string",
            "nullable": true
          },
          "name": {
            "type": "string",
            "nullable": true
          },
          "email": {
            "type": "string",
            "nullable": true
          },
          "locationId": {
            "type": "string"
          },
          "gender": {
            "type": "string"
          },
          "phone": {
            "type": "string",
            "nullable": true
          },
          "address1": {
            "type": "string",
            "nullable": true
          },
          "city": {
            "type": "string",
            "nullable": true
          },
          "state": {
            "type": "string",
            "nullable": true
          },
          "postalCode": {
            "type": "string"
          },
          "website": {
            "type": "string",
            "nullable": true
          },
          "timezone": {
            "type": "string",
            "nullable": true
          },
          "dnd": {
            "type": "boolean"
          },
          "dndSettings": {
            "$ref": "#/definitions/DndSettingsSchema"
          },
          "inboundDndSettings": {
            "$ref": "#/definitions/InboundDndSettingsSchema"
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "customFields": {
            "type": "array",
            "items": {
              "anyOf": [
                {
                  "$ref": "#/definitions/TextField"
                },
                {
                  "$ref": "#/definitions/LargeTextField"
                },
                {
                  "$ref": "#/definitions/SingleSelectField"
                },
                {
                  "$ref": "#/definitions/RadioField"
                },
                {
                  "$ref": "#/definitions/NumericField"
                },
                {
                  "$ref": "#/definitions/MonetoryField"
                },
                {
                  "$ref": "#/definitions/CheckboxField"
                },
                {
                  "$ref": "#/definitions/MultiSelectField"
                },
                {
                  "$ref": "#/definitions/FileField"
                }
              ]
            }
          },
          "source": {
            "type": "string"
          },
          "dateOfBirth": {
            "type": "object",
            "description": "The birth date of the contact. Supported formats: YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY",
            "nullable": true
          },
          "country": {
            "type": "string"
          },
          "companyName": {
            "type": "string",
            "nullable": true
          },
          "assignedTo": {
            "type": "string",
            "description": "User's Id"
          }
        },
        "required": [
          "locationId"
        ]
      },
      "DndSettingSchema": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "active",
              "inactive",
              "permanent"
            ]
          },
          "message": {
            "type": "string"
          },
          "code": {
            "type": "string"
          }
        },
        "required": [
          "status"
        ]
      },
      "DndSettingsSchema": {
        "type": "object",
        "properties": {
          "Call": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "Email": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "SMS": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "WhatsApp": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "GMB": {
            "$ref": "#/definitions/DndSettingSchema"
          },
          "FB": {
            "$ref": "#/definitions/DndSettingSchema"
          }
        }
      },
      "FileField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "object"
          }
        },
        "required": [
          "id"
        ]
      },
      "InboundDndSettingSchema": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "active",
              "inactive"
            ]
          },
          "message": {
            "type": "string"
          }
        },
        "required": [
          "status"
        ]
      },
      "InboundDndSettingsSchema": {
        "type": "object",
        "properties": {
          "all": {
            "$ref": "#/definitions/InboundDndSettingSchema"
          }
        }
      },
      "LargeTextField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      },
      "MonetoryField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "object"
          }
        },
        "required": [
          "id"
        ]
      },
      "MultiSelectField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "id"
        ]
      },
      "NumericField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "object"
          }
        },
        "required": [
          "id"
        ]
      },
      "RadioField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      },
      "SingleSelectField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      },
      "TextField": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "field_value": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ]
      }
    }
  }
} as const

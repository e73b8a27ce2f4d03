// GENERATED FILE — do not edit. Regenerate with `npm run generate:types` (scripts/generate-types.ts).
// JSON Schemas of the application/json request bodies in sandbox/spec/apps/opportunities.json,
// with its $refs into sandbox/spec/common/common-schemas.json resolved,
// keyed by operationId, each self-contained (its $refs point into its own `definitions`), `example`s dropped.
// The spec as it is: validate-body.ts applies lib/resources/spec-overrides.ts on top, at run time.

export const schemas = {
  "search-opportunities-advanced": {
    "$ref": "#/definitions/OpportunitySearchBodyDTO",
    "definitions": {
      "AdditionalDetailsDTO": {
        "type": "object",
        "properties": {
          "notes": {
            "type": "boolean"
          },
          "tasks": {
            "type": "boolean"
          },
          "calendarEvents": {
            "type": "boolean"
          },
          "unReadConversations": {
            "type": "boolean"
          }
        },
        "required": [
          "notes",
          "tasks",
          "calendarEvents",
          "unReadConversations"
        ]
      },
      "OpportunitySearchBodyDTO": {
        "type": "object",
        "properties": {
          "locationId": {
            "type": "string",
            "description": "Location Id"
          },
          "query": {
            "type": "string"
          },
          "limit": {
            "type": "number"
          },
          "page": {
            "type": "number"
          },
          "searchAfter": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "additionalDetails": {
            "$ref": "#/definitions/AdditionalDetailsDTO"
          }
        },
        "required": [
          "locationId",
          "query",
          "limit",
          "page",
          "searchAfter",
          "additionalDetails"
        ]
      }
    }
  },
  "update-opportunity": {
    "$ref": "#/definitions/UpdateOpportunityDto",
    "definitions": {
      "UpdateOpportunityDto": {
        "type": "object",
        "properties": {
          "pipelineId": {
            "type": "string",
            "description": "pipeline Id"
          },
          "name": {
            "type": "string"
          },
          "pipelineStageId": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "won",
              "lost",
              "abandoned",
              "all"
            ]
          },
          "monetaryValue": {
            "type": "number"
          },
          "assignedTo": {
            "type": "string"
          },
          "customFields": {
            "type": "array",
            "description": "Update custom fields to opportunities.",
            "items": {
              "anyOf": [
                {
                  "$ref": "#/definitions/customFieldsInputStringSchema"
                },
                {
                  "$ref": "#/definitions/customFieldsInputArraySchema"
                },
                {
                  "$ref": "#/definitions/customFieldsInputObjectSchema"
                }
              ]
            }
          }
        }
      },
      "customFieldsInputArraySchema": {
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
      "customFieldsInputObjectSchema": {
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
      "customFieldsInputStringSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "Pass either `id` or `key` of custom field"
          },
          "key": {
            "type": "string",
            "description": "Pass either `id` or `key` of custom field"
          },
          "field_value": {
            "type": "string"
          }
        }
      }
    }
  },
  "update-opportunity-status": {
    "$ref": "#/definitions/UpdateStatusDto",
    "definitions": {
      "UpdateStatusDto": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "open",
              "won",
              "lost",
              "abandoned",
              "all"
            ]
          },
          "lostReasonId": {
            "type": "string",
            "description": "lost reason Id"
          }
        },
        "required": [
          "status"
        ]
      }
    }
  },
  "Upsert-opportunity": {
    "$ref": "#/definitions/UpsertOpportunityDto",
    "definitions": {
      "UpsertOpportunityDto": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "opportunityId"
          },
          "pipelineId": {
            "type": "string",
            "description": "pipeline Id"
          },
          "locationId": {
            "type": "string",
            "description": "locationId"
          },
          "followers": {
            "description": "contactId",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "isRemoveAllFollowers": {
            "type": "boolean",
            "description": "isRemoveAllFollowers"
          },
          "followersActionType": {
            "type": "string",
            "description": "followers action type",
            "enum": [
              "add",
              "remove"
            ]
          },
          "name": {
            "type": "string",
            "description": "name"
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "won",
              "lost",
              "abandoned",
              "all"
            ]
          },
          "pipelineStageId": {
            "type": "string"
          },
          "monetaryValue": {
            "type": "object"
          },
          "assignedTo": {
            "type": "string"
          },
          "lostReasonId": {
            "type": "string",
            "description": "lost reason Id"
          }
        },
        "required": [
          "pipelineId",
          "locationId",
          "followers",
          "isRemoveAllFollowers",
          "followersActionType"
        ]
      }
    }
  },
  "add-followers-opportunity": {
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
  "remove-followers-opportunity": {
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
  "create-opportunity": {
    "$ref": "#/definitions/CreateDto",
    "definitions": {
      "CreateDto": {
        "type": "object",
        "properties": {
          "pipelineId": {
            "type": "string",
            "description": "pipeline Id"
          },
          "locationId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "pipelineStageId": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "won",
              "lost",
              "abandoned",
              "all"
            ]
          },
          "contactId": {
            "type": "string"
          },
          "monetaryValue": {
            "type": "number"
          },
          "assignedTo": {
            "type": "string"
          },
          "customFields": {
            "type": "array",
            "description": "Add custom fields to opportunities.",
            "items": {
              "anyOf": [
                {
                  "$ref": "#/definitions/customFieldsInputStringSchema"
                },
                {
                  "$ref": "#/definitions/customFieldsInputArraySchema"
                },
                {
                  "$ref": "#/definitions/customFieldsInputObjectSchema"
                }
              ]
            }
          }
        },
        "required": [
          "pipelineId",
          "locationId",
          "name",
          "status",
          "contactId"
        ]
      },
      "customFieldsInputArraySchema": {
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
      "customFieldsInputObjectSchema": {
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
      "customFieldsInputStringSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "Pass either `id` or `key` of custom field"
          },
          "key": {
            "type": "string",
            "description": "Pass either `id` or `key` of custom field"
          },
          "field_value": {
            "type": "string"
          }
        }
      }
    }
  }
} as const

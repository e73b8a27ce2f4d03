// GENERATED FILE — do not edit. Regenerate with `npm run generate:types` (scripts/generate-types.ts).
// JSON Schemas of the application/json request bodies in sandbox/spec/apps/locations.json,
// with its $refs into sandbox/spec/common/common-schemas.json resolved,
// keyed by operationId, each self-contained (its $refs point into its own `definitions`), `example`s dropped.
// The spec as it is: validate-body.ts applies lib/resources/spec-overrides.ts on top, at run time.

export const schemas = {
  "put-location": {
    "$ref": "#/definitions/UpdateLocationDto",
    "definitions": {
      "MailgunSchema": {
        "type": "object",
        "properties": {
          "apiKey": {
            "type": "string",
            "description": "API key provided by Mailgun"
          },
          "domain": {
            "type": "string",
            "description": "Domain connected with Mailgun"
          }
        },
        "required": [
          "apiKey",
          "domain"
        ]
      },
      "ProspectInfoDto": {
        "type": "object",
        "properties": {
          "firstName": {
            "type": "string",
            "description": "First name of the prospect"
          },
          "lastName": {
            "type": "string",
            "description": "Last name of the prospect"
          },
          "email": {
            "type": "string",
            "description": "Email of the prospect"
          }
        },
        "required": [
          "firstName",
          "lastName",
          "email"
        ]
      },
      "SettingsSchema": {
        "type": "object",
        "properties": {
          "allowDuplicateContact": {
            "type": "boolean"
          },
          "allowDuplicateOpportunity": {
            "type": "boolean"
          },
          "allowFacebookNameMerge": {
            "type": "boolean"
          },
          "disableContactTimezone": {
            "type": "boolean"
          }
        }
      },
      "SnapshotPutSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "Snaptshot ID"
          },
          "override": {
            "type": "boolean",
            "description": "If you want override all conflicted assets then pass true. Default value is false.",
            "default": false
          }
        },
        "required": [
          "id"
        ]
      },
      "SocialSchema": {
        "type": "object",
        "properties": {
          "facebookUrl": {
            "type": "string",
            "description": "Facebook URL"
          },
          "googlePlus": {
            "type": "string",
            "description": "Googleplus URL"
          },
          "linkedIn": {
            "type": "string",
            "description": "LinkedIn URL"
          },
          "foursquare": {
            "type": "string",
            "description": "Foursquare URL"
          },
          "twitter": {
            "type": "string",
            "description": "Twitter URL"
          },
          "yelp": {
            "type": "string",
            "description": "Yelp URL"
          },
          "instagram": {
            "type": "string",
            "description": "Instagram URL"
          },
          "youtube": {
            "type": "string",
            "description": "Instagram URL"
          },
          "pinterest": {
            "type": "string",
            "description": "Instagram URL"
          },
          "blogRss": {
            "type": "string",
            "description": "Instagram URL"
          },
          "googlePlacesId": {
            "type": "string",
            "description": "Google Business Places ID"
          }
        }
      },
      "TwilioSchema": {
        "type": "object",
        "properties": {
          "sid": {
            "type": "string",
            "description": "SID provided by Twilio"
          },
          "authToken": {
            "type": "string",
            "description": "Auth token provided by Twilio"
          }
        },
        "required": [
          "sid",
          "authToken"
        ]
      },
      "UpdateLocationDto": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "The name for the sub-account/location"
          },
          "phone": {
            "type": "string",
            "description": "The phone number of the business for which sub-account is created"
          },
          "companyId": {
            "type": "string",
            "description": "Company/Agency Id"
          },
          "address": {
            "type": "string",
            "description": "The address of the business for which sub-account is created"
          },
          "city": {
            "type": "string",
            "description": "The city where the business is located for which sub-account is created"
          },
          "state": {
            "type": "string",
            "description": "The state in which the business operates for which sub-account is created"
          },
          "country": {
            "type": "string",
            "description": "The country in which the business is present for which sub-account is created",
            "enum": [
              "AF",
              "AX",
              "AL",
              "DZ",
              "AS",
              "AD",
              "AO",
              "AI",
              "AQ",
              "AG",
              "AR",
              "AM",
              "AW",
              "AU",
              "AT",
              "AZ",
              "BS",
              "BH",
              "BD",
              "BB",
              "BY",
              "BE",
              "BZ",
              "BJ",
              "BM",
              "BT",
              "BO",
              "BA",
              "BW",
              "BV",
              "BR",
              "IO",
              "BN",
              "BG",
              "BF",
              "BI",
              "KH",
              "CM",
              "CA",
              "CV",
              "KY",
              "CF",
              "TD",
              "CL",
              "CN",
              "CX",
              "CC",
              "CO",
              "KM",
              "CG",
              "CD",
              "CK",
              "CR",
              "CI",
              "HR",
              "CU",
              "CY",
              "CZ",
              "DK",
              "DJ",
              "DM",
              "DO",
              "EC",
              "EG",
              "SV",
              "GQ",
              "ER",
              "EE",
              "ET",
              "FK",
              "FO",
              "FJ",
              "FI",
              "FR",
              "GF",
              "PF",
              "TF",
              "GA",
              "GM",
              "GE",
              "DE",
              "GH",
              "GI",
              "GR",
              "GL",
              "GD",
              "GP",
              "GU",
              "GT",
              "GG",
              "GN",
              "GW",
              "GY",
              "HT",
              "HM",
              "VA",
              "HN",
              "HK",
              "HU",
              "IS",
              "IN",
              "ID",
              "IR",
              "IQ",
              "IE",
              "IM",
              "IL",
              "IT",
              "JM",
              "JP",
              "JE",
              "JO",
              "KZ",
              "KE",
              "KI",
              "KP",
              "KR",
              "XK",
              "KW",
              "KG",
              "LA",
              "LV",
              "LB",
              "LS",
              "LR",
              "LY",
              "LI",
              "LT",
              "LU",
              "MO",
              "MK",
              "MG",
              "MW",
              "MY",
              "MV",
              "ML",
              "MT",
              "MH",
              "MQ",
              "MR",
              "MU",
              "YT",
              "MX",
              "FM",
              "MD",
              "MC",
              "MN",
              "ME",
              "MS",
              "MA",
              "MZ",
              "MM",
              "NA",
              "NR",
              "NP",
              "NL",
              "AN",
              "NC",
              "NZ",
              "NI",
              "NE",
              "NG",
              "NU",
              "NF",
              "MP",
              "NO",
              "OM",
              "PK",
              "PW",
              "PS",
              "PA",
              "PG",
              "PY",
              "PE",
              "PH",
              "PN",
              "PL",
              "PT",
              "PR",
              "QA",
              "RE",
              "RO",
              "RU",
              "RW",
              "SH",
              "KN",
              "LC",
              "MF",
              "PM",
              "VC",
              "WS",
              "SM",
              "ST",
              "SA",
              "SN",
              "RS",
              "SC",
              "SL",
              "SG",
              "SX",
              "SK",
              "SI",
              "SB",
              "SO",
              "ZA",
              "GS",
              "ES",
              "LK",
              "SD",
              "SR",
              "SJ",
              "SZ",
              "SE",
              "CH",
              "SY",
              "TW",
              "TJ",
              "TZ",
              "TH",
              "TL",
              "TG",
              "TK",
              "TO",
              "TT",
              "TN",
              "TR",
              "TM",
              "TC",
              "TV",
              "UG",
              "GB",
              "UA",
              "AE",
              "US",
              "UM",
              "UY",
              "UZ",
              "VU",
              "VE",
              "VN",
              "VG",
              "VI",
              "WF",
              "EH",
              "YE",
              "ZM",
              "ZW"
            ]
          },
          "postalCode": {
            "type": "string",
            "description": "The postal code of the business for which sub-account is created"
          },
          "website": {
            "type": "string",
            "description": "The website of the business for which sub-account is created"
          },
          "timezone": {
            "type": "string",
            "description": "The timezone of the business for which sub-account is created"
          },
          "prospectInfo": {
            "allOf": [
              {
                "$ref": "#/definitions/ProspectInfoDto"
              }
            ]
          },
          "settings": {
            "description": "The default settings for location",
            "allOf": [
              {
                "$ref": "#/definitions/SettingsSchema"
              }
            ]
          },
          "social": {
            "description": "The social media links for location",
            "allOf": [
              {
                "$ref": "#/definitions/SocialSchema"
              }
            ]
          },
          "twilio": {
            "description": "The twilio credentials for location",
            "allOf": [
              {
                "$ref": "#/definitions/TwilioSchema"
              }
            ]
          },
          "mailgun": {
            "description": "The mailgun credentials for location",
            "allOf": [
              {
                "$ref": "#/definitions/MailgunSchema"
              }
            ]
          },
          "snapshot": {
            "description": "The snapshot to be updated in the location.",
            "allOf": [
              {
                "$ref": "#/definitions/SnapshotPutSchema"
              }
            ]
          }
        },
        "required": [
          "companyId"
        ]
      }
    }
  },
  "create-tag": {
    "$ref": "#/definitions/tagBody",
    "definitions": {
      "tagBody": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "Tag name"
          }
        },
        "required": [
          "name"
        ]
      }
    }
  },
  "update-tag": {
    "$ref": "#/definitions/tagBody",
    "definitions": {
      "tagBody": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "Tag name"
          }
        },
        "required": [
          "name"
        ]
      }
    }
  },
  "task-search": {
    "$ref": "#/definitions/TaskSearchParamsDto",
    "definitions": {
      "TaskSearchParamsDto": {
        "type": "object",
        "properties": {
          "contactId": {
            "description": "Contact Ids",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "completed": {
            "type": "boolean",
            "description": "Task Completed Or Pending"
          },
          "assignedTo": {
            "description": "Assigned User Ids",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "query": {
            "type": "string",
            "description": "Search Value"
          },
          "limit": {
            "type": "number",
            "description": "Limit To Api",
            "default": 25
          },
          "skip": {
            "type": "number",
            "description": "Number Of Tasks To Skip",
            "default": 0
          },
          "businessId": {
            "type": "string",
            "description": "Bussiness Id"
          }
        }
      }
    }
  },
  "update-recurring-task": {
    "$ref": "#/definitions/RecurringTaskUpdateDTO",
    "definitions": {
      "CustomRRulesOptions": {
        "type": "object",
        "properties": {
          "intervalType": {
            "type": "string",
            "enum": [
              "yearly",
              "monthly",
              "weekly",
              "daily",
              "hourly"
            ]
          },
          "interval": {
            "type": "number"
          },
          "startDate": {
            "type": "string",
            "description": "Start Date"
          },
          "endDate": {
            "type": "string",
            "description": "End Date"
          },
          "dayOfMonth": {
            "type": "number",
            "description": "1, 2, 3, ..., 27, 31"
          },
          "dayOfWeek": {
            "type": "string",
            "enum": [
              "MO",
              "TU",
              "WE",
              "TH",
              "FR",
              "SA",
              "SU"
            ]
          },
          "monthOfYear": {
            "type": "number",
            "description": "1, 2, ....., 11, 12"
          },
          "count": {
            "type": "number",
            "description": "Max number of task executions"
          },
          "createTaskIfOverDue": {
            "type": "boolean",
            "description": "Create Task If Over Due"
          },
          "dueAfterSeconds": {
            "type": "number",
            "description": "Due after seconds"
          }
        },
        "required": [
          "intervalType",
          "interval",
          "startDate",
          "dueAfterSeconds"
        ]
      },
      "RecurringTaskUpdateDTO": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string",
            "description": "Name of the task"
          },
          "description": {
            "type": "string",
            "description": "Description of the task"
          },
          "contactIds": {
            "description": "Contact Id",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "owners": {
            "description": "Assigned To",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "rruleOptions": {
            "description": "Recurring rules",
            "allOf": [
              {
                "$ref": "#/definitions/CustomRRulesOptions"
              }
            ]
          },
          "ignoreTaskCreation": {
            "type": "boolean",
            "description": "Create initial task or not"
          }
        }
      }
    }
  },
  "create-recurring-task": {
    "$ref": "#/definitions/RecurringTaskCreateDTO",
    "definitions": {
      "CustomRRulesOptions": {
        "type": "object",
        "properties": {
          "intervalType": {
            "type": "string",
            "enum": [
              "yearly",
              "monthly",
              "weekly",
              "daily",
              "hourly"
            ]
          },
          "interval": {
            "type": "number"
          },
          "startDate": {
            "type": "string",
            "description": "Start Date"
          },
          "endDate": {
            "type": "string",
            "description": "End Date"
          },
          "dayOfMonth": {
            "type": "number",
            "description": "1, 2, 3, ..., 27, 31"
          },
          "dayOfWeek": {
            "type": "string",
            "enum": [
              "MO",
              "TU",
              "WE",
              "TH",
              "FR",
              "SA",
              "SU"
            ]
          },
          "monthOfYear": {
            "type": "number",
            "description": "1, 2, ....., 11, 12"
          },
          "count": {
            "type": "number",
            "description": "Max number of task executions"
          },
          "createTaskIfOverDue": {
            "type": "boolean",
            "description": "Create Task If Over Due"
          },
          "dueAfterSeconds": {
            "type": "number",
            "description": "Due after seconds"
          }
        },
        "required": [
          "intervalType",
          "interval",
          "startDate",
          "dueAfterSeconds"
        ]
      },
      "RecurringTaskCreateDTO": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string",
            "description": "Name of the task"
          },
          "description": {
            "type": "string",
            "description": "Description of the task"
          },
          "contactIds": {
            "description": "Contact Id",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "owners": {
            "description": "Assigned To",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "rruleOptions": {
            "description": "Recurring rules",
            "allOf": [
              {
                "$ref": "#/definitions/CustomRRulesOptions"
              }
            ]
          },
          "ignoreTaskCreation": {
            "type": "boolean",
            "description": "Create initial task or not"
          }
        },
        "required": [
          "title",
          "rruleOptions"
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
          "name": {
            "type": "string"
          },
          "dataType": {
            "type": "string"
          },
          "placeholder": {
            "type": "string"
          },
          "acceptedFormat": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "isMultipleFile": {
            "type": "boolean"
          },
          "maxNumberOfFiles": {
            "type": "number"
          },
          "textBoxListOptions": {
            "type": "array",
            "items": {
              "anyOf": [
                {
                  "$ref": "#/definitions/textBoxListOptionsSchema"
                },
                {
                  "$ref": "#/definitions/textBoxListOptionsSchema"
                }
              ]
            }
          },
          "position": {
            "type": "number",
            "default": 0
          },
          "model": {
            "type": "string",
            "description": "Model of the custom field you want to create",
            "enum": [
              "contact",
              "opportunity"
            ]
          }
        },
        "required": [
          "name",
          "dataType"
        ]
      },
      "textBoxListOptionsSchema": {
        "type": "object",
        "properties": {
          "label": {
            "type": "string"
          },
          "prefillValue": {
            "type": "string"
          }
        }
      }
    }
  },
  "update-custom-field": {
    "$ref": "#/definitions/UpdateCustomFieldsDTO",
    "definitions": {
      "UpdateCustomFieldsDTO": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "placeholder": {
            "type": "string"
          },
          "acceptedFormat": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "isMultipleFile": {
            "type": "boolean"
          },
          "maxNumberOfFiles": {
            "type": "number"
          },
          "textBoxListOptions": {
            "type": "array",
            "items": {
              "anyOf": [
                {
                  "$ref": "#/definitions/textBoxListOptionsSchema"
                },
                {
                  "$ref": "#/definitions/textBoxListOptionsSchema"
                }
              ]
            }
          },
          "position": {
            "type": "number",
            "default": 0
          },
          "model": {
            "type": "string",
            "description": "Model of the custom field you want to update",
            "enum": [
              "contact",
              "opportunity"
            ]
          }
        },
        "required": [
          "name"
        ]
      },
      "textBoxListOptionsSchema": {
        "type": "object",
        "properties": {
          "label": {
            "type": "string"
          },
          "prefillValue": {
            "type": "string"
          }
        }
      }
    }
  },
  "create-custom-value": {
    "$ref": "#/definitions/customValuesDTO",
    "definitions": {
      "customValuesDTO": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "value": {
            "type": "string"
          }
        },
        "required": [
          "name",
          "value"
        ]
      }
    }
  },
  "update-custom-value": {
    "$ref": "#/definitions/customValuesDTO",
    "definitions": {
      "customValuesDTO": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "value": {
            "type": "string"
          }
        },
        "required": [
          "name",
          "value"
        ]
      }
    }
  },
  "create-location": {
    "$ref": "#/definitions/CreateLocationDto",
    "definitions": {
      "CreateLocationDto": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "The name for the sub-account/location"
          },
          "phone": {
            "type": "string",
            "description": "The phone number of the business for which sub-account is created with the appropriate country-code"
          },
          "companyId": {
            "type": "string",
            "description": "Company/Agency Id"
          },
          "address": {
            "type": "string",
            "description": "The address of the business for which sub-account is created"
          },
          "city": {
            "type": "string",
            "description": "The city where the business is located for which sub-account is created"
          },
          "state": {
            "type": "string",
            "description": "The state in which the business operates for which sub-account is created"
          },
          "country": {
            "type": "string",
            "description": "The 2 letter country-code in which the business is present for which sub-account is created",
            "enum": [
              "AF",
              "AX",
              "AL",
              "DZ",
              "AS",
              "AD",
              "AO",
              "AI",
              "AQ",
              "AG",
              "AR",
              "AM",
              "AW",
              "AU",
              "AT",
              "AZ",
              "BS",
              "BH",
              "BD",
              "BB",
              "BY",
              "BE",
              "BZ",
              "BJ",
              "BM",
              "BT",
              "BO",
              "BA",
              "BW",
              "BV",
              "BR",
              "IO",
              "BN",
              "BG",
              "BF",
              "BI",
              "KH",
              "CM",
              "CA",
              "CV",
              "KY",
              "CF",
              "TD",
              "CL",
              "CN",
              "CX",
              "CC",
              "CO",
              "KM",
              "CG",
              "CD",
              "CK",
              "CR",
              "CI",
              "HR",
              "CU",
              "CY",
              "CZ",
              "DK",
              "DJ",
              "DM",
              "DO",
              "EC",
              "EG",
              "SV",
              "GQ",
              "ER",
              "EE",
              "ET",
              "FK",
              "FO",
              "FJ",
              "FI",
              "FR",
              "GF",
              "PF",
              "TF",
              "GA",
              "GM",
              "GE",
              "DE",
              "GH",
              "GI",
              "GR",
              "GL",
              "GD",
              "GP",
              "GU",
              "GT",
              "GG",
              "GN",
              "GW",
              "GY",
              "HT",
              "HM",
              "VA",
              "HN",
              "HK",
              "HU",
              "IS",
              "IN",
              "ID",
              "IR",
              "IQ",
              "IE",
              "IM",
              "IL",
              "IT",
              "JM",
              "JP",
              "JE",
              "JO",
              "KZ",
              "KE",
              "KI",
              "KP",
              "KR",
              "XK",
              "KW",
              "KG",
              "LA",
              "LV",
              "LB",
              "LS",
              "LR",
              "LY",
              "LI",
              "LT",
              "LU",
              "MO",
              "MK",
              "MG",
              "MW",
              "MY",
              "MV",
              "ML",
              "MT",
              "MH",
              "MQ",
              "MR",
              "MU",
              "YT",
              "MX",
              "FM",
              "MD",
              "MC",
              "MN",
              "ME",
              "MS",
              "MA",
              "MZ",
              "MM",
              "NA",
              "NR",
              "NP",
              "NL",
              "AN",
              "NC",
              "NZ",
              "NI",
              "NE",
              "NG",
              "NU",
              "NF",
              "MP",
              "NO",
              "OM",
              "PK",
              "PW",
              "PS",
              "PA",
              "PG",
              "PY",
              "PE",
              "PH",
              "PN",
              "PL",
              "PT",
              "PR",
              "QA",
              "RE",
              "RO",
              "RU",
              "RW",
              "SH",
              "KN",
              "LC",
              "MF",
              "PM",
              "VC",
              "WS",
              "SM",
              "ST",
              "SA",
              "SN",
              "RS",
              "SC",
              "SL",
              "SG",
              "SX",
              "SK",
              "SI",
              "SB",
              "SO",
              "ZA",
              "GS",
              "ES",
              "LK",
              "SD",
              "SR",
              "SJ",
              "SZ",
              "SE",
              "CH",
              "SY",
              "TW",
              "TJ",
              "TZ",
              "TH",
              "TL",
              "TG",
              "TK",
              "TO",
              "TT",
              "TN",
              "TR",
              "TM",
              "TC",
              "TV",
              "UG",
              "GB",
              "UA",
              "AE",
              "US",
              "UM",
              "UY",
              "UZ",
              "VU",
              "VE",
              "VN",
              "VG",
              "VI",
              "WF",
              "EH",
              "YE",
              "ZM",
              "ZW"
            ]
          },
          "postalCode": {
            "type": "string",
            "description": "The postal code of the business for which sub-account is created"
          },
          "website": {
            "type": "string",
            "description": "The website of the business for which sub-account is created"
          },
          "timezone": {
            "type": "string",
            "description": "The timezone of the business for which sub-account is created"
          },
          "prospectInfo": {
            "allOf": [
              {
                "$ref": "#/definitions/ProspectInfoDto"
              }
            ]
          },
          "settings": {
            "description": "The default settings for location",
            "allOf": [
              {
                "$ref": "#/definitions/SettingsSchema"
              }
            ]
          },
          "social": {
            "description": "The social media links for location",
            "allOf": [
              {
                "$ref": "#/definitions/SocialSchema"
              }
            ]
          },
          "twilio": {
            "description": "The twilio credentials for location",
            "allOf": [
              {
                "$ref": "#/definitions/TwilioSchema"
              }
            ]
          },
          "mailgun": {
            "description": "The mailgun credentials for location",
            "allOf": [
              {
                "$ref": "#/definitions/MailgunSchema"
              }
            ]
          },
          "snapshotId": {
            "type": "string",
            "description": "The snapshot ID to be loaded into the location."
          }
        },
        "required": [
          "name",
          "companyId"
        ]
      },
      "MailgunSchema": {
        "type": "object",
        "properties": {
          "apiKey": {
            "type": "string",
            "description": "API key provided by Mailgun"
          },
          "domain": {
            "type": "string",
            "description": "Domain connected with Mailgun"
          }
        },
        "required": [
          "apiKey",
          "domain"
        ]
      },
      "ProspectInfoDto": {
        "type": "object",
        "properties": {
          "firstName": {
            "type": "string",
            "description": "First name of the prospect"
          },
          "lastName": {
            "type": "string",
            "description": "Last name of the prospect"
          },
          "email": {
            "type": "string",
            "description": "Email of the prospect"
          }
        },
        "required": [
          "firstName",
          "lastName",
          "email"
        ]
      },
      "SettingsSchema": {
        "type": "object",
        "properties": {
          "allowDuplicateContact": {
            "type": "boolean"
          },
          "allowDuplicateOpportunity": {
            "type": "boolean"
          },
          "allowFacebookNameMerge": {
            "type": "boolean"
          },
          "disableContactTimezone": {
            "type": "boolean"
          }
        }
      },
      "SocialSchema": {
        "type": "object",
        "properties": {
          "facebookUrl": {
            "type": "string",
            "description": "Facebook URL"
          },
          "googlePlus": {
            "type": "string",
            "description": "Googleplus URL"
          },
          "linkedIn": {
            "type": "string",
            "description": "LinkedIn URL"
          },
          "foursquare": {
            "type": "string",
            "description": "Foursquare URL"
          },
          "twitter": {
            "type": "string",
            "description": "Twitter URL"
          },
          "yelp": {
            "type": "string",
            "description": "Yelp URL"
          },
          "instagram": {
            "type": "string",
            "description": "Instagram URL"
          },
          "youtube": {
            "type": "string",
            "description": "Instagram URL"
          },
          "pinterest": {
            "type": "string",
            "description": "Instagram URL"
          },
          "blogRss": {
            "type": "string",
            "description": "Instagram URL"
          },
          "googlePlacesId": {
            "type": "string",
            "description": "Google Business Places ID"
          }
        }
      },
      "TwilioSchema": {
        "type": "object",
        "properties": {
          "sid": {
            "type": "string",
            "description": "SID provided by Twilio"
          },
          "authToken": {
            "type": "string",
            "description": "Auth token provided by Twilio"
          }
        },
        "required": [
          "sid",
          "authToken"
        ]
      }
    }
  }
} as const

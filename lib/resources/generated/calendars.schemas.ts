// GENERATED FILE — do not edit. Regenerate with `npm run generate:types` (scripts/generate-types.ts).
// JSON Schemas of the application/json request bodies in sandbox/spec/apps/calendars.json,
// with its $refs into sandbox/spec/common/common-schemas.json resolved,
// keyed by operationId, each self-contained (its $refs point into its own `definitions`), `example`s dropped.
// The spec as it is: validate-body.ts applies lib/resources/spec-overrides.ts on top, at run time.

export const schemas = {
  "create-calendar-group": {
    "$ref": "#/definitions/GroupCreateDTO",
    "definitions": {
      "GroupCreateDTO": {
        "type": "object",
        "properties": {
          "locationId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "slug": {
            "type": "string"
          },
          "isActive": {
            "type": "boolean"
          }
        },
        "required": [
          "locationId",
          "name",
          "description",
          "slug"
        ]
      }
    }
  },
  "validate-groups-slug": {
    "$ref": "#/definitions/ValidateGroupSlugPostBody",
    "definitions": {
      "ValidateGroupSlugPostBody": {
        "type": "object",
        "properties": {
          "locationId": {
            "type": "string",
            "description": "Location Id"
          },
          "slug": {
            "type": "string",
            "description": "Slug"
          }
        },
        "required": [
          "locationId",
          "slug"
        ]
      }
    }
  },
  "edit-group": {
    "$ref": "#/definitions/GroupUpdateDTO",
    "definitions": {
      "GroupUpdateDTO": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "slug": {
            "type": "string"
          }
        },
        "required": [
          "name",
          "description",
          "slug"
        ]
      }
    }
  },
  "disable-group": {
    "$ref": "#/definitions/GroupStatusUpdateParams",
    "definitions": {
      "GroupStatusUpdateParams": {
        "type": "object",
        "properties": {
          "isActive": {
            "type": "boolean",
            "description": "Is Active?"
          }
        },
        "required": [
          "isActive"
        ]
      }
    }
  },
  "create-appointment": {
    "$ref": "#/definitions/AppointmentCreateSchema",
    "definitions": {
      "AppointmentCreateSchema": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string",
            "description": "Title"
          },
          "meetingLocationType": {
            "type": "string",
            "description": "Meeting location type. \n- If `address` is provided in the request body, the `meetingLocationType` defaults to **custom**.",
            "enum": [
              "custom",
              "zoom",
              "gmeet",
              "phone",
              "address",
              "ms_teams",
              "google"
            ]
          },
          "meetingLocationId": {
            "type": "string",
            "description": "The unique identifier for the meeting location.\n- This value can be found in `calendar.locationConfigurations`or `calendar.teamMembers[].locationConfigurations`",
            "default": "default"
          },
          "overrideLocationConfig": {
            "type": "boolean",
            "description": "Flag to override location config\n- **false** - If only `meetingLocationId` is provided\n- **true** - If only `meetingLocationType` is provided\n"
          },
          "appointmentStatus": {
            "type": "string",
            "enum": [
              "new",
              "confirmed",
              "cancelled",
              "showed",
              "noshow",
              "invalid"
            ]
          },
          "assignedUserId": {
            "type": "string",
            "description": "Assigned User Id"
          },
          "description": {
            "type": "string",
            "description": "Appointment Description"
          },
          "address": {
            "type": "string",
            "description": "Appointment Address"
          },
          "ignoreDateRange": {
            "type": "boolean",
            "description": "If set to true, the minimum scheduling notice and date range would be ignored"
          },
          "toNotify": {
            "type": "boolean",
            "description": "If set to false, the automations will not run"
          },
          "ignoreFreeSlotValidation": {
            "type": "boolean",
            "description": "If true the time slot validation would be avoided for any appointment creation (even the ignoreDateRange)"
          },
          "rrule": {
            "type": "string",
            "description": "RRULE as per the iCalendar (RFC 5545) specification for recurring events. DTSTART is not required, instance ids are calculated on the basis of startTime of the event. The rrule only be applied if ignoreFreeSlotValidation is true."
          },
          "calendarId": {
            "type": "string",
            "description": "Calendar Id"
          },
          "locationId": {
            "type": "string",
            "description": "Location Id"
          },
          "contactId": {
            "type": "string",
            "description": "Contact Id"
          },
          "startTime": {
            "type": "string",
            "description": "Start Time"
          },
          "endTime": {
            "type": "string",
            "description": "End Time"
          }
        },
        "required": [
          "calendarId",
          "locationId",
          "contactId",
          "startTime"
        ]
      }
    }
  },
  "edit-appointment": {
    "$ref": "#/definitions/AppointmentEditSchema",
    "definitions": {
      "AppointmentEditSchema": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string",
            "description": "Title"
          },
          "meetingLocationType": {
            "type": "string",
            "description": "Meeting location type. \n- If `address` is provided in the request body, the `meetingLocationType` defaults to **custom**.",
            "enum": [
              "custom",
              "zoom",
              "gmeet",
              "phone",
              "address",
              "ms_teams",
              "google"
            ]
          },
          "meetingLocationId": {
            "type": "string",
            "description": "The unique identifier for the meeting location.\n- This value can be found in `calendar.locationConfigurations`or `calendar.teamMembers[].locationConfigurations`",
            "default": "default"
          },
          "overrideLocationConfig": {
            "type": "boolean",
            "description": "Flag to override location config\n- **false** - If only `meetingLocationId` is provided\n- **true** - If only `meetingLocationType` is provided\n"
          },
          "appointmentStatus": {
            "type": "string",
            "enum": [
              "new",
              "confirmed",
              "cancelled",
              "showed",
              "noshow",
              "invalid"
            ]
          },
          "assignedUserId": {
            "type": "string",
            "description": "Assigned User Id"
          },
          "description": {
            "type": "string",
            "description": "Appointment Description"
          },
          "address": {
            "type": "string",
            "description": "Appointment Address"
          },
          "ignoreDateRange": {
            "type": "boolean",
            "description": "If set to true, the minimum scheduling notice and date range would be ignored"
          },
          "toNotify": {
            "type": "boolean",
            "description": "If set to false, the automations will not run"
          },
          "ignoreFreeSlotValidation": {
            "type": "boolean",
            "description": "If true the time slot validation would be avoided for any appointment creation (even the ignoreDateRange)"
          },
          "rrule": {
            "type": "string",
            "description": "RRULE as per the iCalendar (RFC 5545) specification for recurring events. DTSTART is not required, instance ids are calculated on the basis of startTime of the event. The rrule only be applied if ignoreFreeSlotValidation is true."
          },
          "calendarId": {
            "type": "string",
            "description": "Calendar Id"
          },
          "startTime": {
            "type": "string",
            "description": "Start Time"
          },
          "endTime": {
            "type": "string",
            "description": "End Time"
          }
        }
      }
    }
  },
  "create-block-slot": {
    "$ref": "#/definitions/BlockSlotCreateRequestDTO",
    "definitions": {
      "BlockSlotCreateRequestDTO": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string",
            "description": "Title"
          },
          "calendarId": {
            "type": "string",
            "description": "Either calendarId or assignedUserId can be set, not both."
          },
          "assignedUserId": {
            "type": "string",
            "description": "Either calendarId or assignedUserId can be set, not both."
          },
          "locationId": {
            "type": "string",
            "description": "Location Id"
          },
          "startTime": {
            "type": "string",
            "description": "Start Time"
          },
          "endTime": {
            "type": "string",
            "description": "End Time"
          }
        },
        "required": [
          "calendarId",
          "locationId"
        ]
      }
    }
  },
  "edit-block-slot": {
    "$ref": "#/definitions/BlockSlotEditRequestDTO",
    "definitions": {
      "BlockSlotEditRequestDTO": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string",
            "description": "Title"
          },
          "calendarId": {
            "type": "string",
            "description": "Either calendarId or assignedUserId can be set, not both."
          },
          "assignedUserId": {
            "type": "string",
            "description": "Either calendarId or assignedUserId can be set, not both."
          },
          "locationId": {
            "type": "string",
            "description": "Location Id"
          },
          "startTime": {
            "type": "string",
            "description": "Start Time"
          },
          "endTime": {
            "type": "string",
            "description": "End Time"
          }
        },
        "required": [
          "calendarId",
          "locationId"
        ]
      }
    }
  },
  "update-calendar": {
    "$ref": "#/definitions/CalendarUpdateDTO",
    "definitions": {
      "CalendarNotification": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "description": "Calendar Notification",
            "enum": [
              "email"
            ],
            "default": "email"
          },
          "shouldSendToContact": {
            "type": "boolean"
          },
          "shouldSendToGuest": {
            "type": "boolean"
          },
          "shouldSendToUser": {
            "type": "boolean"
          },
          "shouldSendToSelectedUsers": {
            "type": "boolean"
          },
          "selectedUsers": {
            "type": "string",
            "description": "Comma separated emails"
          }
        },
        "required": [
          "shouldSendToContact",
          "shouldSendToGuest",
          "shouldSendToUser",
          "shouldSendToSelectedUsers",
          "selectedUsers"
        ]
      },
      "CalendarUpdateDTO": {
        "type": "object",
        "properties": {
          "notifications": {
            "description": "🚨 Deprecated! Please use 'Calendar Notifications APIs' instead.",
            "deprecated": true,
            "type": "array",
            "items": {
              "$ref": "#/definitions/CalendarNotification"
            }
          },
          "groupId": {
            "type": "string",
            "description": "Group Id"
          },
          "teamMembers": {
            "description": "Team members are required for calendars of type: Round Robin, Collective, Class, Service. Personal calendar must have exactly one team member.",
            "type": "array",
            "items": {
              "$ref": "#/definitions/TeamMember"
            }
          },
          "eventType": {
            "type": "string",
            "enum": [
              "RoundRobin_OptimizeForAvailability",
              "RoundRobin_OptimizeForEqualDistribution"
            ]
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "slug": {
            "type": "string"
          },
          "widgetSlug": {
            "type": "string"
          },
          "widgetType": {
            "type": "string",
            "description": "Calendar widget type. Choose \"default\" for \"neo\" and \"classic\" for \"classic\" layout.",
            "enum": [
              "default",
              "classic"
            ],
            "default": "classic"
          },
          "eventTitle": {
            "type": "string"
          },
          "eventColor": {
            "type": "string",
            "default": "#039be5"
          },
          "locationConfigurations": {
            "description": "Meeting location configuration for event calendar",
            "type": "array",
            "items": {
              "$ref": "#/definitions/LocationConfiguration"
            }
          },
          "meetingLocation": {
            "type": "string",
            "description": "🚨 Deprecated! Use `locationConfigurations.location` or `teamMembers[].locationConfigurations.location` instead.",
            "deprecated": true,
            "readOnly": true
          },
          "slotDuration": {
            "type": "number",
            "description": "This controls the duration of the meeting",
            "default": 30
          },
          "slotDurationUnit": {
            "type": "string",
            "description": "Unit for slot duration.",
            "enum": [
              "mins",
              "hours"
            ]
          },
          "preBufferUnit": {
            "type": "string",
            "description": "Unit for pre-buffer.",
            "enum": [
              "mins",
              "hours"
            ]
          },
          "slotInterval": {
            "type": "number",
            "description": "Slot interval reflects the amount of time the between booking slots that will be shown in the calendar.",
            "default": 30
          },
          "slotIntervalUnit": {
            "type": "string",
            "description": "Unit for slot interval.",
            "enum": [
              "mins",
              "hours"
            ]
          },
          "slotBuffer": {
            "type": "number",
            "description": "Slot-Buffer is additional time that can be added after an appointment, allowing for extra time to wrap up"
          },
          "preBuffer": {
            "type": "number",
            "description": "Pre-Buffer is additional time that can be added before an appointment, allowing for extra time to get ready"
          },
          "appoinmentPerSlot": {
            "type": "number"
          },
          "appoinmentPerDay": {
            "type": "number",
            "description": "Number of appointments that can be booked for a given day"
          },
          "allowBookingAfter": {
            "type": "number",
            "description": "Minimum scheduling notice for events"
          },
          "allowBookingAfterUnit": {
            "type": "string",
            "description": "Unit for minimum scheduling notice",
            "enum": [
              "hours",
              "days",
              "weeks",
              "months"
            ]
          },
          "allowBookingFor": {
            "type": "number",
            "description": "Minimum number of days/weeks/months for which to allow booking events"
          },
          "allowBookingForUnit": {
            "type": "string",
            "description": "Unit for controlling the duration for which booking would be allowed for",
            "enum": [
              "days",
              "weeks",
              "months"
            ]
          },
          "openHours": {
            "type": "array",
            "items": {
              "$ref": "#/definitions/OpenHour"
            }
          },
          "enableRecurring": {
            "type": "boolean",
            "description": "Enable recurring appointments for the calendars. Please note that only one member should be added in the calendar to enable this",
            "default": false
          },
          "recurring": {
            "$ref": "#/definitions/Recurring"
          },
          "formId": {
            "type": "string"
          },
          "stickyContact": {
            "type": "boolean"
          },
          "isLivePaymentMode": {
            "type": "boolean"
          },
          "autoConfirm": {
            "type": "boolean"
          },
          "shouldSendAlertEmailsToAssignedMember": {
            "type": "boolean"
          },
          "alertEmail": {
            "type": "string"
          },
          "googleInvitationEmails": {
            "type": "boolean"
          },
          "allowReschedule": {
            "type": "boolean"
          },
          "allowCancellation": {
            "type": "boolean"
          },
          "shouldAssignContactToTeamMember": {
            "type": "boolean"
          },
          "shouldSkipAssigningContactForExisting": {
            "type": "boolean"
          },
          "notes": {
            "type": "string"
          },
          "pixelId": {
            "type": "string"
          },
          "formSubmitType": {
            "type": "string",
            "default": "ThankYouMessage",
            "enum": [
              "RedirectURL",
              "ThankYouMessage"
            ]
          },
          "formSubmitRedirectURL": {
            "type": "string"
          },
          "formSubmitThanksMessage": {
            "type": "string"
          },
          "availabilityType": {
            "type": "number",
            "description": "Determines which availability type to consider:\n- **1**: Only custom availabilities will be used.\n- **0**: Only open hours will be used.\n- **null**: Both the custom availabilities and open hours will be considered.",
            "enum": [
              0,
              1
            ]
          },
          "availabilities": {
            "description": "This is only to set the custom availability. For standard availability, use the openHours property",
            "type": "array",
            "items": {
              "$ref": "#/definitions/UpdateAvailability"
            }
          },
          "guestType": {
            "type": "string",
            "enum": [
              "count_only",
              "collect_detail"
            ]
          },
          "consentLabel": {
            "type": "string"
          },
          "calendarCoverImage": {
            "type": "string"
          },
          "lookBusyConfig": {
            "description": "Look Busy Configuration",
            "allOf": [
              {
                "$ref": "#/definitions/LookBusyConfiguration"
              }
            ]
          },
          "isActive": {
            "type": "boolean"
          }
        }
      },
      "Hour": {
        "type": "object",
        "properties": {
          "openHour": {
            "type": "number",
            "minimum": 0,
            "maximum": 23
          },
          "openMinute": {
            "type": "number",
            "minimum": 0,
            "maximum": 60
          },
          "closeHour": {
            "type": "number",
            "minimum": 0,
            "maximum": 23
          },
          "closeMinute": {
            "type": "number",
            "minimum": 0,
            "maximum": 60
          }
        },
        "required": [
          "openHour",
          "openMinute",
          "closeHour",
          "closeMinute"
        ]
      },
      "LocationConfiguration": {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "description": "Type of meeting location. zoom_conference/google_conference/ms_teams_conference is not supported in event calendar type",
            "enum": [
              "custom",
              "zoom_conference",
              "google_conference",
              "inbound_call",
              "outbound_call",
              "physical",
              "booker",
              "ms_teams_conference"
            ]
          },
          "location": {
            "type": "string",
            "description": "Address for meeting location. Not applicable on \"zoom_conference\", \"google_conference\" and \"ms_teams_conference\" kind"
          }
        },
        "required": [
          "kind"
        ]
      },
      "LookBusyConfiguration": {
        "type": "object",
        "properties": {
          "enabled": {
            "type": "boolean",
            "description": "Apply Look Busy",
            "default": false
          },
          "LookBusyPercentage": {
            "type": "number",
            "description": "Percentage of slots that will be hidden"
          }
        },
        "required": [
          "enabled",
          "LookBusyPercentage"
        ]
      },
      "OpenHour": {
        "type": "object",
        "properties": {
          "daysOfTheWeek": {
            "type": "array",
            "items": {
              "type": "number",
              "maximum": 6,
              "minimum": 0
            }
          },
          "hours": {
            "type": "array",
            "items": {
              "$ref": "#/definitions/Hour"
            }
          }
        },
        "required": [
          "daysOfTheWeek",
          "hours"
        ]
      },
      "Recurring": {
        "type": "object",
        "properties": {
          "freq": {
            "type": "string",
            "enum": [
              "DAILY",
              "WEEKLY",
              "MONTHLY"
            ]
          },
          "count": {
            "type": "number",
            "description": "Number of recurrences",
            "maximum": 24
          },
          "bookingOption": {
            "type": "string",
            "description": "This setting contols what to do incase a recurring slot is unavailable",
            "enum": [
              "skip",
              "continue",
              "book_next"
            ]
          },
          "bookingOverlapDefaultStatus": {
            "type": "string",
            "description": "This setting contols what to do incase a recurring slot is unavailable",
            "enum": [
              "confirmed",
              "new"
            ]
          }
        }
      },
      "TeamMember": {
        "type": "object",
        "properties": {
          "userId": {
            "type": "string"
          },
          "priority": {
            "type": "number",
            "default": 0.5,
            "enum": [
              0,
              0.5,
              1
            ]
          },
          "meetingLocationType": {
            "type": "string",
            "description": "🚨 Deprecated! Use `locationConfigurations.kind` instead.",
            "deprecated": true,
            "default": "custom",
            "readOnly": true,
            "enum": [
              "custom",
              "zoom",
              "gmeet",
              "phone",
              "address",
              "teams",
              "booker"
            ]
          },
          "meetingLocation": {
            "type": "string",
            "description": "🚨 Deprecated! Use `locationConfigurations.location` instead.",
            "deprecated": true,
            "readOnly": true
          },
          "isPrimary": {
            "type": "boolean",
            "description": "Marks a user as primary. This property is required in case of collective booking calendars. Only one user can be primary."
          },
          "locationConfigurations": {
            "description": "Meeting location configuration for event calendar.\n- *Multiple locations are allowed only when one team member is selected.*\n- *For **Class booking** and **Collective** calendars, only one location configuration is allowed for each team member.*",
            "type": "array",
            "items": {
              "$ref": "#/definitions/LocationConfiguration"
            }
          }
        },
        "required": [
          "userId"
        ]
      },
      "UpdateAvailability": {
        "type": "object",
        "properties": {
          "date": {
            "type": "string",
            "description": "Formulate the date string in the format of `<YYYY-MM-DD in local timezone>T00:00:00.000Z`."
          },
          "hours": {
            "type": "array",
            "items": {
              "$ref": "#/definitions/Hour"
            }
          },
          "deleted": {
            "type": "boolean",
            "default": false
          },
          "id": {
            "type": "string",
            "description": "The ID of the custom availability object. It is required while updating or deleting the existing custom date availability"
          }
        },
        "required": [
          "date",
          "hours"
        ]
      }
    }
  },
  "delete-event": {
    "$ref": "#/definitions/DeleteAppointmentSchema",
    "definitions": {
      "DeleteAppointmentSchema": {
        "type": "object",
        "properties": {}
      }
    }
  },
  "create-appointment-note": {
    "$ref": "#/definitions/NotesDTO",
    "definitions": {
      "NotesDTO": {
        "type": "object",
        "properties": {
          "userId": {
            "type": "string"
          },
          "body": {
            "type": "string",
            "description": "Note body",
            "maxLength": 5000
          }
        },
        "required": [
          "body"
        ]
      }
    }
  },
  "update-appointment-note": {
    "$ref": "#/definitions/NotesDTO",
    "definitions": {
      "NotesDTO": {
        "type": "object",
        "properties": {
          "userId": {
            "type": "string"
          },
          "body": {
            "type": "string",
            "description": "Note body",
            "maxLength": 5000
          }
        },
        "required": [
          "body"
        ]
      }
    }
  },
  "update-calendar-resource": {
    "$ref": "#/definitions/UpdateCalendarResourceDTO",
    "definitions": {
      "UpdateCalendarResourceDTO": {
        "type": "object",
        "properties": {
          "locationId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "quantity": {
            "type": "number",
            "description": "Quantity of the equipment."
          },
          "outOfService": {
            "type": "number",
            "description": "Quantity of the out of service equipment."
          },
          "capacity": {
            "type": "number",
            "description": "Capacity of the room."
          },
          "calendarIds": {
            "description": "Service calendar IDs to be mapped with the resource.\n\n    One equipment can only be mapped with one service calendar.\n    \nOne room can be mapped with multiple service calendars.",
            "maxItems": 100,
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "isActive": {
            "type": "boolean"
          }
        }
      }
    }
  },
  "create-calendar-resource": {
    "$ref": "#/definitions/CreateCalendarResourceDTO",
    "definitions": {
      "CreateCalendarResourceDTO": {
        "type": "object",
        "properties": {
          "locationId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "quantity": {
            "type": "number",
            "description": "Quantity of the equipment."
          },
          "outOfService": {
            "type": "number",
            "description": "Quantity of the out of service equipment."
          },
          "capacity": {
            "type": "number",
            "description": "Capacity of the room."
          },
          "calendarIds": {
            "description": "Service calendar IDs to be mapped with the resource.\n\n    One equipment can only be mapped with one service calendar.\n    \nOne room can be mapped with multiple service calendars.",
            "maxItems": 100,
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "locationId",
          "name",
          "description",
          "quantity",
          "outOfService",
          "capacity",
          "calendarIds"
        ]
      }
    }
  },
  "create-event-notification": {
    "type": "array",
    "items": {
      "$ref": "#/definitions/CreateCalendarNotificationDTO"
    },
    "definitions": {
      "CreateCalendarNotificationDTO": {
        "type": "object",
        "properties": {
          "receiverType": {
            "type": "string",
            "description": "notification recipient type",
            "enum": [
              "contact",
              "guest",
              "assignedUser",
              "emails",
              "phoneNumbers",
              "business"
            ]
          },
          "channel": {
            "type": "string",
            "description": "Notification channel",
            "enum": [
              "email",
              "inApp",
              "sms",
              "whatsapp"
            ]
          },
          "notificationType": {
            "type": "string",
            "description": "Notification type",
            "enum": [
              "booked",
              "confirmation",
              "cancellation",
              "reminder",
              "followup",
              "reschedule"
            ]
          },
          "isActive": {
            "type": "boolean",
            "description": "Is the notification active",
            "default": true
          },
          "templateId": {
            "type": "string",
            "description": "Template ID for email notification. Not necessary for in-App notification"
          },
          "body": {
            "type": "string",
            "description": "Body  for email notification. Not necessary for in-App notification"
          },
          "subject": {
            "type": "string",
            "description": "Subject  for email notification. Not necessary for in-App notification"
          },
          "afterTime": {
            "description": "Specifies the time after which the follow-up notification should be sent. This is not required for other notification types.",
            "type": "array",
            "items": {
              "$ref": "#/definitions/SchedulesDTO"
            }
          },
          "beforeTime": {
            "description": "Specifies the time before which the reminder notification should be sent. This is not required for other notification types.",
            "type": "array",
            "items": {
              "$ref": "#/definitions/SchedulesDTO"
            }
          },
          "additionalEmailIds": {
            "description": "Additional email addresses to receive notifications.",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "additionalPhoneNumbers": {
            "description": "Additional phone numbers to receive notifications.",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "selectedUsers": {
            "description": "Selected users for in-App and business email notifications. Supports user IDs and special keyword \"sub_account_admin\"",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "fromAddress": {
            "type": "string",
            "description": "from address for email notification"
          },
          "fromName": {
            "type": "string",
            "description": "from name for email/sms notification"
          },
          "fromNumber": {
            "type": "string",
            "description": "from number for sms notification"
          }
        },
        "required": [
          "receiverType",
          "channel",
          "notificationType"
        ]
      },
      "SchedulesDTO": {
        "type": "object",
        "properties": {
          "timeOffset": {
            "type": "number"
          },
          "unit": {
            "type": "string"
          }
        }
      }
    }
  },
  "update-event-notification": {
    "$ref": "#/definitions/UpdateCalendarNotificationsDTO",
    "definitions": {
      "SchedulesDTO": {
        "type": "object",
        "properties": {
          "timeOffset": {
            "type": "number"
          },
          "unit": {
            "type": "string"
          }
        }
      },
      "UpdateCalendarNotificationsDTO": {
        "type": "object",
        "properties": {
          "receiverType": {
            "type": "string",
            "description": "Notification recipient type",
            "enum": [
              "contact",
              "guest",
              "assignedUser",
              "emails",
              "phoneNumbers",
              "business"
            ]
          },
          "additionalEmailIds": {
            "description": "Additional email addresses to receive notifications.",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "additionalPhoneNumbers": {
            "description": "Additional phone numbers to receive notifications.",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "selectedUsers": {
            "description": "Selected users for in-App and business email notifications. Supports user IDs and special keyword \"sub_account_admin\"",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "channel": {
            "type": "string",
            "description": "Notification channel",
            "enum": [
              "email",
              "inApp",
              "sms",
              "whatsapp"
            ]
          },
          "notificationType": {
            "type": "string",
            "description": "Notification type",
            "enum": [
              "booked",
              "confirmation",
              "cancellation",
              "reminder",
              "followup",
              "reschedule"
            ]
          },
          "isActive": {
            "type": "boolean",
            "description": "Is the notification active",
            "default": true
          },
          "deleted": {
            "type": "boolean",
            "description": "Marks the notification as deleted (soft delete)",
            "default": false
          },
          "templateId": {
            "type": "string",
            "description": "Template ID for email notification"
          },
          "body": {
            "type": "string",
            "description": "Body  for email notification. Not necessary for in-App notification"
          },
          "subject": {
            "type": "string",
            "description": "Subject  for email notification. Not necessary for in-App notification"
          },
          "afterTime": {
            "description": "Specifies the time after which the follow-up notification should be sent. This is not required for other notification types.",
            "type": "array",
            "items": {
              "$ref": "#/definitions/SchedulesDTO"
            }
          },
          "beforeTime": {
            "description": "Specifies the time before which the reminder notification should be sent. This is not required for other notification types.",
            "type": "array",
            "items": {
              "$ref": "#/definitions/SchedulesDTO"
            }
          },
          "fromAddress": {
            "type": "string",
            "description": "From address for email notification"
          },
          "fromNumber": {
            "type": "string",
            "description": "from number for sms notification"
          },
          "fromName": {
            "type": "string",
            "description": "From name for email/sms notification"
          }
        }
      }
    }
  },
  "updateSchedule": {
    "$ref": "#/definitions/UpdateScheduleDTO",
    "definitions": {
      "ScheduleIntervalDTO": {
        "type": "object",
        "properties": {
          "from": {
            "type": "string",
            "description": "Start time in HH:MM format (24-hour format)",
            "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"
          },
          "to": {
            "type": "string",
            "description": "End time in HH:MM format (24-hour format)",
            "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"
          }
        },
        "required": [
          "from",
          "to"
        ]
      },
      "ScheduleRuleDTO": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "wday",
              "date"
            ],
            "description": "Type of schedule rule - weekday (recurring) or date (specific date)"
          },
          "intervals": {
            "description": "Time intervals for the rule (e.g., 9 AM to 5 PM)",
            "type": "array",
            "items": {
              "$ref": "#/definitions/ScheduleIntervalDTO"
            }
          },
          "date": {
            "type": "string",
            "description": "Specific date in YYYY-MM-DD format (only for date-type rules)",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
          },
          "day": {
            "type": "string",
            "enum": [
              "sunday",
              "monday",
              "tuesday",
              "wednesday",
              "thursday",
              "friday",
              "saturday"
            ],
            "description": "Day of week (only for weekday-type rules)"
          }
        },
        "required": [
          "type",
          "intervals"
        ]
      },
      "UpdateScheduleDTO": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "Human-readable name for the schedule"
          },
          "rules": {
            "description": "Updated schedule rules defining when the schedule is active",
            "type": "array",
            "items": {
              "$ref": "#/definitions/ScheduleRuleDTO"
            }
          },
          "timezone": {
            "type": "string",
            "description": "Updated timezone for the schedule (IANA timezone identifier)",
            "pattern": "^[A-Za-z_]+/[A-Za-z_]+$"
          }
        }
      }
    }
  },
  "createSchedule": {
    "$ref": "#/definitions/CreateScheduleDTO",
    "definitions": {
      "CreateScheduleDTO": {
        "type": "object",
        "properties": {
          "rules": {
            "description": "Schedule rules defining when the schedule is active",
            "type": "array",
            "items": {
              "$ref": "#/definitions/ScheduleRuleDTO"
            }
          },
          "timezone": {
            "type": "string",
            "description": "Timezone for the schedule (IANA timezone identifier)",
            "pattern": "^[A-Za-z_]+/[A-Za-z_]+$"
          },
          "locationId": {
            "type": "string",
            "description": "Location ID where this schedule applies"
          },
          "name": {
            "type": "string",
            "description": "Human-readable name for the schedule"
          },
          "userId": {
            "type": "string",
            "description": "User ID associated with the schedule"
          },
          "calendarIds": {
            "description": "Calendar IDs associated with the schedule",
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "timezone",
          "locationId",
          "name",
          "userId"
        ]
      },
      "ScheduleIntervalDTO": {
        "type": "object",
        "properties": {
          "from": {
            "type": "string",
            "description": "Start time in HH:MM format (24-hour format)",
            "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"
          },
          "to": {
            "type": "string",
            "description": "End time in HH:MM format (24-hour format)",
            "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"
          }
        },
        "required": [
          "from",
          "to"
        ]
      },
      "ScheduleRuleDTO": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "wday",
              "date"
            ],
            "description": "Type of schedule rule - weekday (recurring) or date (specific date)"
          },
          "intervals": {
            "description": "Time intervals for the rule (e.g., 9 AM to 5 PM)",
            "type": "array",
            "items": {
              "$ref": "#/definitions/ScheduleIntervalDTO"
            }
          },
          "date": {
            "type": "string",
            "description": "Specific date in YYYY-MM-DD format (only for date-type rules)",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
          },
          "day": {
            "type": "string",
            "enum": [
              "sunday",
              "monday",
              "tuesday",
              "wednesday",
              "thursday",
              "friday",
              "saturday"
            ],
            "description": "Day of week (only for weekday-type rules)"
          }
        },
        "required": [
          "type",
          "intervals"
        ]
      }
    }
  },
  "create-calendar": {
    "$ref": "#/definitions/CalendarCreateDTO",
    "definitions": {
      "Availability": {
        "type": "object",
        "properties": {
          "date": {
            "type": "string",
            "description": "Formulate the date string in the format of `<YYYY-MM-DD in local timezone>T00:00:00.000Z`."
          },
          "hours": {
            "type": "array",
            "items": {
              "$ref": "#/definitions/Hour"
            }
          },
          "deleted": {
            "type": "boolean",
            "default": false
          }
        },
        "required": [
          "date",
          "hours"
        ]
      },
      "CalendarCreateDTO": {
        "type": "object",
        "properties": {
          "isActive": {
            "type": "boolean",
            "description": "Should the created calendar be active or draft",
            "default": true
          },
          "notifications": {
            "description": "🚨 Deprecated! Please use 'Calendar Notifications APIs' instead.",
            "deprecated": true,
            "type": "array",
            "items": {
              "$ref": "#/definitions/CalendarNotification"
            }
          },
          "locationId": {
            "type": "string"
          },
          "groupId": {
            "type": "string",
            "description": "Group Id"
          },
          "teamMembers": {
            "description": "Team members are required for calendars of type: Round Robin, Collective, Class, Service. Personal calendar must have exactly one team member.",
            "type": "array",
            "items": {
              "$ref": "#/definitions/TeamMember"
            }
          },
          "eventType": {
            "type": "string",
            "enum": [
              "RoundRobin_OptimizeForAvailability",
              "RoundRobin_OptimizeForEqualDistribution"
            ],
            "default": "RoundRobin_OptimizeForAvailability"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "slug": {
            "type": "string"
          },
          "widgetSlug": {
            "type": "string"
          },
          "calendarType": {
            "type": "string",
            "enum": [
              "round_robin",
              "event",
              "class_booking",
              "collective",
              "service_booking",
              "personal"
            ]
          },
          "widgetType": {
            "type": "string",
            "description": "Calendar widget type. Choose \"default\" for \"neo\" and \"classic\" for \"classic\" layout.",
            "enum": [
              "default",
              "classic"
            ],
            "default": "classic"
          },
          "eventTitle": {
            "type": "string",
            "default": "{{contact.name}}"
          },
          "eventColor": {
            "type": "string",
            "default": "#039be5"
          },
          "meetingLocation": {
            "type": "string",
            "description": "🚨 Deprecated! Use `locationConfigurations.location` or `teamMembers[].locationConfigurations.location` instead.",
            "deprecated": true,
            "readOnly": true
          },
          "locationConfigurations": {
            "description": "Meeting location configuration for event calendar",
            "type": "array",
            "items": {
              "$ref": "#/definitions/LocationConfiguration"
            }
          },
          "slotDuration": {
            "type": "number",
            "description": "This controls the duration of the meeting",
            "default": 30
          },
          "slotDurationUnit": {
            "type": "string",
            "description": "Unit for slot duration.",
            "enum": [
              "mins",
              "hours"
            ]
          },
          "slotInterval": {
            "type": "number",
            "description": "Slot interval reflects the amount of time the between booking slots that will be shown in the calendar.",
            "default": 30
          },
          "slotIntervalUnit": {
            "type": "string",
            "description": "Unit for slot interval.",
            "enum": [
              "mins",
              "hours"
            ]
          },
          "slotBuffer": {
            "type": "number",
            "description": "Slot-Buffer is additional time that can be added after an appointment, allowing for extra time to wrap up"
          },
          "slotBufferUnit": {
            "type": "string",
            "description": "Unit for slot buffer.",
            "enum": [
              "mins",
              "hours"
            ]
          },
          "preBuffer": {
            "type": "number",
            "description": "Pre-Buffer is additional time that can be added before an appointment, allowing for extra time to get ready"
          },
          "preBufferUnit": {
            "type": "string",
            "description": "Unit for pre-buffer.",
            "enum": [
              "mins",
              "hours"
            ]
          },
          "appoinmentPerSlot": {
            "type": "number",
            "default": 1,
            "description": "Maximum bookings per slot (per user). Maximum seats per slot in case of Class Booking Calendar."
          },
          "appoinmentPerDay": {
            "type": "number",
            "description": "Number of appointments that can be booked for a given day"
          },
          "allowBookingAfter": {
            "type": "number",
            "description": "Minimum scheduling notice for events"
          },
          "allowBookingAfterUnit": {
            "type": "string",
            "description": "Unit for minimum scheduling notice",
            "enum": [
              "hours",
              "days",
              "weeks",
              "months"
            ]
          },
          "allowBookingFor": {
            "type": "number",
            "description": "Minimum number of days/weeks/months for which to allow booking events"
          },
          "allowBookingForUnit": {
            "type": "string",
            "description": "Unit for controlling the duration for which booking would be allowed for",
            "enum": [
              "days",
              "weeks",
              "months"
            ]
          },
          "openHours": {
            "description": "This is only to set the standard availability. For custom availability, use the availabilities property",
            "type": "array",
            "items": {
              "$ref": "#/definitions/OpenHour"
            }
          },
          "enableRecurring": {
            "type": "boolean",
            "description": "Enable recurring appointments for the calendars. Please note that only one member should be added in the calendar to enable this",
            "default": false
          },
          "recurring": {
            "$ref": "#/definitions/Recurring"
          },
          "formId": {
            "type": "string"
          },
          "stickyContact": {
            "type": "boolean"
          },
          "isLivePaymentMode": {
            "type": "boolean"
          },
          "autoConfirm": {
            "type": "boolean",
            "default": true
          },
          "shouldSendAlertEmailsToAssignedMember": {
            "type": "boolean"
          },
          "alertEmail": {
            "type": "string"
          },
          "googleInvitationEmails": {
            "type": "boolean",
            "default": false
          },
          "allowReschedule": {
            "type": "boolean",
            "default": true
          },
          "allowCancellation": {
            "type": "boolean",
            "default": true
          },
          "shouldAssignContactToTeamMember": {
            "type": "boolean"
          },
          "shouldSkipAssigningContactForExisting": {
            "type": "boolean"
          },
          "notes": {
            "type": "string"
          },
          "pixelId": {
            "type": "string"
          },
          "formSubmitType": {
            "type": "string",
            "default": "ThankYouMessage",
            "enum": [
              "RedirectURL",
              "ThankYouMessage"
            ]
          },
          "formSubmitRedirectURL": {
            "type": "string"
          },
          "formSubmitThanksMessage": {
            "type": "string"
          },
          "availabilityType": {
            "type": "number",
            "description": "Determines which availability type to consider:\n- **1**: Only custom availabilities will be used.\n- **0**: Only open hours will be used.\n- **null**: Both custom availabilities and open hours will be considered.",
            "enum": [
              0,
              1
            ]
          },
          "availabilities": {
            "description": "This is only to set the custom availability. For standard availability, use the openHours property",
            "type": "array",
            "items": {
              "$ref": "#/definitions/Availability"
            }
          },
          "guestType": {
            "type": "string",
            "enum": [
              "count_only",
              "collect_detail"
            ]
          },
          "consentLabel": {
            "type": "string"
          },
          "calendarCoverImage": {
            "type": "string"
          },
          "lookBusyConfig": {
            "description": "Look Busy Configuration",
            "allOf": [
              {
                "$ref": "#/definitions/LookBusyConfiguration"
              }
            ]
          }
        },
        "required": [
          "locationId",
          "name"
        ]
      },
      "CalendarNotification": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "description": "Calendar Notification",
            "enum": [
              "email"
            ],
            "default": "email"
          },
          "shouldSendToContact": {
            "type": "boolean"
          },
          "shouldSendToGuest": {
            "type": "boolean"
          },
          "shouldSendToUser": {
            "type": "boolean"
          },
          "shouldSendToSelectedUsers": {
            "type": "boolean"
          },
          "selectedUsers": {
            "type": "string",
            "description": "Comma separated emails"
          }
        },
        "required": [
          "shouldSendToContact",
          "shouldSendToGuest",
          "shouldSendToUser",
          "shouldSendToSelectedUsers",
          "selectedUsers"
        ]
      },
      "Hour": {
        "type": "object",
        "properties": {
          "openHour": {
            "type": "number",
            "minimum": 0,
            "maximum": 23
          },
          "openMinute": {
            "type": "number",
            "minimum": 0,
            "maximum": 60
          },
          "closeHour": {
            "type": "number",
            "minimum": 0,
            "maximum": 23
          },
          "closeMinute": {
            "type": "number",
            "minimum": 0,
            "maximum": 60
          }
        },
        "required": [
          "openHour",
          "openMinute",
          "closeHour",
          "closeMinute"
        ]
      },
      "LocationConfiguration": {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "description": "Type of meeting location. zoom_conference/google_conference/ms_teams_conference is not supported in event calendar type",
            "enum": [
              "custom",
              "zoom_conference",
              "google_conference",
              "inbound_call",
              "outbound_call",
              "physical",
              "booker",
              "ms_teams_conference"
            ]
          },
          "location": {
            "type": "string",
            "description": "Address for meeting location. Not applicable on \"zoom_conference\", \"google_conference\" and \"ms_teams_conference\" kind"
          }
        },
        "required": [
          "kind"
        ]
      },
      "LookBusyConfiguration": {
        "type": "object",
        "properties": {
          "enabled": {
            "type": "boolean",
            "description": "Apply Look Busy",
            "default": false
          },
          "LookBusyPercentage": {
            "type": "number",
            "description": "Percentage of slots that will be hidden"
          }
        },
        "required": [
          "enabled",
          "LookBusyPercentage"
        ]
      },
      "OpenHour": {
        "type": "object",
        "properties": {
          "daysOfTheWeek": {
            "type": "array",
            "items": {
              "type": "number",
              "maximum": 6,
              "minimum": 0
            }
          },
          "hours": {
            "type": "array",
            "items": {
              "$ref": "#/definitions/Hour"
            }
          }
        },
        "required": [
          "daysOfTheWeek",
          "hours"
        ]
      },
      "Recurring": {
        "type": "object",
        "properties": {
          "freq": {
            "type": "string",
            "enum": [
              "DAILY",
              "WEEKLY",
              "MONTHLY"
            ]
          },
          "count": {
            "type": "number",
            "description": "Number of recurrences",
            "maximum": 24
          },
          "bookingOption": {
            "type": "string",
            "description": "This setting contols what to do incase a recurring slot is unavailable",
            "enum": [
              "skip",
              "continue",
              "book_next"
            ]
          },
          "bookingOverlapDefaultStatus": {
            "type": "string",
            "description": "This setting contols what to do incase a recurring slot is unavailable",
            "enum": [
              "confirmed",
              "new"
            ]
          }
        }
      },
      "TeamMember": {
        "type": "object",
        "properties": {
          "userId": {
            "type": "string"
          },
          "priority": {
            "type": "number",
            "default": 0.5,
            "enum": [
              0,
              0.5,
              1
            ]
          },
          "meetingLocationType": {
            "type": "string",
            "description": "🚨 Deprecated! Use `locationConfigurations.kind` instead.",
            "deprecated": true,
            "default": "custom",
            "readOnly": true,
            "enum": [
              "custom",
              "zoom",
              "gmeet",
              "phone",
              "address",
              "teams",
              "booker"
            ]
          },
          "meetingLocation": {
            "type": "string",
            "description": "🚨 Deprecated! Use `locationConfigurations.location` instead.",
            "deprecated": true,
            "readOnly": true
          },
          "isPrimary": {
            "type": "boolean",
            "description": "Marks a user as primary. This property is required in case of collective booking calendars. Only one user can be primary."
          },
          "locationConfigurations": {
            "description": "Meeting location configuration for event calendar.\n- *Multiple locations are allowed only when one team member is selected.*\n- *For **Class booking** and **Collective** calendars, only one location configuration is allowed for each team member.*",
            "type": "array",
            "items": {
              "$ref": "#/definitions/LocationConfiguration"
            }
          }
        },
        "required": [
          "userId"
        ]
      }
    }
  }
} as const

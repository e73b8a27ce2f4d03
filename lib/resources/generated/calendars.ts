// GENERATED FILE — do not edit. Regenerate with `npm run generate:types` (scripts/generate-types.ts).
// TypeScript types of HighLevel's official OpenAPI spec sandbox/spec/apps/calendars.json,
// with its $refs into sandbox/spec/common/common-schemas.json resolved,
// by openapi-typescript 7.13.0, with the fixes of lib/resources/spec-overrides.ts applied to components.schemas first.
// Bodies: operations[operationId]['requestBody' | 'responses'], components['schemas'][name].

export interface paths {
    "/calendars/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Groups
         * @description Get all calendar groups in a location.
         */
        get: operations["get-groups"];
        put?: never;
        /**
         * Create Calendar Group
         * @description Create Calendar Group
         */
        post: operations["create-calendar-group"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/groups/validate-slug": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate group slug
         * @description Validate if group slug is available or not.
         */
        post: operations["validate-groups-slug"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Group
         * @description Update Group by group ID
         */
        put: operations["edit-group"];
        post?: never;
        /**
         * Delete Group
         * @description Delete Group
         */
        delete: operations["delete-group"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/groups/{groupId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Disable Group
         * @description Disable Group
         */
        put: operations["disable-group"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/events/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create appointment
         * @description Create appointment
         */
        post: operations["create-appointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/events/appointments/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Appointment
         * @description Get appointment by ID
         */
        get: operations["get-appointment"];
        /**
         * Update Appointment
         * @description Update appointment
         */
        put: operations["edit-appointment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Calendar Events
         * @description Get Calendar Events
         */
        get: operations["get-calendar-events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/blocked-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Blocked Slots
         * @description Get Blocked Slots
         */
        get: operations["get-blocked-slots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/events/block-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Block Slot
         * @description Create block slot
         */
        post: operations["create-block-slot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/events/block-slots/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Block Slot
         * @description Update block slot by ID
         */
        put: operations["edit-block-slot"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{calendarId}/free-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Free Slots
         * @description Get free slots for a calendar between a date range. Optionally a consumer can also request free slots in a particular timezone and also for a particular user.
         */
        get: operations["get-slots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{calendarId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Calendar
         * @description Get calendar by ID
         */
        get: operations["get-calendar"];
        /**
         * Update Calendar
         * @description Update calendar by ID.
         */
        put: operations["update-calendar"];
        post?: never;
        /**
         * Delete Calendar
         * @description Delete calendar by ID
         */
        delete: operations["delete-calendar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Event
         * @description Delete event by ID
         */
        delete: operations["delete-event"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/appointments/{appointmentId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Notes
         * @description Get Appointment Notes
         */
        get: operations["get-appointment-notes"];
        put?: never;
        /**
         * Create Note
         * @description Create Note
         */
        post: operations["create-appointment-note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/appointments/{appointmentId}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Note
         * @description Update Note
         */
        put: operations["update-appointment-note"];
        post?: never;
        /**
         * Delete Note
         * @description Delete Note
         */
        delete: operations["delete-appointment-note"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/resources/{resourceType}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Calendar Resource
         * @description Get calendar resource by ID
         */
        get: operations["get-calendar-resource"];
        /**
         * Update Calendar Resource
         * @description Update calendar resource by ID
         */
        put: operations["update-calendar-resource"];
        post?: never;
        /**
         * Delete Calendar Resource
         * @description Delete calendar resource by ID
         */
        delete: operations["delete-calendar-resource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/resources/{resourceType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Calendar Resources
         * @description List calendar resources by resource type and location ID
         */
        get: operations["fetch-calendar-resources"];
        put?: never;
        /**
         * Create Calendar Resource
         * @description Create calendar resource by resource type
         */
        post: operations["create-calendar-resource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{calendarId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get notifications
         * @description Get calendar notifications based on query
         */
        get: operations["get-event-notification"];
        put?: never;
        /**
         * Create notification
         * @description Create Calendar notifications, either one or multiple. All notification settings must be for single calendar only
         */
        post: operations["create-event-notification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{calendarId}/notifications/{notificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get notification
         * @description Find Event notification by notificationId
         */
        get: operations["find-event-notification"];
        /**
         * Update notification
         * @description Update Event notification by id
         */
        put: operations["update-event-notification"];
        post?: never;
        /**
         * Delete Notification
         * @description Delete notification
         */
        delete: operations["delete-event-notification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/schedules/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user availability schedule
         * @description Retrieve user availability schedules based on various filters including location, calendar, and user. Supports pagination.
         */
        get: operations["getAllSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user availability schedule
         * @description Retrieve a specific schedule by its unique identifier. Returns detailed information including rules, timezone, and associated calendars/users.
         */
        get: operations["getScheduleById"];
        /**
         * Update user availability schedule
         * @description Modify an existing schedule by updating its rules, timezone, and name All fields are optional - only provided fields will be updated.
         */
        put: operations["updateSchedule"];
        post?: never;
        /**
         * Delete user availability schedule
         * @description Permanently remove a schedule and all its associated rules. This action cannot be undone.
         */
        delete: operations["deleteSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create user availability schedule
         * @description Create new schedule with specified rules, timezone, location, user and calendar associations.
         */
        post: operations["createSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/schedules/{id}/associations/{calendarId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Apply user availability schedule to a calendar
         * @description Associates a calendar with the given schedule by adding the calendarId to a schedule
         */
        put: operations["add-calendar-to-schedule"];
        post?: never;
        /**
         * Remove user availability schedule from a calendar
         * @description Removes the association between a team calendar and the given schedule by removing the calendarId from the schedule
         */
        delete: operations["remove-calendar-from-schedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Calendars
         * @description Get all calendars in a location.
         */
        get: operations["get-calendars"];
        put?: never;
        /**
         * Create Calendar
         * @description Create calendar in a location.
         */
        post: operations["create-calendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        GroupDTO: {
            /** @example ocQHyuzHvysMo5N5VsXc */
            locationId: string;
            /** @example group a */
            name: string;
            /** @example group description */
            description: string;
            /** @example 15-mins */
            slug: string;
            /** @example true */
            isActive?: boolean;
            /** @example ocQHyuzHvysMo5N5VsXc */
            id?: string;
        };
        AllGroupsSuccessfulResponseDTO: {
            groups?: components["schemas"]["GroupDTO"][];
        };
        ValidateGroupSlugPostBody: {
            /**
             * @description Location Id
             * @example ve9EPM428h8vShlRW1KT
             */
            locationId: string;
            /**
             * @description Slug
             * @example calendar-1
             */
            slug: string;
        };
        ValidateGroupSlugSuccessResponseDTO: {
            available: boolean;
        };
        GroupCreateDTO: {
            /** @example ocQHyuzHvysMo5N5VsXc */
            locationId: string;
            /** @example group a */
            name: string;
            /** @example group description */
            description: string;
            /** @example 15-mins */
            slug: string;
            /** @example true */
            isActive?: boolean;
        };
        GroupCreateSuccessfulResponseDTO: {
            group?: components["schemas"]["GroupDTO"];
        };
        GroupSuccessfulResponseDTO: {
            /**
             * @description Success
             * @example true
             */
            success?: boolean;
        };
        GroupStatusUpdateParams: {
            /**
             * @description Is Active?
             * @example true
             */
            isActive: boolean;
        };
        GroupUpdateDTO: {
            /** @example group a */
            name: string;
            /** @example group description */
            description: string;
            /** @example 15-mins */
            slug: string;
        };
        AppointmentCreateSchema: {
            /**
             * @description Title
             * @example Test Event
             */
            title?: string;
            /**
             * @description Meeting location type.
             *     - If `address` is provided in the request body, the `meetingLocationType` defaults to **custom**.
             * @example custom
             * @enum {string}
             */
            meetingLocationType?: "custom" | "zoom" | "gmeet" | "phone" | "address" | "ms_teams" | "google";
            /**
             * @description The unique identifier for the meeting location.
             *     - This value can be found in `calendar.locationConfigurations`or `calendar.teamMembers[].locationConfigurations`
             * @default default
             * @example custom_0
             */
            meetingLocationId?: string;
            /**
             * @description Flag to override location config
             *     - **false** - If only `meetingLocationId` is provided
             *     - **true** - If only `meetingLocationType` is provided
             * @example true
             */
            overrideLocationConfig?: boolean;
            /**
             * @example confirmed
             * @enum {string}
             */
            appointmentStatus?: "new" | "confirmed" | "cancelled" | "showed" | "noshow" | "invalid";
            /**
             * @description Assigned User Id
             * @example 0007BWpSzSwfiuSl0tR2
             */
            assignedUserId?: string;
            /**
             * @description Appointment Description
             * @example Booking a call to discuss the project
             */
            description?: string;
            /**
             * @description Appointment Address
             * @example Zoom
             */
            address?: string;
            /**
             * @description If set to true, the minimum scheduling notice and date range would be ignored
             * @example false
             */
            ignoreDateRange?: boolean;
            /**
             * @description If set to false, the automations will not run
             * @example false
             */
            toNotify?: boolean;
            /**
             * @description If true the time slot validation would be avoided for any appointment creation (even the ignoreDateRange)
             * @example true
             */
            ignoreFreeSlotValidation?: boolean;
            /**
             * @description RRULE as per the iCalendar (RFC 5545) specification for recurring events. DTSTART is not required, instance ids are calculated on the basis of startTime of the event. The rrule only be applied if ignoreFreeSlotValidation is true.
             * @example RRULE:FREQ=DAILY;INTERVAL=1;COUNT=5
             * @example RRULE:FREQ=DAILY;INTERVAL=1;UNTIL=20210623T043000Z
             *     EXDATE:20211105T040000Z,20211105T040000Z
             */
            rrule?: string;
            /**
             * @description Calendar Id
             * @example CVokAlI8fgw4WYWoCtQz
             */
            calendarId: string;
            /**
             * @description Location Id
             * @example C2QujeCh8ZnC7al2InWR
             */
            locationId: string;
            /**
             * @description Contact Id
             * @example 0007BWpSzSwfiuSl0tR2
             */
            contactId: string;
            /**
             * @description Start Time
             * @example 2021-06-23T03:30:00+05:30
             */
            startTime: string;
            /**
             * @description End Time
             * @example 2021-06-23T04:30:00+05:30
             */
            endTime?: string;
        };
        AppointmentSchemaResponse: {
            /**
             * @description Calendar Id
             * @example CVokAlI8fgw4WYWoCtQz
             */
            calendarId: string;
            /**
             * @description Location Id
             * @example C2QujeCh8ZnC7al2InWR
             */
            locationId: string;
            /**
             * @description Contact Id
             * @example 0007BWpSzSwfiuSl0tR2
             */
            contactId: string;
            /**
             * @description Start Time
             * @example 2021-06-23T03:30:00+05:30
             */
            startTime?: string;
            /**
             * @description End Time
             * @example 2021-06-23T04:30:00+05:30
             */
            endTime?: string;
            /**
             * @description Title
             * @example Test Event
             */
            title?: string;
            /**
             * @description Meeting Location Type
             * @default default
             * @example custom
             */
            meetingLocationType?: string;
            /**
             * @example confirmed
             * @enum {string}
             */
            appointmentStatus?: "new" | "confirmed" | "cancelled" | "showed" | "noshow" | "invalid" | "active" | "completed";
            /**
             * @description Assigned User Id
             * @example 0007BWpSzSwfiuSl0tR2
             */
            assignedUserId?: string;
            /**
             * @description Appointment Address
             * @example Zoom
             */
            address?: string;
            /**
             * @description true if the event is recurring otherwise false
             * @example true
             */
            isRecurring?: boolean;
            /**
             * @description RRULE as per the iCalendar (RFC 5545) specification for recurring events
             * @example RRULE:FREQ=DAILY;INTERVAL=1;COUNT=5
             * @example RRULE:FREQ=DAILY;INTERVAL=1;UNTIL=20210623T043000Z
             *     EXDATE:20211105T040000Z,20211105T040000Z
             */
            rrule?: string;
            /**
             * @description Id
             * @example 0TkCdp9PfvLeWKYRRvIz
             */
            id: string;
        };
        AppointmentEditSchema: {
            /**
             * @description Title
             * @example Test Event
             */
            title?: string;
            /**
             * @description Meeting location type.
             *     - If `address` is provided in the request body, the `meetingLocationType` defaults to **custom**.
             * @example custom
             * @enum {string}
             */
            meetingLocationType?: "custom" | "zoom" | "gmeet" | "phone" | "address" | "ms_teams" | "google";
            /**
             * @description The unique identifier for the meeting location.
             *     - This value can be found in `calendar.locationConfigurations`or `calendar.teamMembers[].locationConfigurations`
             * @default default
             * @example custom_0
             */
            meetingLocationId?: string;
            /**
             * @description Flag to override location config
             *     - **false** - If only `meetingLocationId` is provided
             *     - **true** - If only `meetingLocationType` is provided
             * @example true
             */
            overrideLocationConfig?: boolean;
            /**
             * @example confirmed
             * @enum {string}
             */
            appointmentStatus?: "new" | "confirmed" | "cancelled" | "showed" | "noshow" | "invalid";
            /**
             * @description Assigned User Id
             * @example 0007BWpSzSwfiuSl0tR2
             */
            assignedUserId?: string;
            /**
             * @description Appointment Description
             * @example Booking a call to discuss the project
             */
            description?: string;
            /**
             * @description Appointment Address
             * @example Zoom
             */
            address?: string;
            /**
             * @description If set to true, the minimum scheduling notice and date range would be ignored
             * @example false
             */
            ignoreDateRange?: boolean;
            /**
             * @description If set to false, the automations will not run
             * @example false
             */
            toNotify?: boolean;
            /**
             * @description If true the time slot validation would be avoided for any appointment creation (even the ignoreDateRange)
             * @example true
             */
            ignoreFreeSlotValidation?: boolean;
            /**
             * @description RRULE as per the iCalendar (RFC 5545) specification for recurring events. DTSTART is not required, instance ids are calculated on the basis of startTime of the event. The rrule only be applied if ignoreFreeSlotValidation is true.
             * @example RRULE:FREQ=DAILY;INTERVAL=1;COUNT=5
             * @example RRULE:FREQ=DAILY;INTERVAL=1;UNTIL=20210623T043000Z
             *     EXDATE:20211105T040000Z,20211105T040000Z
             */
            rrule?: string;
            /**
             * @description Calendar Id
             * @example CVokAlI8fgw4WYWoCtQz
             */
            calendarId?: string;
            /**
             * @description Start Time
             * @example 2021-06-23T03:30:00+05:30
             */
            startTime?: string;
            /**
             * @description End Time
             * @example 2021-06-23T04:30:00+05:30
             */
            endTime?: string;
        };
        CreatedOrUpdatedBy: {
            /** @description The ID of the user who created or updated the appointment */
            userId?: string;
            /** @description The source of the appointment */
            source: string;
        };
        CalendarEventDTO: {
            /**
             * @description Event Id or Instance id for a recurring event
             * @example ocQHyuzHvysMo5N5VsXc
             * @example ocQHyuzHvysMo5N5VsXc_1729821600000_1800
             */
            id: string;
            /**
             * @description Calendar Event address
             * @example https://meet.google.com/yqp-gogr-wve
             */
            address?: string;
            /**
             * @description Calendar Event title
             * @example Appointment with GHL Dev team
             */
            title: string;
            /**
             * @description Calendar ID
             * @example BqTwX8QFwXzpegMve9EQ
             */
            calendarId: string;
            /**
             * @description Location ID
             * @example 0007BWpSzSwfiuSl0tR2
             */
            locationId: string;
            /**
             * @description Contact ID
             * @example 9NkT25Vor1v4aQatFsv2
             */
            contactId: string;
            /**
             * @description Group ID
             * @example 9NkT25Vor1v4aQatFsv2
             */
            groupId: string;
            /**
             * @description Appointment Status
             * @example confirmed
             */
            appointmentStatus: string;
            /**
             * @description AssignedUser - the primary owner of an appointment
             * @example YlWd2wuCAZQzh2cH1fVZ
             */
            assignedUserId: string;
            /**
             * @description Users - the secondary owners of an appointment.
             * @example [
             *       "YlWd2wuCAZQzh2cH1fVZ",
             *       "9NkT25Vor1v4aQatFsv2"
             *     ]
             */
            users: string[];
            /**
             * @description Notes
             * @example Some dummy note
             */
            notes?: string;
            /**
             * @description Description
             * @example Some dummy description
             */
            description?: string;
            /**
             * @description true if the event is recurring otherwise false
             * @example true
             */
            isRecurring?: boolean;
            /**
             * @description RRULE as per the iCalendar (RFC 5545) specification for recurring events. DTSTART is not required, instance ids are calculated on the basis of startTime of the event.
             * @example RRULE:FREQ=DAILY;INTERVAL=1;COUNT=5
             * @example RRULE:FREQ=DAILY;INTERVAL=1;UNTIL=20210623T043000Z
             *     EXDATE:20211105T040000Z,20211105T040000Z
             */
            rrule?: string;
            /**
             * @description Start Time
             * @example 2023-09-25T16:00:00+05:30
             */
            startTime: Record<string, unknown>;
            /**
             * @description End Time
             * @example 2023-09-25T16:00:00+05:30
             */
            endTime: Record<string, unknown>;
            /**
             * @description Date Added
             * @example 2023-09-25T16:00:00+05:30
             */
            dateAdded: Record<string, unknown>;
            /**
             * @description Date Updated
             * @example 2023-09-25T16:00:00+05:30
             */
            dateUpdated: Record<string, unknown>;
            /** @description Ids of associated resources rooms and/or equipments */
            assignedResources?: string[];
            /** @description Appointment booked by metadata */
            createdBy?: components["schemas"]["CreatedOrUpdatedBy"];
            /**
             * @description Master event id for a recurring instance
             * @example ocWd2wuBGAQzh2cH1fSZ
             */
            masterEventId?: string;
        };
        GetCalendarEventsSuccessfulResponseDTO: {
            events?: components["schemas"]["CalendarEventDTO"][];
        };
        BlockSlotCreateRequestDTO: {
            /**
             * @description Title
             * @example Test Event
             */
            title?: string;
            /**
             * @description Either calendarId or assignedUserId can be set, not both.
             * @example CVokAlI8fgw4WYWoCtQz
             */
            calendarId?: string;
            /**
             * @description Either calendarId or assignedUserId can be set, not both.
             * @example CVokAlI8fgw4WYWoCtQz
             */
            assignedUserId?: string;
            /**
             * @description Location Id
             * @example C2QujeCh8ZnC7al2InWR
             */
            locationId: string;
            /**
             * @description Start Time
             * @example 2021-06-23T03:30:00+05:30
             */
            startTime?: string;
            /**
             * @description End Time
             * @example 2021-06-23T04:30:00+05:30
             */
            endTime?: string;
        };
        BlockedSlotSuccessfulResponseDto: {
            /**
             * @description Id
             * @example 0TkCdp9PfvLeWKYRRvIz
             */
            id: string;
            /**
             * @description Location Id
             * @example C2QujeCh8ZnC7al2InWR
             */
            locationId: string;
            /**
             * @description Title
             * @example My event
             */
            title: string;
            /**
             * @description Start Time
             * @example 2021-06-23T03:30:00+05:30
             */
            startTime: Record<string, unknown>;
            /**
             * @description End Time
             * @example 2021-06-23T04:30:00+05:30
             */
            endTime: Record<string, unknown>;
            /**
             * @description Calendar id
             * @example CVokAlI8fgw4WYWoCtQz
             */
            calendarId?: string;
            /**
             * @description Assigned User Id
             * @example 0007BWpSzSwfiuSl0tR2
             */
            assignedUserId?: string;
        };
        BlockSlotEditRequestDTO: {
            /**
             * @description Title
             * @example Test Event
             */
            title?: string;
            /**
             * @description Either calendarId or assignedUserId can be set, not both.
             * @example CVokAlI8fgw4WYWoCtQz
             */
            calendarId?: string;
            /**
             * @description Either calendarId or assignedUserId can be set, not both.
             * @example CVokAlI8fgw4WYWoCtQz
             */
            assignedUserId?: string;
            /**
             * @description Location Id
             * @example C2QujeCh8ZnC7al2InWR
             */
            locationId: string;
            /**
             * @description Start Time
             * @example 2021-06-23T03:30:00+05:30
             */
            startTime?: string;
            /**
             * @description End Time
             * @example 2021-06-23T04:30:00+05:30
             */
            endTime?: string;
        };
        SlotsSchema: {
            /**
             * @example [
             *       "2024-10-28T10:00:00-05:00",
             *       "2024-10-28T11:00:00-05:00"
             *     ]
             */
            slots: string[];
        };
        CalendarNotification: {
            /**
             * @description Calendar Notification
             * @default email
             * @example email
             * @enum {string}
             */
            type?: "email";
            shouldSendToContact: boolean;
            shouldSendToGuest: boolean;
            shouldSendToUser: boolean;
            shouldSendToSelectedUsers: boolean;
            /**
             * @description Comma separated emails
             * @example user1@testemail.com,user2@testemail.com
             */
            selectedUsers: string;
        };
        LocationConfiguration: {
            /**
             * @description Type of meeting location. zoom_conference/google_conference/ms_teams_conference is not supported in event calendar type
             * @example custom
             * @enum {string}
             */
            kind: "custom" | "zoom_conference" | "google_conference" | "inbound_call" | "outbound_call" | "physical" | "booker" | "ms_teams_conference";
            /**
             * @description Address for meeting location. Not applicable on "zoom_conference", "google_conference" and "ms_teams_conference" kind
             * @example +14455550132
             * @example http://meet.google.com/your-meeting-location
             */
            location?: string;
        };
        TeamMember: {
            /** @example ocQHyuzHvysMo5N5VsXc */
            userId: string;
            /**
             * @default 0.5
             * @enum {number}
             */
            priority?: 0 | 0.5 | 1;
            /**
             * @deprecated
             * @description 🚨 Deprecated! Use `locationConfigurations.kind` instead.
             * @default custom
             * @example custom
             * @enum {string}
             */
            readonly meetingLocationType?: "custom" | "zoom" | "gmeet" | "phone" | "address" | "teams" | "booker";
            /**
             * @deprecated
             * @description 🚨 Deprecated! Use `locationConfigurations.location` instead.
             */
            readonly meetingLocation?: string;
            /** @description Marks a user as primary. This property is required in case of collective booking calendars. Only one user can be primary. */
            isPrimary?: boolean;
            /**
             * @description Meeting location configuration for event calendar.
             *     - *Multiple locations are allowed only when one team member is selected.*
             *     - *For **Class booking** and **Collective** calendars, only one location configuration is allowed for each team member.*
             */
            locationConfigurations?: components["schemas"]["LocationConfiguration"][];
        };
        Hour: {
            openHour: number;
            openMinute: number;
            closeHour: number;
            closeMinute: number;
        };
        OpenHour: {
            daysOfTheWeek: number[];
            hours: components["schemas"]["Hour"][];
        };
        Recurring: {
            /** @enum {string} */
            freq?: "DAILY" | "WEEKLY" | "MONTHLY";
            /** @description Number of recurrences */
            count?: number;
            /**
             * @description This setting contols what to do incase a recurring slot is unavailable
             * @enum {string}
             */
            bookingOption?: "skip" | "continue" | "book_next";
            /**
             * @description This setting contols what to do incase a recurring slot is unavailable
             * @enum {string}
             */
            bookingOverlapDefaultStatus?: "confirmed" | "new";
        };
        Availability: {
            /**
             * @description Formulate the date string in the format of `<YYYY-MM-DD in local timezone>T00:00:00.000Z`.
             * @example 2023-09-24T00:00:00.000Z
             */
            date: string;
            hours: components["schemas"]["Hour"][];
            /** @default false */
            deleted?: boolean;
        };
        LookBusyConfiguration: {
            /**
             * @description Apply Look Busy
             * @default false
             * @example true
             */
            enabled?: boolean;
            /** @description Percentage of slots that will be hidden */
            LookBusyPercentage: number;
        };
        CalendarCreateDTO: {
            /**
             * @description Should the created calendar be active or draft
             * @default true
             */
            isActive?: boolean;
            /**
             * @deprecated
             * @description 🚨 Deprecated! Please use 'Calendar Notifications APIs' instead.
             */
            notifications?: components["schemas"]["CalendarNotification"][];
            /** @example ocQHyuzHvysMo5N5VsXc */
            locationId: string;
            /**
             * @description Group Id
             * @example BqTwX8QFwXzpegMve9EQ
             */
            groupId?: string;
            /** @description Team members are required for calendars of type: Round Robin, Collective, Class, Service. Personal calendar must have exactly one team member. */
            teamMembers?: components["schemas"]["TeamMember"][];
            /**
             * @default RoundRobin_OptimizeForAvailability
             * @enum {string}
             */
            eventType?: "RoundRobin_OptimizeForAvailability" | "RoundRobin_OptimizeForEqualDistribution";
            /** @example test calendar */
            name: string;
            /** @example this is used for testing */
            description?: string;
            /** @example test1 */
            slug?: string;
            /** @example test1 */
            widgetSlug?: string;
            /** @enum {string} */
            calendarType?: "round_robin" | "event" | "class_booking" | "collective" | "service_booking" | "personal";
            /**
             * @description Calendar widget type. Choose "default" for "neo" and "classic" for "classic" layout.
             * @default classic
             * @example classic
             * @enum {string}
             */
            widgetType?: "default" | "classic";
            /** @default {{contact.name}} */
            eventTitle?: string;
            /** @default #039be5 */
            eventColor?: string;
            /**
             * @deprecated
             * @description 🚨 Deprecated! Use `locationConfigurations.location` or `teamMembers[].locationConfigurations.location` instead.
             */
            readonly meetingLocation?: string;
            /** @description Meeting location configuration for event calendar */
            locationConfigurations?: components["schemas"]["LocationConfiguration"][];
            /**
             * @description This controls the duration of the meeting
             * @default 30
             */
            slotDuration?: number;
            /**
             * @description Unit for slot duration.
             * @enum {string}
             */
            slotDurationUnit?: "mins" | "hours";
            /**
             * @description Slot interval reflects the amount of time the between booking slots that will be shown in the calendar.
             * @default 30
             */
            slotInterval?: number;
            /**
             * @description Unit for slot interval.
             * @enum {string}
             */
            slotIntervalUnit?: "mins" | "hours";
            /** @description Slot-Buffer is additional time that can be added after an appointment, allowing for extra time to wrap up */
            slotBuffer?: number;
            /**
             * @description Unit for slot buffer.
             * @enum {string}
             */
            slotBufferUnit?: "mins" | "hours";
            /** @description Pre-Buffer is additional time that can be added before an appointment, allowing for extra time to get ready */
            preBuffer?: number;
            /**
             * @description Unit for pre-buffer.
             * @enum {string}
             */
            preBufferUnit?: "mins" | "hours";
            /**
             * @description Maximum bookings per slot (per user). Maximum seats per slot in case of Class Booking Calendar.
             * @default 1
             */
            appoinmentPerSlot?: number;
            /** @description Number of appointments that can be booked for a given day */
            appoinmentPerDay?: number;
            /** @description Minimum scheduling notice for events */
            allowBookingAfter?: number;
            /**
             * @description Unit for minimum scheduling notice
             * @example days
             * @enum {string}
             */
            allowBookingAfterUnit?: "hours" | "days" | "weeks" | "months";
            /** @description Minimum number of days/weeks/months for which to allow booking events */
            allowBookingFor?: number;
            /**
             * @description Unit for controlling the duration for which booking would be allowed for
             * @example days
             * @enum {string}
             */
            allowBookingForUnit?: "days" | "weeks" | "months";
            /** @description This is only to set the standard availability. For custom availability, use the availabilities property */
            openHours?: components["schemas"]["OpenHour"][];
            /**
             * @description Enable recurring appointments for the calendars. Please note that only one member should be added in the calendar to enable this
             * @default false
             */
            enableRecurring?: boolean;
            recurring?: components["schemas"]["Recurring"];
            formId?: string;
            stickyContact?: boolean;
            isLivePaymentMode?: boolean;
            /** @default true */
            autoConfirm?: boolean;
            shouldSendAlertEmailsToAssignedMember?: boolean;
            alertEmail?: string;
            /** @default false */
            googleInvitationEmails?: boolean;
            /** @default true */
            allowReschedule?: boolean;
            /** @default true */
            allowCancellation?: boolean;
            shouldAssignContactToTeamMember?: boolean;
            shouldSkipAssigningContactForExisting?: boolean;
            notes?: string;
            pixelId?: string;
            /**
             * @default ThankYouMessage
             * @enum {string}
             */
            formSubmitType?: "RedirectURL" | "ThankYouMessage";
            formSubmitRedirectURL?: string;
            formSubmitThanksMessage?: string;
            /**
             * @description Determines which availability type to consider:
             *     - **1**: Only custom availabilities will be used.
             *     - **0**: Only open hours will be used.
             *     - **null**: Both custom availabilities and open hours will be considered.
             * @enum {number}
             */
            availabilityType?: 0 | 1;
            /** @description This is only to set the custom availability. For standard availability, use the openHours property */
            availabilities?: components["schemas"]["Availability"][];
            /** @enum {string} */
            guestType?: "count_only" | "collect_detail";
            consentLabel?: string;
            /** @example https://path-to-image.com */
            calendarCoverImage?: string;
            /** @description Look Busy Configuration */
            lookBusyConfig?: components["schemas"]["LookBusyConfiguration"];
        };
        LocationConfigurationResponse: {
            /**
             * @description Type of meeting location. zoom_conference/google_conference/ms_teams_conference is not supported in event calendar type
             * @example custom
             * @enum {string}
             */
            kind: "custom" | "zoom_conference" | "google_conference" | "inbound_call" | "outbound_call" | "physical" | "booker" | "ms_teams_conference";
            /**
             * @description Address for meeting location. Not applicable on "zoom_conference", "google_conference" and "ms_teams_conference" kind
             * @example +14455550132
             * @example http://meet.google.com/your-meeting-location
             */
            location?: string;
            /**
             * @description Unique ID used to select a specific meeting location
             * @example my_conference_id
             */
            meetingId?: string;
        };
        TeamMemberResponse: {
            /** @example ocQHyuzHvysMo5N5VsXc */
            userId: string;
            /**
             * @default 0.5
             * @enum {number}
             */
            priority?: 0 | 0.5 | 1;
            /**
             * @deprecated
             * @description 🚨 Deprecated! Use `locationConfigurations.kind` instead.
             * @default custom
             * @example custom
             * @enum {string}
             */
            readonly meetingLocationType?: "custom" | "zoom" | "gmeet" | "phone" | "address" | "teams" | "booker";
            /**
             * @deprecated
             * @description 🚨 Deprecated! Use `locationConfigurations.location` instead.
             */
            readonly meetingLocation?: string;
            /** @description Marks a user as primary. This property is required in case of collective booking calendars. Only one user can be primary. */
            isPrimary?: boolean;
            /** @description Meeting location configurations */
            locationConfigurations?: components["schemas"]["LocationConfigurationResponse"][];
        };
        CalendarDTO: {
            /**
             * @description Should the created calendar be active or draft
             * @default true
             */
            isActive?: boolean;
            /**
             * @deprecated
             * @description 🚨 Deprecated! Please use 'Calendar Notifications APIs' instead.
             */
            notifications?: components["schemas"]["CalendarNotification"][];
            /** @example ocQHyuzHvysMo5N5VsXc */
            locationId: string;
            /**
             * @description Group Id
             * @example BqTwX8QFwXzpegMve9EQ
             */
            groupId?: string;
            /** @description Team members are for calendars of type: Round Robin, Collective, Class, Service. Personal calendar must have exactly one team member. */
            teamMembers?: components["schemas"]["TeamMemberResponse"][];
            /**
             * @default RoundRobin_OptimizeForAvailability
             * @enum {string}
             */
            eventType?: "RoundRobin_OptimizeForAvailability" | "RoundRobin_OptimizeForEqualDistribution";
            /** @example test calendar */
            name: string;
            /** @example this is used for testing */
            description?: string;
            /** @example test1 */
            slug?: string;
            /** @example test1 */
            widgetSlug?: string;
            /** @enum {string} */
            calendarType?: "round_robin" | "event" | "class_booking" | "collective" | "service_booking" | "personal";
            /**
             * @description Calendar widget type. Choose "default" for "neo" and "classic" for "classic" layout.
             * @default classic
             * @example classic
             * @enum {string}
             */
            widgetType?: "default" | "classic";
            /** @default {{contact.name}} */
            eventTitle?: string;
            /** @default #039be5 */
            eventColor?: string;
            /**
             * @deprecated
             * @description 🚨 Deprecated! Use `locationConfigurations.location` or `teamMembers[].locationConfigurations.location` instead.
             */
            readonly meetingLocation?: string;
            /** @description Meeting location configuration for event calendar */
            locationConfigurations?: components["schemas"]["LocationConfigurationResponse"][];
            /**
             * @description This controls the duration of the meeting
             * @default 30
             */
            slotDuration?: number;
            /**
             * @description Unit for slot duration.
             * @enum {string}
             */
            slotDurationUnit?: "mins" | "hours";
            /**
             * @description Slot interval reflects the amount of time the between booking slots that will be shown in the calendar.
             * @default 30
             */
            slotInterval?: number;
            /**
             * @description Unit for slot interval.
             * @enum {string}
             */
            slotIntervalUnit?: "mins" | "hours";
            /** @description Slot-Buffer is additional time that can be added after an appointment, allowing for extra time to wrap up */
            slotBuffer?: number;
            /**
             * @description Unit for slot buffer.
             * @enum {string}
             */
            slotBufferUnit?: "mins" | "hours";
            /** @description Pre-Buffer is additional time that can be added before an appointment, allowing for extra time to get ready */
            preBuffer?: number;
            /**
             * @description Unit for pre-buffer.
             * @enum {string}
             */
            preBufferUnit?: "mins" | "hours";
            /**
             * @description Maximum bookings per slot (per user). Maximum seats per slot in case of Class Booking Calendar.
             * @default 1
             */
            appoinmentPerSlot?: number;
            /** @description Number of appointments that can be booked for a given day */
            appoinmentPerDay?: number;
            /** @description Minimum scheduling notice for events */
            allowBookingAfter?: number;
            /**
             * @description Unit for minimum scheduling notice
             * @example days
             * @enum {string}
             */
            allowBookingAfterUnit?: "hours" | "days" | "weeks" | "months";
            /** @description Minimum number of days/weeks/months for which to allow booking events */
            allowBookingFor?: number;
            /**
             * @description Unit for controlling the duration for which booking would be allowed for
             * @example days
             * @enum {string}
             */
            allowBookingForUnit?: "days" | "weeks" | "months";
            /** @description This is only to set the standard availability. For custom availability, use the availabilities property */
            openHours?: components["schemas"]["OpenHour"][];
            /**
             * @description Enable recurring appointments for the calendars. Please note that only one member should be added in the calendar to enable this
             * @default false
             */
            enableRecurring?: boolean;
            recurring?: components["schemas"]["Recurring"];
            formId?: string;
            stickyContact?: boolean;
            isLivePaymentMode?: boolean;
            /** @default true */
            autoConfirm?: boolean;
            shouldSendAlertEmailsToAssignedMember?: boolean;
            alertEmail?: string;
            /** @default false */
            googleInvitationEmails?: boolean;
            /** @default true */
            allowReschedule?: boolean;
            /** @default true */
            allowCancellation?: boolean;
            shouldAssignContactToTeamMember?: boolean;
            shouldSkipAssigningContactForExisting?: boolean;
            notes?: string;
            pixelId?: string;
            /**
             * @default ThankYouMessage
             * @enum {string}
             */
            formSubmitType?: "RedirectURL" | "ThankYouMessage";
            formSubmitRedirectURL?: string;
            formSubmitThanksMessage?: string;
            /**
             * @description Determines which availability type to consider:
             *     - **1**: Only custom availabilities will be used.
             *     - **0**: Only open hours will be used.
             *     - **null**: Both custom availabilities and open hours will be considered.
             * @enum {number}
             */
            availabilityType?: 0 | 1;
            /** @description This is only to set the custom availability. For standard availability, use the openHours property */
            availabilities?: components["schemas"]["Availability"][];
            /** @enum {string} */
            guestType?: "count_only" | "collect_detail";
            consentLabel?: string;
            /** @example https://path-to-image.com */
            calendarCoverImage?: string;
            /** @description Look Busy Configuration */
            lookBusyConfig?: components["schemas"]["LookBusyConfiguration"];
            /** @example 0TkCdp9PfvLeWKYRRvIz */
            id: string;
        };
        CalendarsGetSuccessfulResponseDTO: {
            calendars?: components["schemas"]["CalendarDTO"][];
        };
        CalendarByIdSuccessfulResponseDTO: {
            calendar: components["schemas"]["CalendarDTO"];
        };
        UpdateAvailability: {
            /**
             * @description Formulate the date string in the format of `<YYYY-MM-DD in local timezone>T00:00:00.000Z`.
             * @example 2023-09-24T00:00:00.000Z
             */
            date: string;
            hours: components["schemas"]["Hour"][];
            /** @default false */
            deleted?: boolean;
            /** @description The ID of the custom availability object. It is required while updating or deleting the existing custom date availability */
            id?: string;
        };
        CalendarUpdateDTO: {
            /**
             * @deprecated
             * @description 🚨 Deprecated! Please use 'Calendar Notifications APIs' instead.
             */
            notifications?: components["schemas"]["CalendarNotification"][];
            /**
             * @description Group Id
             * @example BqTwX8QFwXzpegMve9EQ
             */
            groupId?: string;
            /** @description Team members are required for calendars of type: Round Robin, Collective, Class, Service. Personal calendar must have exactly one team member. */
            teamMembers?: components["schemas"]["TeamMember"][];
            /** @enum {string} */
            eventType?: "RoundRobin_OptimizeForAvailability" | "RoundRobin_OptimizeForEqualDistribution";
            /** @example test calendar */
            name?: string;
            /** @example this is used for testing */
            description?: string;
            /** @example test1 */
            slug?: string;
            /** @example test1 */
            widgetSlug?: string;
            /**
             * @description Calendar widget type. Choose "default" for "neo" and "classic" for "classic" layout.
             * @default classic
             * @example classic
             * @enum {string}
             */
            widgetType?: "default" | "classic";
            eventTitle?: string;
            /** @default #039be5 */
            eventColor?: string;
            /** @description Meeting location configuration for event calendar */
            locationConfigurations?: components["schemas"]["LocationConfiguration"][];
            /**
             * @deprecated
             * @description 🚨 Deprecated! Use `locationConfigurations.location` or `teamMembers[].locationConfigurations.location` instead.
             */
            readonly meetingLocation?: string;
            /**
             * @description This controls the duration of the meeting
             * @default 30
             */
            slotDuration?: number;
            /**
             * @description Unit for slot duration.
             * @enum {string}
             */
            slotDurationUnit?: "mins" | "hours";
            /**
             * @description Unit for pre-buffer.
             * @enum {string}
             */
            preBufferUnit?: "mins" | "hours";
            /**
             * @description Slot interval reflects the amount of time the between booking slots that will be shown in the calendar.
             * @default 30
             */
            slotInterval?: number;
            /**
             * @description Unit for slot interval.
             * @enum {string}
             */
            slotIntervalUnit?: "mins" | "hours";
            /** @description Slot-Buffer is additional time that can be added after an appointment, allowing for extra time to wrap up */
            slotBuffer?: number;
            /** @description Pre-Buffer is additional time that can be added before an appointment, allowing for extra time to get ready */
            preBuffer?: number;
            appoinmentPerSlot?: number;
            /** @description Number of appointments that can be booked for a given day */
            appoinmentPerDay?: number;
            /** @description Minimum scheduling notice for events */
            allowBookingAfter?: number;
            /**
             * @description Unit for minimum scheduling notice
             * @example days
             * @enum {string}
             */
            allowBookingAfterUnit?: "hours" | "days" | "weeks" | "months";
            /** @description Minimum number of days/weeks/months for which to allow booking events */
            allowBookingFor?: number;
            /**
             * @description Unit for controlling the duration for which booking would be allowed for
             * @example days
             * @enum {string}
             */
            allowBookingForUnit?: "days" | "weeks" | "months";
            openHours?: components["schemas"]["OpenHour"][];
            /**
             * @description Enable recurring appointments for the calendars. Please note that only one member should be added in the calendar to enable this
             * @default false
             */
            enableRecurring?: boolean;
            recurring?: components["schemas"]["Recurring"];
            formId?: string;
            stickyContact?: boolean;
            isLivePaymentMode?: boolean;
            autoConfirm?: boolean;
            shouldSendAlertEmailsToAssignedMember?: boolean;
            alertEmail?: string;
            googleInvitationEmails?: boolean;
            allowReschedule?: boolean;
            allowCancellation?: boolean;
            shouldAssignContactToTeamMember?: boolean;
            shouldSkipAssigningContactForExisting?: boolean;
            notes?: string;
            pixelId?: string;
            /**
             * @default ThankYouMessage
             * @enum {string}
             */
            formSubmitType?: "RedirectURL" | "ThankYouMessage";
            formSubmitRedirectURL?: string;
            formSubmitThanksMessage?: string;
            /**
             * @description Determines which availability type to consider:
             *     - **1**: Only custom availabilities will be used.
             *     - **0**: Only open hours will be used.
             *     - **null**: Both the custom availabilities and open hours will be considered.
             * @enum {number}
             */
            availabilityType?: 0 | 1;
            /** @description This is only to set the custom availability. For standard availability, use the openHours property */
            availabilities?: components["schemas"]["UpdateAvailability"][];
            /** @enum {string} */
            guestType?: "count_only" | "collect_detail";
            consentLabel?: string;
            calendarCoverImage?: string;
            /** @description Look Busy Configuration */
            lookBusyConfig?: components["schemas"]["LookBusyConfiguration"];
            isActive?: boolean;
        };
        CalendarDeleteSuccessfulResponseDTO: {
            /**
             * @description Success
             * @example true
             */
            success: boolean;
        };
        GetCalendarEventSuccessfulResponseDTO: {
            event?: components["schemas"]["CalendarEventDTO"];
        };
        DeleteAppointmentSchema: Record<string, unknown>;
        DeleteEventSuccessfulResponseDto: {
            /** @example true */
            succeeded?: boolean;
        };
        NoteCreatedBySchema: {
            /** @example TUcmRxWr */
            id?: string;
            /** @example John Doe */
            name?: string;
        };
        GetNoteSchema: {
            /** @example HGPcayliwcdoUFzvbTok */
            id?: string;
            /** @example lorem ipsum */
            body?: string;
            /** @example TUcmRxWrjqzJS8EjkxNK */
            userId?: string;
            /** @example 2021-07-08T12:02:11.285Z */
            dateAdded?: string;
            /** @example TUcmRxWrjqzJS8EjkxNK */
            contactId?: string;
            createdBy?: components["schemas"]["NoteCreatedBySchema"];
        };
        GetNotesListSuccessfulResponseDto: {
            notes?: components["schemas"]["GetNoteSchema"][];
            /** @example true */
            hasMore?: boolean;
        };
        NotesDTO: {
            /** @example GCs5KuzPqTls7vWclkEV */
            userId?: string;
            /**
             * @description Note body
             * @example lorem ipsum
             */
            body: string;
        };
        GetCreateUpdateNoteSuccessfulResponseDto: {
            note?: components["schemas"]["GetNoteSchema"];
        };
        DeleteNoteSuccessfulResponseDto: {
            /** @example true */
            success?: boolean;
        };
        CalendarResourceByIdResponseDTO: {
            /** @description Location ID of the resource */
            locationId: string;
            /**
             * @description Name of the resource
             * @example yoga room
             */
            name: string;
            /** @enum {string} */
            resourceType: "equipments" | "rooms";
            /** @description Whether the resource is active */
            isActive: boolean;
            /** @description Description of the resource */
            description?: string;
            /** @description Quantity of the resource */
            quantity?: number;
            /**
             * @description Indicates if the resource is out of service
             * @example 0
             */
            outOfService?: number;
            /**
             * @description Capacity of the resource
             * @example 85
             */
            capacity?: number;
            /**
             * @description Calendar IDs
             * @example [
             *       "Jsj0xnlDDjw0SuvX1J13",
             *       "oCM5feFC86FAAbcO7lJK"
             *     ]
             */
            calendarIds: string[];
        };
        UpdateCalendarResourceDTO: {
            locationId?: string;
            name?: string;
            description?: string;
            /** @description Quantity of the equipment. */
            quantity?: number;
            /** @description Quantity of the out of service equipment. */
            outOfService?: number;
            /** @description Capacity of the room. */
            capacity?: number;
            /**
             * @description Service calendar IDs to be mapped with the resource.
             *
             *         One equipment can only be mapped with one service calendar.
             *
             *     One room can be mapped with multiple service calendars.
             */
            calendarIds?: string[];
            isActive?: boolean;
        };
        CalendarResourceResponseDTO: {
            /** @description Location ID of the resource */
            locationId: string;
            /**
             * @description Name of the resource
             * @example yoga room
             */
            name: string;
            /** @enum {string} */
            resourceType: "equipments" | "rooms";
            /** @description Whether the resource is active */
            isActive: boolean;
            /** @description Description of the resource */
            description?: string;
            /** @description Quantity of the resource */
            quantity?: number;
            /**
             * @description Indicates if the resource is out of service
             * @example 0
             */
            outOfService?: number;
            /**
             * @description Capacity of the resource
             * @example 85
             */
            capacity?: number;
        };
        ResourceDeleteResponseDTO: {
            /**
             * @description Success
             * @example true
             */
            success?: boolean;
        };
        CreateCalendarResourceDTO: {
            locationId: string;
            name: string;
            description: string;
            /** @description Quantity of the equipment. */
            quantity: number;
            /** @description Quantity of the out of service equipment. */
            outOfService: number;
            /** @description Capacity of the room. */
            capacity: number;
            /**
             * @description Service calendar IDs to be mapped with the resource.
             *
             *         One equipment can only be mapped with one service calendar.
             *
             *     One room can be mapped with multiple service calendars.
             */
            calendarIds: string[];
        };
        SchedulesDTO: {
            timeOffset?: number;
            unit?: string;
        };
        CalendarNotificationResponseDTO: {
            /** @description Notification ID */
            _id?: string;
            /**
             * @example contact
             * @enum {string}
             */
            receiverType?: "contact" | "guest" | "assignedUser" | "emails" | "phoneNumbers" | "business";
            /**
             * @example [
             *       "example1@email.com",
             *       "example2@email.com"
             *     ]
             */
            additionalEmailIds?: string[];
            /**
             * @example [
             *       "+919876744444",
             *       "+919876744445"
             *     ]
             */
            additionalPhoneNumbers?: string[];
            /**
             * @example email
             * @enum {string}
             */
            channel?: "email" | "inApp" | "sms" | "whatsapp";
            /**
             * @example confirmation
             * @enum {string}
             */
            notificationType?: "booked" | "confirmation" | "cancellation" | "reminder" | "followup" | "reschedule";
            /** @example true */
            isActive?: boolean;
            /**
             * @example [
             *       "+919876744444",
             *       "+919876744445"
             *     ]
             */
            additionalWhatsappNumbers?: string[];
            /** @example 0as9d8as0d */
            templateId?: string;
            /** @example This is a test notification */
            body?: string;
            /** @example Test Notification */
            subject?: string;
            /**
             * @example [
             *       {
             *         "timeOffset": 1,
             *         "unit": "hours"
             *       }
             *     ]
             */
            afterTime?: components["schemas"]["SchedulesDTO"][];
            /**
             * @example [
             *       {
             *         "timeOffset": 1,
             *         "unit": "hours"
             *       }
             *     ]
             */
            beforeTime?: components["schemas"]["SchedulesDTO"][];
            /**
             * @example [
             *       "user1",
             *       "user2"
             *     ]
             */
            selectedUsers?: string[];
            /** @example false */
            deleted?: boolean;
        };
        CreateCalendarNotificationDTO: {
            /**
             * @description notification recipient type
             * @enum {string}
             */
            receiverType: "contact" | "guest" | "assignedUser" | "emails" | "phoneNumbers" | "business";
            /**
             * @description Notification channel
             * @enum {string}
             */
            channel: "email" | "inApp" | "sms" | "whatsapp";
            /**
             * @description Notification type
             * @enum {string}
             */
            notificationType: "booked" | "confirmation" | "cancellation" | "reminder" | "followup" | "reschedule";
            /**
             * @description Is the notification active
             * @default true
             */
            isActive?: boolean;
            /** @description Template ID for email notification. Not necessary for in-App notification */
            templateId?: string;
            /** @description Body  for email notification. Not necessary for in-App notification */
            body?: string;
            /** @description Subject  for email notification. Not necessary for in-App notification */
            subject?: string;
            /**
             * @description Specifies the time after which the follow-up notification should be sent. This is not required for other notification types.
             * @example [
             *       {
             *         "timeOffset": 1,
             *         "unit": "hours"
             *       }
             *     ]
             */
            afterTime?: components["schemas"]["SchedulesDTO"][];
            /**
             * @description Specifies the time before which the reminder notification should be sent. This is not required for other notification types.
             * @example [
             *       {
             *         "timeOffset": 1,
             *         "unit": "hours"
             *       }
             *     ]
             */
            beforeTime?: components["schemas"]["SchedulesDTO"][];
            /**
             * @description Additional email addresses to receive notifications.
             * @example [
             *       "example1@email.com",
             *       "example2@email.com"
             *     ]
             */
            additionalEmailIds?: string[];
            /**
             * @description Additional phone numbers to receive notifications.
             * @example [
             *       "+919876744444",
             *       "+919876744445"
             *     ]
             */
            additionalPhoneNumbers?: string[];
            /**
             * @description Selected users for in-App and business email notifications. Supports user IDs and special keyword "sub_account_admin"
             * @example [
             *       "userId1",
             *       "userId2",
             *       "sub_account_admin"
             *     ]
             */
            selectedUsers?: string[];
            /** @description from address for email notification */
            fromAddress?: string;
            /** @description from name for email/sms notification */
            fromName?: string;
            /** @description from number for sms notification */
            fromNumber?: string;
        };
        UpdateCalendarNotificationsDTO: {
            /**
             * @description Notification recipient type
             * @enum {string}
             */
            receiverType?: "contact" | "guest" | "assignedUser" | "emails" | "phoneNumbers" | "business";
            /**
             * @description Additional email addresses to receive notifications.
             * @example [
             *       "example1@email.com",
             *       "example2@email.com"
             *     ]
             */
            additionalEmailIds?: string[];
            /**
             * @description Additional phone numbers to receive notifications.
             * @example [
             *       "+919876744444",
             *       "+919876744445"
             *     ]
             */
            additionalPhoneNumbers?: string[];
            /**
             * @description Selected users for in-App and business email notifications. Supports user IDs and special keyword "sub_account_admin"
             * @example [
             *       "userId1",
             *       "userId2",
             *       "sub_account_admin"
             *     ]
             */
            selectedUsers?: string[];
            /**
             * @description Notification channel
             * @enum {string}
             */
            channel?: "email" | "inApp" | "sms" | "whatsapp";
            /**
             * @description Notification type
             * @enum {string}
             */
            notificationType?: "booked" | "confirmation" | "cancellation" | "reminder" | "followup" | "reschedule";
            /**
             * @description Is the notification active
             * @default true
             */
            isActive?: boolean;
            /**
             * @description Marks the notification as deleted (soft delete)
             * @default false
             */
            deleted?: boolean;
            /** @description Template ID for email notification */
            templateId?: string;
            /** @description Body  for email notification. Not necessary for in-App notification */
            body?: string;
            /** @description Subject  for email notification. Not necessary for in-App notification */
            subject?: string;
            /**
             * @description Specifies the time after which the follow-up notification should be sent. This is not required for other notification types.
             * @example [
             *       {
             *         "timeOffset": 1,
             *         "unit": "hours"
             *       }
             *     ]
             */
            afterTime?: components["schemas"]["SchedulesDTO"][];
            /**
             * @description Specifies the time before which the reminder notification should be sent. This is not required for other notification types.
             * @example [
             *       {
             *         "timeOffset": 1,
             *         "unit": "hours"
             *       }
             *     ]
             */
            beforeTime?: components["schemas"]["SchedulesDTO"][];
            /** @description From address for email notification */
            fromAddress?: string;
            /** @description from number for sms notification */
            fromNumber?: string;
            /** @description From name for email/sms notification */
            fromName?: string;
        };
        CalendarNotificationDeleteResponseDTO: {
            /** @description Result of delete/update operation */
            message: string;
        };
        ScheduleIntervalDTO: {
            /**
             * @description Start time in HH:MM format (24-hour format)
             * @example 09:00
             */
            from: string;
            /**
             * @description End time in HH:MM format (24-hour format)
             * @example 17:00
             */
            to: string;
        };
        ScheduleRuleDTO: {
            /**
             * @description Type of schedule rule - weekday (recurring) or date (specific date)
             * @example wday
             * @enum {string}
             */
            type: "wday" | "date";
            /**
             * @description Time intervals for the rule (e.g., 9 AM to 5 PM)
             * @example [
             *       {
             *         "from": "09:00",
             *         "to": "17:00"
             *       }
             *     ]
             */
            intervals: components["schemas"]["ScheduleIntervalDTO"][];
            /**
             * @description Specific date in YYYY-MM-DD format (only for date-type rules)
             * @example 2023-04-15
             */
            date?: string;
            /**
             * @description Day of week (only for weekday-type rules)
             * @example monday
             * @enum {string}
             */
            day?: "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday";
        };
        ScheduleObjectResponseDTO: {
            /**
             * @description Unique identifier for the schedule
             * @example IkqiJlXJ7o9h61tCHHod
             */
            id: string;
            /**
             * @description Human-readable name for the schedule
             * @example Business Hours Schedule
             */
            name: string;
            /**
             * @description Location ID where this schedule applies
             * @example IkqiJlXJ7o9h61tCHHod
             */
            locationId: string;
            /** @description Schedule rules defining when the schedule is active */
            rules: components["schemas"]["ScheduleRuleDTO"][];
            /**
             * @description Timezone for the schedule (IANA timezone identifier)
             * @example America/New_York
             */
            timezone: string;
            /**
             * @description ISO date string when the schedule was created
             * @example 2023-01-15T10:30:00.000Z
             */
            dateAdded: string;
            /**
             * @description ISO date string when the schedule was last updated
             * @example 2023-01-20T14:45:00.000Z
             */
            dateUpdated: string;
            /**
             * @description User ID associated with the schedule
             * @example IkqiJlXJ7o9h61tCHHod
             */
            userId: string;
            /** @description Calendar IDs associated with the schedule */
            calendarIds?: string[];
            /**
             * @description Whether the schedule has been deleted
             * @example false
             */
            deleted: boolean;
        };
        GetAllSchedulesResponseDTO: {
            /** @description Array of schedules */
            schedules: components["schemas"]["ScheduleObjectResponseDTO"][];
        };
        ScheduleResponseDTO: {
            /** @description Schedule */
            schedule: components["schemas"]["ScheduleObjectResponseDTO"];
        };
        CreateScheduleDTO: {
            /**
             * @description Schedule rules defining when the schedule is active
             * @example [
             *       {
             *         "type": "wday",
             *         "day": "monday",
             *         "intervals": [
             *           {
             *             "from": "09:00",
             *             "to": "17:00"
             *           }
             *         ]
             *       }
             *     ]
             */
            rules?: components["schemas"]["ScheduleRuleDTO"][];
            /**
             * @description Timezone for the schedule (IANA timezone identifier)
             * @example America/New_York
             */
            timezone: string;
            /**
             * @description Location ID where this schedule applies
             * @example IkqiJlXJ7o9h61tCHHod
             */
            locationId: string;
            /**
             * @description Human-readable name for the schedule
             * @example Business Hours Schedule
             */
            name: string;
            /**
             * @description User ID associated with the schedule
             * @example IkqiJlXJ7o9h61tCHHod
             */
            userId: string;
            /**
             * @description Calendar IDs associated with the schedule
             * @example [
             *       "WvVX9LpvlBO6K506xLbp",
             *       "XyZ8MnQrStUvWxYzAbCdEf"
             *     ]
             */
            calendarIds?: string[];
        };
        UpdateScheduleDTO: {
            /**
             * @description Human-readable name for the schedule
             * @example Updated Business Hours
             */
            name?: string;
            /**
             * @description Updated schedule rules defining when the schedule is active
             * @example [
             *       {
             *         "type": "wday",
             *         "day": "monday",
             *         "intervals": [
             *           {
             *             "from": "08:00",
             *             "to": "18:00"
             *           }
             *         ]
             *       }
             *     ]
             */
            rules?: components["schemas"]["ScheduleRuleDTO"][];
            /**
             * @description Updated timezone for the schedule (IANA timezone identifier)
             * @example America/Los_Angeles
             */
            timezone?: string;
        };
        BadRequestDTO: {
            /** @example 400 */
            statusCode?: number;
            /** @example Bad Request */
            message?: string;
        };
        UnauthorizedDTO: {
            /** @example 401 */
            statusCode?: number;
            /** @example Invalid token: access token is invalid */
            message?: string;
            /** @example Unauthorized */
            error?: string;
        };
        UnprocessableDTO: {
            /** @example 422 */
            statusCode?: number;
            /**
             * @example [
             *       "Unprocessable Entity"
             *     ]
             */
            message?: string[];
            /** @example Unprocessable Entity */
            error?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "get-groups": {
        parameters: {
            query: {
                /** @description Location Id */
                locationId: string;
            };
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllGroupsSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "create-calendar-group": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCreateDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupCreateSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "validate-groups-slug": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateGroupSlugPostBody"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateGroupSlugSuccessResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "edit-group": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Group Id */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUpdateDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupCreateSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "delete-group": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Group Id */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "disable-group": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Group Id */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupStatusUpdateParams"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "create-appointment": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentCreateSchema"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentSchemaResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "get-appointment": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Event Id or Instance id. For recurring appointments send masterEventId to modify original series. */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCalendarEventSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "edit-appointment": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Event Id or Instance id. For recurring appointments send masterEventId to modify original series. */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentEditSchema"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentSchemaResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "get-calendar-events": {
        parameters: {
            query: {
                /** @description Location Id */
                locationId: string;
                /** @description User Id - Owner of an appointment. Either of userId, groupId or calendarId is required */
                userId?: string;
                /** @description Either of calendarId, userId or groupId is required */
                calendarId?: string;
                /** @description Either of groupId, calendarId or userId is required */
                groupId?: string;
                /** @description Start Time (in millis) */
                startTime: string;
                /** @description End Time (in millis) */
                endTime: string;
            };
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCalendarEventsSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "get-blocked-slots": {
        parameters: {
            query: {
                /** @description Location Id */
                locationId: string;
                /** @description User Id - Owner of an appointment. Either of userId, groupId or calendarId is required */
                userId?: string;
                /** @description Either of calendarId, userId or groupId is required */
                calendarId?: string;
                /** @description Either of groupId, calendarId or userId is required */
                groupId?: string;
                /** @description Start Time (in millis) */
                startTime: string;
                /** @description End Time (in millis) */
                endTime: string;
            };
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCalendarEventsSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "create-block-slot": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockSlotCreateRequestDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockedSlotSuccessfulResponseDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "edit-block-slot": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Event Id or Instance id. For recurring appointments send masterEventId to modify original series. */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockSlotEditRequestDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockedSlotSuccessfulResponseDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "get-slots": {
        parameters: {
            query: {
                /** @description Start Date (**⚠️ Important:** Date range cannot be more than 31 days) */
                startDate: number;
                /** @description End Date (**⚠️ Important:** Date range cannot be more than 31 days) */
                endDate: number;
                /** @description The timezone in which the free slots are returned */
                timezone?: string;
                /** @description The user for whom the free slots are returned */
                userId?: string;
                /** @description The users for whom the free slots are returned */
                userIds?: string[];
            };
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Calendar Id */
                calendarId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Availability map keyed by date (YYYY-MM-DD) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: components["schemas"]["SlotsSchema"];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "get-calendar": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Calendar Id */
                calendarId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarByIdSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "update-calendar": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Calendar Id */
                calendarId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarUpdateDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarByIdSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "delete-calendar": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Calendar Id */
                calendarId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDeleteSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "delete-event": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Event Id or Instance id. For recurring appointments send masterEventId to modify original series. */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAppointmentSchema"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteEventSuccessfulResponseDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "get-appointment-notes": {
        parameters: {
            query: {
                /** @description Limit of notes to fetch */
                limit: number;
                /** @description Offset of notes to fetch */
                offset: number;
            };
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Appointment ID */
                appointmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetNotesListSuccessfulResponseDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "create-appointment-note": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Appointment ID */
                appointmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotesDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCreateUpdateNoteSuccessfulResponseDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "update-appointment-note": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Appointment ID */
                appointmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotesDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCreateUpdateNoteSuccessfulResponseDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "delete-appointment-note": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Appointment ID */
                appointmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteNoteSuccessfulResponseDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "get-calendar-resource": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Calendar Resource Type */
                resourceType: "equipments" | "rooms";
                /** @description Calendar Resource ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Calendar resource fetched */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarResourceByIdResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "update-calendar-resource": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Calendar Resource Type */
                resourceType: "equipments" | "rooms";
                /** @description Calendar Resource ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCalendarResourceDTO"];
            };
        };
        responses: {
            /** @description Calendar resource updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarResourceResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "delete-calendar-resource": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Calendar Resource Type */
                resourceType: "equipments" | "rooms";
                /** @description Calendar Resource ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Calendar resource deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceDeleteResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "fetch-calendar-resources": {
        parameters: {
            query: {
                locationId: string;
                limit: number;
                skip: number;
            };
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Calendar Resource Type */
                resourceType: "equipments" | "rooms";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Calendar resources listed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarResourceByIdResponseDTO"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "create-calendar-resource": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Calendar Resource Type */
                resourceType: "equipments" | "rooms";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalendarResourceDTO"];
            };
        };
        responses: {
            /** @description Calendar resource created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarResourceByIdResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "get-event-notification": {
        parameters: {
            query?: {
                isActive?: boolean;
                deleted?: boolean;
                /** @description Number of records to return */
                limit?: number;
                /** @description Number of records to skip */
                skip?: number;
            };
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                calendarId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarNotificationResponseDTO"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "create-event-notification": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                calendarId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalendarNotificationDTO"][];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarNotificationResponseDTO"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "find-event-notification": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                calendarId: string;
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarNotificationResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "update-event-notification": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                calendarId: string;
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCalendarNotificationsDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarNotificationDeleteResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "delete-event-notification": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                calendarId: string;
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarNotificationDeleteResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    getAllSchedules: {
        parameters: {
            query: {
                /** @description Location ID to filter schedules by */
                locationId: string;
                /** @description User ID to filter schedules by specific user */
                userId: string;
                /** @description Calendar ID for filtering schedules by specific calendar */
                calendarId?: string;
                /** @description Number of items to skip for pagination */
                skip?: number;
                /** @description Maximum number of items to return (max 500) */
                limit?: number;
            };
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Schedules retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAllSchedulesResponseDTO"];
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description User not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    getScheduleById: {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Unique identifier of the schedule */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Schedule found and retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponseDTO"];
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description User not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
            /** @description Schedule with the specified ID was not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateSchedule: {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Unique identifier of the schedule to update */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScheduleDTO"];
            };
        };
        responses: {
            /** @description Schedule updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponseDTO"];
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description User not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
            /** @description Schedule with the specified ID was not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation errors in schedule rules or conflicting data */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnprocessableDTO"];
                };
            };
        };
    };
    deleteSchedule: {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Unique identifier of the schedule to delete */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Schedule deleted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Whether the deletion was successful
                         * @example true
                         */
                        success?: boolean;
                    };
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description User not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
            /** @description Schedule with the specified ID was not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createSchedule: {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduleDTO"];
            };
        };
        responses: {
            /** @description Schedule created successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponseDTO"];
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description User not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
            /** @description Validation errors in schedule rules or conflicting data */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnprocessableDTO"];
                };
            };
        };
    };
    "add-calendar-to-schedule": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Unique identifier of the schedule */
                id: string;
                /** @description Unique identifier of the team calendar to add to the schedule */
                calendarId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Calendar successfully added to schedule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example true */
                        success?: boolean;
                    };
                };
            };
            /** @description Schedule and calendar must belong to the same location */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description User not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
            /** @description Schedule or calendar not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
        };
    };
    "remove-calendar-from-schedule": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path: {
                /** @description Unique identifier of the schedule */
                id: string;
                /** @description Unique identifier of the calendar to remove from the schedule */
                calendarId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Calendar successfully removed from schedule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example true */
                        success?: boolean;
                    };
                };
            };
            /** @description Schedule and calendar must belong to the same location */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description User not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
            /** @description Schedule or calendar not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
        };
    };
    "get-calendars": {
        parameters: {
            query: {
                /** @description Location Id */
                locationId: string;
                /** @description Group Id */
                groupId?: string;
                /** @description Show drafted */
                showDrafted?: boolean;
            };
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarsGetSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
    "create-calendar": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-04-15";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarCreateDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarByIdSuccessfulResponseDTO"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestDTO"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedDTO"];
                };
            };
        };
    };
}

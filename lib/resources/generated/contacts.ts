// GENERATED FILE — do not edit. Regenerate with `npm run generate:types` (scripts/generate-types.ts).
// TypeScript types of HighLevel's official OpenAPI spec sandbox/spec/apps/contacts.json,
// with its $refs into sandbox/spec/common/common-schemas.json resolved,
// by openapi-typescript 7.13.0, with the fixes of lib/resources/spec-overrides.ts applied to components.schemas first.
// Bodies: operations[operationId]['requestBody' | 'responses'], components['schemas'][name].

export interface paths {
    "/contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search Contacts
         * @description Search contacts based on combinations of advanced filters. Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-158396/6e629989abe7fad
         */
        post: operations["search-contacts-advanced"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/search/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Duplicate Contact
         * @description Get Duplicate Contact.<br/><br/>If `Allow Duplicate Contact` is disabled under Settings, the global unique identifier will be used for searching the contact. If the setting is enabled, first priority for search is `email` and the second priority will be `phone`.
         */
        get: operations["get-duplicate-contact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all Tasks
         * @description Get all Tasks
         */
        get: operations["get-all-tasks"];
        put?: never;
        /**
         * Create Task
         * @description Create Task
         */
        post: operations["create-task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task
         * @description Get Task
         */
        get: operations["get-task"];
        /**
         * Update Task
         * @description Update Task
         */
        put: operations["update-task"];
        post?: never;
        /**
         * Delete Task
         * @description Delete Task
         */
        delete: operations["delete-task"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/tasks/{taskId}/completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Task Completed
         * @description Update Task Completed
         */
        put: operations["update-task-completed"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Appointments for Contact
         * @description Get Appointments for Contact
         */
        get: operations["get-appointments-for-contact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Tags
         * @description Add Tags
         */
        post: operations["add-tags"];
        /**
         * Remove Tags
         * @description Remove Tags
         */
        delete: operations["remove-tags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Notes
         * @description Get All Notes
         */
        get: operations["get-all-notes"];
        put?: never;
        /**
         * Create Note
         * @description Create Note
         */
        post: operations["create-note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Note
         * @description Get Note
         */
        get: operations["get-note"];
        /**
         * Update Note
         * @description Update Note
         */
        put: operations["update-note"];
        post?: never;
        /**
         * Delete Note
         * @description Delete Note
         */
        delete: operations["delete-note"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/bulk/tags/update/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Contacts Tags
         * @description Allows you to update tags to multiple contacts at once, you can add or remove tags from the contacts
         */
        post: operations["create-association"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/bulk/business": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add/Remove Contacts From Business
         * @description Add/Remove Contacts From Business . Passing a `null` businessId will remove the businessId from the contacts
         */
        post: operations["add-remove-contact-from-business"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Contact
         * @description Get Contact
         */
        get: operations["get-contact"];
        /**
         * Update Contact
         * @description Please find the list of acceptable values for the `country` field  <a href="https://highlevel.stoplight.io/docs/integrations/ZG9jOjI4MzUzNDIy-country-list" target="_blank">here</a>
         */
        put: operations["update-contact"];
        post?: never;
        /**
         * Delete Contact
         * @description Delete Contact
         */
        delete: operations["delete-contact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert Contact
         * @description Please find the list of acceptable values for the `country` field  <a href="https://highlevel.stoplight.io/docs/integrations/ZG9jOjI4MzUzNDIy-country-list" target="_blank">here</a><br/><br/>The Upsert API will adhere to the configuration defined under the “Allow Duplicate Contact” setting at the Location level. If the setting is configured to check both Email and Phone, the API will attempt to identify an existing contact based on the priority sequence specified in the setting, and will create or update the contact accordingly.<br/><br/>If two separate contacts already exist—one with the same email and another with the same phone—and an upsert request includes both the email and phone, the API will update the contact that matches the first field in the configured sequence, and ignore the second field to prevent duplication.
         */
        post: operations["upsert-contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/business/{businessId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Contacts By BusinessId
         * @description Get Contacts By BusinessId
         */
        get: operations["get-contacts-by-businessId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Followers
         * @description Add Followers
         */
        post: operations["add-followers-contact"];
        /**
         * Remove Followers
         * @description Remove Followers
         */
        delete: operations["remove-followers-contact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Contact to Campaign
         * @description Add contact to Campaign
         */
        post: operations["add-contact-to-campaign"];
        /**
         * Remove Contact From Campaign
         * @description Remove Contact From Campaign
         */
        delete: operations["remove-contact-from-campaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/campaigns/removeAll": {
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
         * Remove Contact From Every Campaign
         * @description Remove Contact From Every Campaign
         */
        delete: operations["remove-contact-from-every-campaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/workflow/{workflowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Contact to Workflow
         * @description Add Contact to Workflow
         */
        post: operations["add-contact-to-workflow"];
        /**
         * Delete Contact from Workflow
         * @description Delete Contact from Workflow
         */
        delete: operations["delete-contact-from-workflow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Contacts
         * @deprecated
         * @description Get Contacts
         *
         *      **Note:** This API endpoint is deprecated. Please use the [Search Contacts](https://marketplace.gohighlevel.com/docs/ghl/contacts/search-contacts-advanced) endpoint instead.
         */
        get: operations["get-contacts"];
        put?: never;
        /**
         * Create Contact
         * @description Please find the list of acceptable values for the `country` field  <a href="https://highlevel.stoplight.io/docs/integrations/ZG9jOjI4MzUzNDIy-country-list" target="_blank">here</a>
         */
        post: operations["create-contact"];
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
        SearchBodyV2DTO: {
            locationId: string;
            pageLimit: number;
            page?: number;
            searchAfter?: unknown[];
            query?: string;
            filters?: Record<string, unknown>[];
            sort?: Record<string, unknown>[];
        };
        TaskSchema: {
            /** @example lJpzYrWdpkC2hX6t2yue */
            id?: string;
            /** @example test */
            title?: string;
            /** @example testing */
            body?: string;
            /** @example tesTUcmRxWrjqzJS8EjkxNKting */
            assignedTo?: string;
            /** @example 2021-07-08T02:30:00.000Z */
            dueDate?: string;
            /** @example true */
            completed?: boolean;
            /** @example lJpzYrWdpkC2hX6t2yue */
            contactId?: string;
        };
        TasksListSuccessfulResponseDto: {
            tasks?: components["schemas"]["TaskSchema"][];
        };
        TaskByIsSuccessfulResponseDto: {
            task?: components["schemas"]["TaskSchema"];
        };
        CreateTaskParams: {
            /** @example First Task */
            title: string;
            /** @example loram ipsum */
            body?: string;
            /** @example 2020-10-25T11:00:00Z */
            dueDate: string;
            /** @example true */
            completed: boolean;
            /** @example hxHGVRb1YJUscrCB8eXK */
            assignedTo?: string;
        };
        UpdateTaskBody: {
            /** @example First Task */
            title?: string;
            /** @example loram ipsum */
            body?: string;
            /** @example 2020-10-25T11:00:00Z */
            dueDate?: string;
            /** @example true */
            completed?: boolean;
            /** @example hxHGVRb1YJUscrCB8eXK */
            assignedTo?: string;
        };
        UpdateTaskStatusParams: {
            /** @example true */
            completed: boolean;
        };
        DeleteTaskSuccessfulResponseDto: {
            /** @example true */
            succeded?: boolean;
        };
        GetEventSchema: {
            /** @example YS3jaqqeehkR2Is80miy */
            id?: string;
            /** @example YlWd2wuCAZQzh2cH1fVZ */
            calendarId?: string;
            /** @example booked */
            status?: string;
            /** @example Test */
            title?: string;
            /** @example YlWd2wuCAZQzh2cH1fVZ */
            assignedUserId?: string;
            /** @example test */
            notes?: string;
            /** @example 2021-07-16 11:00:00 */
            startTime?: string;
            /** @example 2021-07-16 11:30:00 */
            endTime?: string;
            /** @example Address */
            address?: string;
            /** @example YlWd2wuCAZQzh2cH1fVZ */
            locationId?: string;
            /** @example YlWd2wuCAZQzh2cH1fVZ */
            contactId?: string;
            /** @example YlWd2wuCAZQzh2cH1fVZ */
            groupId?: string;
            /** @example booked */
            appointmentStatus?: string;
            /**
             * @example [
             *       "YlWd2wuCAZQzh2cH1fVZ",
             *       "YlWd2wuCAZQzh2cH1fVZ"
             *     ]
             */
            users?: string[];
            /** @example 2021-07-16 11:00:00 */
            dateAdded?: string;
            /** @example 2021-07-16 11:30:00 */
            dateUpdated?: string;
            /**
             * @example [
             *       "YlWd2wuCAZQzh2cH1fVZ",
             *       "YlWd2wuCAZQzh2cH1fVZ"
             *     ]
             */
            assignedResources?: string[];
        };
        GetEventsSuccessfulResponseDto: {
            events?: components["schemas"]["GetEventSchema"][];
        };
        TagsDTO: {
            /**
             * @example [
             *       "minim",
             *       "velit magna"
             *     ]
             */
            tags: string[];
        };
        CreateAddTagSuccessfulResponseDto: {
            /**
             * @example [
             *       "minim",
             *       "velit magna"
             *     ]
             */
            tags?: string[];
        };
        CreateDeleteTagSuccessfulResponseDto: {
            /**
             * @example [
             *       "minim",
             *       "velit magna"
             *     ]
             */
            tags?: string[];
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
            /** @example Follow-up summary */
            title?: string;
            /** @example #FFAA00 */
            color?: string;
            /** @example false */
            pinned?: boolean;
        };
        GetNotesListSuccessfulResponseDto: {
            notes?: components["schemas"]["GetNoteSchema"][];
        };
        NotesDTO: {
            /** @example GCs5KuzPqTls7vWclkEV */
            userId?: string;
            /** @example lorem ipsum */
            body: string;
            /** @example Follow-up summary */
            title?: string;
            /** @example #FFAA00 */
            color?: string;
            /** @example false */
            pinned?: boolean;
        };
        GetCreateUpdateNoteSuccessfulResponseDto: {
            note?: components["schemas"]["GetNoteSchema"];
        };
        UpdateNoteDTO: {
            /** @example GCs5KuzPqTls7vWclkEV */
            userId?: string;
            /** @example lorem ipsum */
            body?: string;
            /** @example Follow-up summary */
            title?: string;
            /** @example #FFAA00 */
            color?: string;
            /** @example false */
            pinned?: boolean;
        };
        DeleteNoteSuccessfulResponseDto: {
            /** @example true */
            succeded?: boolean;
        };
        UpdateTagsDTO: {
            /**
             * @description list of contact ids to be processed
             * @example [
             *       "qFSqySFkVvNzOSqgGqFi",
             *       "abcdef",
             *       "qFSqySFkVvNzOSqgGqFi",
             *       "3ualbhnV7j3n3a9r2moD"
             *     ]
             */
            contacts: string[];
            /**
             * @description list of tags to be added or removed
             * @example [
             *       "tag-1",
             *       "tag-2"
             *     ]
             */
            tags: string[];
            /**
             * @description location id from where the bulk request is executed
             * @example asdrwHvLUxlfw5SqKVCN
             */
            locationId: string;
            /**
             * @description Option to implement remove all tags. if true, all tags will be removed from the contacts. Can only be used with remove type.
             * @example false
             */
            removeAllTags?: boolean;
        };
        UpdateTagsResponseDTO: {
            /**
             * @description Indicates if the operation was successful
             * @example true
             */
            succeded: boolean;
            /**
             * @description Number of errors encountered during the operation
             * @example 0
             */
            errorCount: number;
            /**
             * @description Responses for each contact processed
             * @example [
             *       {
             *         "contactId": "qFSqySFkVvNzOSqgGqFi",
             *         "message": "Tags updated",
             *         "type": "success",
             *         "oldTags": [
             *           "tag-1",
             *           "tag-2"
             *         ],
             *         "tagsAdded": [],
             *         "tagsRemoved": []
             *       },
             *       {
             *         "contactId": "abcdef",
             *         "message": "contact id is not a valid firebase id",
             *         "type": "error"
             *       },
             *       {
             *         "contactId": "qFSqySFkVvNzOSqgGqFi",
             *         "message": "contact is deleted",
             *         "type": "error"
             *       },
             *       {
             *         "contactId": "3ualbhnV7j3n3a9r2moD",
             *         "message": "contact does not belong to location",
             *         "type": "error"
             *       }
             *     ]
             */
            responses: string[];
        };
        ContactsBusinessUpdate: {
            /** @example PX8m5VwxEbcpFlzYEPVG */
            locationId: string;
            /**
             * @example [
             *       "IDqvFHGColiyK6jiatuz",
             *       "pOC0uJ97VYOKH2m3fkMD"
             *     ]
             */
            ids: string[];
            /** @example 63b7ec34ea409a9a8bd2a4ff */
            businessId: string | null;
        };
        ContactsBulkUpateResponse: {
            /** @example true */
            success: boolean;
            /**
             * @example [
             *       "pOC0uJ97VYOKH2m3fkMD"
             *     ]
             */
            ids: string[];
        };
        DndSettingSchema: {
            /** @enum {string} */
            status: "active" | "inactive" | "permanent";
            message?: string;
            code?: string;
        };
        DndSettingsSchema: {
            Call?: components["schemas"]["DndSettingSchema"];
            Email?: components["schemas"]["DndSettingSchema"];
            SMS?: components["schemas"]["DndSettingSchema"];
            WhatsApp?: components["schemas"]["DndSettingSchema"];
            GMB?: components["schemas"]["DndSettingSchema"];
            FB?: components["schemas"]["DndSettingSchema"];
        };
        CustomFieldSchema: {
            /** @example MgobCB14YMVKuE4Ka8p1 */
            id?: string;
            /** @example name */
            value?: string;
        };
        AttributionSource: {
            /** @example Trigger Link */
            url: string;
            campaign?: string | null;
            utmSource?: string | null;
            utmMedium?: string | null;
            utmContent?: string | null;
            /** @example https: //www.google.com */
            referrer?: string | null;
            campaignId?: string | null;
            fbclid?: string | null;
            /** @example CjOKCQjwnNyUBhCZARISAI9AYIFtNnIcWcYGIOQINz_ZoFI5SSLRRugSoPZoiEu27IZBY£1-MAIWmEaAo2VEALW_WCB */
            gclid?: string | null;
            msclikid?: string | null;
            dclid?: string | null;
            fbc?: string | null;
            /** @example fb. 1.1674748390986.1171287961 */
            fbp?: string | null;
            /** @example Mozilla/5.0 */
            fbEventId?: string | null;
            /** @example Mozilla/5.0 */
            userAgent?: string | null;
            /** @example 58.111.106.198 */
            ip?: string | null;
            /** @example survey */
            medium?: string | null;
            /** @example FglfHAn30PRwsZVyQlKp */
            mediumId?: string | null;
        };
        GetContectByIdSchema: {
            /** @example seD4PfOuKoVMLkEZqohJ */
            id?: string;
            /** @example rubika deo */
            name?: string;
            /** @example ve9EPM428h8vShlRW1KT */
            locationId?: string;
            /** @example rubika */
            firstName?: string;
            /** @example Deo */
            lastName?: string;
            /** @example rubika@deos.com */
            email?: string;
            /** @example rubika@deos.com */
            emailLowerCase?: string;
            /** @example Asia/Calcutta */
            timezone?: string;
            /** @example DGS VolMAX */
            companyName?: string;
            /** @example +18832327657 */
            phone?: string;
            /** @example true */
            dnd?: boolean;
            dndSettings?: components["schemas"]["DndSettingsSchema"];
            /** @example read */
            type?: string;
            /** @example public api */
            source?: string;
            /** @example ve9EPM428h8vShlRW1KT */
            assignedTo?: string;
            /** @example 3535 1st St N */
            address1?: string;
            /** @example ruDolomitebika */
            city?: string;
            /** @example AL */
            state?: string;
            /** @example US */
            country?: string;
            /** @example 35061 */
            postalCode?: string;
            /** @example https://www.tesla.com */
            website?: string;
            /**
             * @example [
             *       "nisi sint commodo amet",
             *       "consequat"
             *     ]
             */
            tags?: string[];
            /** @example Date format YYYY-MM-DD */
            dateOfBirth?: string;
            /** @example 2021-07-02T05:18:26.704Z */
            dateAdded?: string;
            /** @example 2021-07-02T05:18:26.704Z */
            dateUpdated?: string;
            attachments?: string;
            ssn?: string;
            /** @example test */
            keyword?: string;
            /** @example rubika */
            firstNameLowerCase?: string;
            /** @example rubika deo */
            fullNameLowerCase?: string;
            /** @example deo */
            lastNameLowerCase?: string;
            /** @example 2021-07-16T11:39:30.564Z */
            lastActivity?: string;
            customFields?: components["schemas"]["CustomFieldSchema"][];
            /** @example 641c094001436dbc2081e642 */
            businessId?: string;
            attributionSource?: components["schemas"]["AttributionSource"];
            lastAttributionSource?: components["schemas"]["AttributionSource"];
            /**
             * @description visitorId is the Unique ID assigned to each Live chat visitor.
             * @example ve9EPM428h8vShlRW1KT
             */
            visitorId?: string;
        };
        ContactsByIdSuccessfulResponseDto: {
            contact?: components["schemas"]["GetContectByIdSchema"];
        };
        customFieldsInputArraySchema: {
            /** @example 6dvNaf7VhkQ9snc5vnjJ */
            id: string;
            /** @example my_custom_field */
            key?: string;
            /**
             * @example [
             *       "test",
             *       "test2"
             *     ]
             */
            field_value?: string[];
        };
        customFieldsInputObjectSchema: {
            /** @example 6dvNaf7VhkQ9snc5vnjJ */
            id: string;
            /** @example my_custom_field */
            key?: string;
            /** @example {} */
            field_value?: Record<string, unknown>;
        };
        customFieldsInputStringSchema: {
            /**
             * @description Pass either `id` or `key` of custom field
             * @example 6dvNaf7VhkQ9snc5vnjJ
             */
            id?: string;
            /**
             * @description Pass either `id` or `key` of custom field
             * @example my_custom_field
             */
            key?: string;
            /** @example 9039160788 */
            field_value?: string;
        };
        TextField: {
            /** @example 6dvNaf7VhkQ9snc5vnjJ */
            id: string;
            /** @example my_custom_field */
            key?: string;
            /** @example My Text */
            field_value?: string;
        };
        LargeTextField: {
            /** @example 6dvNaf7VhkQ9snc5vnjJ */
            id: string;
            /** @example my_custom_field */
            key?: string;
            /** @example My Text */
            field_value?: string;
        };
        SingleSelectField: {
            /** @example 6dvNaf7VhkQ9snc5vnjJ */
            id: string;
            /** @example my_custom_field */
            key?: string;
            /** @example My Selected Option */
            field_value?: string;
        };
        RadioField: {
            /** @example 6dvNaf7VhkQ9snc5vnjJ */
            id: string;
            /** @example my_custom_field */
            key?: string;
            /** @example My Selected Option */
            field_value?: string;
        };
        NumericField: {
            /** @example 6dvNaf7VhkQ9snc5vnjJ */
            id: string;
            /** @example my_custom_field */
            key?: string;
            /** @example 100 */
            field_value?: Record<string, unknown>;
        };
        MonetoryField: {
            /** @example 6dvNaf7VhkQ9snc5vnjJ */
            id: string;
            /** @example my_custom_field */
            key?: string;
            /** @example 100.5 */
            field_value?: Record<string, unknown>;
        };
        CheckboxField: {
            /** @example 6dvNaf7VhkQ9snc5vnjJ */
            id: string;
            /** @example my_custom_field */
            key?: string;
            /**
             * @example [
             *       "test",
             *       "test2"
             *     ]
             */
            field_value?: string[];
        };
        MultiSelectField: {
            /** @example 6dvNaf7VhkQ9snc5vnjJ */
            id: string;
            /** @example my_custom_field */
            key?: string;
            /**
             * @example [
             *       "test",
             *       "test2"
             *     ]
             */
            field_value?: string[];
        };
        FileField: {
            /** @example 6dvNaf7VhkQ9snc5vnjJ */
            id: string;
            /** @example my_custom_field */
            key?: string;
            /**
             * @example {
             *       "f31175d4-2b06-4fc6-b7bc-74cd814c68cb": {
             *         "meta": {
             *           "fieldname": "1HeGizb13P0odwgOgKSs",
             *           "originalname": "IMG_20231215_164412935.jpg",
             *           "encoding": "7bit",
             *           "mimetype": "image/jpeg",
             *           "size": 1786611,
             *           "uuid": "f31175d4-2b06-4fc6-b7bc-74cd814c68cb"
             *         },
             *         "url": "https://services.leadconnectorhq.com/documents/download/w2M9qTZ0ZJz8rGt02jdJ",
             *         "documentId": "w2M9qTZ0ZJz8rGt02jdJ"
             *       }
             *     }
             */
            field_value?: Record<string, unknown>;
        };
        InboundDndSettingSchema: {
            /** @enum {string} */
            status: "active" | "inactive";
            message?: string;
        };
        InboundDndSettingsSchema: {
            all?: components["schemas"]["InboundDndSettingSchema"];
        };
        CreateContactDto: {
            /** @example Rosan */
            firstName?: string | null;
            /** @example Deo */
            lastName?: string | null;
            /** @example Rosan Deo */
            name?: string | null;
            /** Format: email */
            email?: string | null;
            locationId: string;
            /** @example male */
            gender?: string;
            /** @example +1 888-888-8888 */
            phone?: string | null;
            /** @example 3535 1st St N */
            address1?: string | null;
            /** @example Dolomite */
            city?: string | null;
            /** @example AL */
            state?: string | null;
            /** @example 35061 */
            postalCode?: string;
            /** @example https://www.tesla.com */
            website?: string | null;
            /** @example America/Chihuahua */
            timezone?: string | null;
            /** @example true */
            dnd?: boolean;
            dndSettings?: components["schemas"]["DndSettingsSchema"];
            inboundDndSettings?: components["schemas"]["InboundDndSettingsSchema"];
            /**
             * @example [
             *       "nisi sint commodo amet",
             *       "consequat"
             *     ]
             */
            tags?: string[];
            customFields?: {
                id?: string;
                key?: string;
                field_value?: string | number | boolean | unknown[] | Record<string, unknown> | null;
            }[];
            /** @example public api */
            source?: string;
            /** @description Supported formats: YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY */
            dateOfBirth?: string | Record<string, unknown> | null;
            /** @example US */
            country?: string;
            /** @example DGS VolMAX */
            companyName?: string | null;
            /**
             * @description User's Id
             * @example y0BeYjuRIlDwsDcOHOJo
             */
            assignedTo?: string;
        };
        CreateContactSchema: {
            /** @example seD4PfOuKoVMLkEZqohJ */
            id?: string;
            /** @example 2021-08-31T09:59:41.937Z */
            dateAdded?: string;
            /** @example 2021-08-31T09:59:41.937Z */
            dateUpdated?: string;
            /** @example false */
            deleted?: boolean;
            /**
             * @example [
             *       "nisi sint commodo amet",
             *       "consequat"
             *     ]
             */
            tags?: string[];
            /** @example read */
            type?: string;
            customFields?: components["schemas"]["CustomFieldSchema"][];
            /** @example ve9EPM428h8vShlRW1KT */
            locationId?: string;
            /** @example rubika */
            firstName?: string;
            /** @example rubika */
            firstNameLowerCase?: string;
            /** @example rubika deo */
            fullNameLowerCase?: string;
            /** @example Deo */
            lastName?: string;
            /** @example deo */
            lastNameLowerCase?: string;
            /** @example rubika@deos.com */
            email?: string;
            /** @example rubika@deos.com */
            emailLowerCase?: string;
            /** @example false */
            bounceEmail?: boolean;
            /** @example false */
            unsubscribeEmail?: boolean;
            /** @example true */
            dnd?: boolean;
            dndSettings?: components["schemas"]["DndSettingsSchema"];
            /** @example +18832327657 */
            phone?: string;
            /** @example 3535 1st St N */
            address1?: string;
            /** @example ruDolomitebika */
            city?: string;
            /** @example AL */
            state?: string;
            /** @example US */
            country?: string;
            /** @example 35061 */
            postalCode?: string;
            /** @example https://www.tesla.com */
            website?: string;
            /** @example public api */
            source?: string;
            /** @example DGS VolMAX */
            companyName?: string;
            /** @example Date format will be  YYYY-MM-DDTHH:mm:ss.sssZ and  Example 1990-09-25T00:00:00.000Z */
            dateOfBirth?: string;
            /** @example 8 */
            birthMonth?: number;
            /** @example 25 */
            birthDay?: number;
            /** @example 2021-07-16T11:39:30.564Z */
            lastSessionActivityAt?: string;
            /** @example [] */
            offers?: string[];
            /** @example [] */
            products?: string[];
            /** @example 641c094001436dbc2081e642 */
            businessId?: string;
            /**
             * @description User's Id
             * @example y0BeYjuRIlDwsDcOHOJo
             */
            assignedTo?: string;
        };
        CreateContactsSuccessfulResponseDto: {
            contact?: components["schemas"]["CreateContactSchema"];
        };
        UpdateContactDto: {
            /** @example rosan */
            firstName?: string | null;
            /** @example Deo */
            lastName?: string | null;
            /** @example rosan Deo */
            name?: string | null;
            /** Format: email */
            email?: string | null;
            /** @example +1 888-888-8888 */
            phone?: string | null;
            /** @example 3535 1st St N */
            address1?: string | null;
            /** @example Dolomite */
            city?: string | null;
            /** @example AL */
            state?: string | null;
            /** @example 35061 */
            postalCode?: string;
            /** @example https://www.tesla.com */
            website?: string | null;
            /** @example America/Chihuahua */
            timezone?: string | null;
            /** @example true */
            dnd?: boolean;
            dndSettings?: components["schemas"]["DndSettingsSchema"];
            inboundDndSettings?: components["schemas"]["InboundDndSettingsSchema"];
            /**
             * @description This field will overwrite all current tags associated with the contact. To update a tags, it is recommended to use the Add Tag or Remove Tag API instead.
             * @example [
             *       "nisi sint commodo amet",
             *       "consequat"
             *     ]
             */
            tags?: string[];
            customFields?: {
                id?: string;
                key?: string;
                field_value?: string | number | boolean | unknown[] | Record<string, unknown> | null;
            }[];
            /** @example public api */
            source?: string | null;
            /** @description Supported formats: YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY */
            dateOfBirth?: string | Record<string, unknown> | null;
            /** @example US */
            country?: string;
            /**
             * @description User's Id
             * @example y0BeYjuRIlDwsDcOHOJo
             */
            assignedTo?: string | null;
        };
        UpdateContactsSuccessfulResponseDto: {
            /** @example true */
            succeded?: boolean;
            contact?: components["schemas"]["GetContectByIdSchema"];
        };
        UpsertContactDto: {
            /** @example Rosan */
            firstName?: string | null;
            /** @example Deo */
            lastName?: string | null;
            /** @example Rosan Deo */
            name?: string | null;
            /** Format: email */
            email?: string | null;
            locationId: string;
            /** @example male */
            gender?: string;
            /** @example +1 888-888-8888 */
            phone?: string | null;
            /** @example 3535 1st St N */
            address1?: string | null;
            /** @example Dolomite */
            city?: string | null;
            /** @example AL */
            state?: string | null;
            /** @example 35061 */
            postalCode?: string;
            /** @example https://www.tesla.com */
            website?: string | null;
            /** @example America/Chihuahua */
            timezone?: string | null;
            /** @example true */
            dnd?: boolean;
            dndSettings?: components["schemas"]["DndSettingsSchema"];
            inboundDndSettings?: components["schemas"]["InboundDndSettingsSchema"];
            /**
             * @description This field will overwrite all current tags associated with the contact. To update a tags, it is recommended to use the Add Tag or Remove Tag API instead.
             * @example [
             *       "nisi sint commodo amet",
             *       "consequat"
             *     ]
             */
            tags?: string[];
            customFields?: {
                id?: string;
                key?: string;
                field_value?: string | number | boolean | unknown[] | Record<string, unknown> | null;
            }[];
            /** @example public api */
            source?: string;
            /** @description Supported formats: YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY */
            dateOfBirth?: string | Record<string, unknown> | null;
            /** @example US */
            country?: string;
            /** @example DGS VolMAX */
            companyName?: string | null;
            /**
             * @description User's Id
             * @example y0BeYjuRIlDwsDcOHOJo
             */
            assignedTo?: string;
            /**
             * @description Controls whether to create a new contact or update an existing duplicate. **Scenario 1:** If this value is `true` and the location allows duplicate contacts, a new contact will be created immediately without checking for duplicates. **Scenario 2:** If this value is `true` but the location does not allow duplicate contacts, this field is ignored and the normal upsert behavior applies: the API will search for an existing duplicate contact, update it if found, or create a new contact if not found. **Scenario 3:** If this value is `false` or not provided, the normal upsert behavior applies regardless of the location's duplicate contact setting.
             * @default false
             * @example false
             */
            createNewIfDuplicateAllowed?: boolean;
        };
        UpsertContactsSuccessfulResponseDto: {
            /** @example true */
            new?: boolean;
            contact?: components["schemas"]["GetContectByIdSchema"];
            traceId?: string;
        };
        DeleteContactsSuccessfulResponseDto: {
            /** @example true */
            succeded?: boolean;
        };
        ContactsSearchSchema: {
            /** @example ocQHyuzHvysMo5N5VsXc */
            id?: string;
            /** @example C2QujeCh8ZnC7al2InWR */
            locationId?: string;
            /** @example JohnDeo@gmail.com */
            email?: string;
            /** @example Asia/Calcutta */
            timezone?: string;
            /** @example DE */
            country?: string;
            /** @example xyz form */
            source?: string;
            /** @example 2020-10-29T09:31:30.255Z */
            dateAdded?: string;
            customFields?: components["schemas"]["CustomFieldSchema"][];
            /**
             * @example [
             *       "nisi sint commodo amet",
             *       "consequat"
             *     ]
             */
            tags?: string[];
            /** @example 641c094001436dbc2081e642 */
            businessId?: string;
            attributions?: components["schemas"]["AttributionSource"][];
            /** @example 641c094001436dbc2081e642 */
            followers?: string[];
        };
        ContactsMetaSchema: {
            /** @example 50 */
            total?: number;
            /** @example http://localhost:5058/contacts/?locationId=ve9EPM428h8vShlRW1KT&startAfter=1631087949919&startAfterId=yd0jdjOavGk2o6Nh5Ndb */
            nextPageUrl?: string;
            /** @example yd0jdjOavGk2o6Nh5Ndb */
            startAfterId?: string;
            /** @example 1631087949919 */
            startAfter?: number;
            /** @example 2 */
            currentPage?: number;
            /** @example 3 */
            nextPage?: number;
            /** @example 1 */
            prevPage?: number | null;
        };
        ContactsSearchSuccessfulResponseDto: {
            contacts?: components["schemas"]["ContactsSearchSchema"][];
            /** @example 10 */
            count?: number;
        };
        FollowersDTO: {
            /**
             * @example [
             *       "sx6wyHhbFdRXh302Lunr",
             *       "sx6wyHhbFdRXh302Lunr"
             *     ]
             */
            followers: string[];
        };
        CreateAddFollowersSuccessfulResponseDto: {
            /**
             * @example [
             *       "sx6wyHhbFdRXh302Lunr",
             *       "sx6wyHhbFdRXh302LLss"
             *     ]
             */
            followers?: string[];
            /**
             * @example [
             *       "Mx6wyHhbFdRXh302Luer",
             *       "Ka6wyHhbFdRXh302LLsAm"
             *     ]
             */
            followersAdded?: string[];
        };
        DeleteFollowersSuccessfulResponseDto: {
            /**
             * @example [
             *       "sx6wyHhbFdRXh302Lunr",
             *       "sx6wyHhbFdRXh302LLss"
             *     ]
             */
            followers?: string[];
            /**
             * @example [
             *       "Mx6wyHhbFdRXh302Luer",
             *       "Ka6wyHhbFdRXh302LLsAm"
             *     ]
             */
            followersRemoved?: string[];
        };
        AddContactToCampaignDto: Record<string, unknown>;
        CreateDeleteCantactsCampaignsSuccessfulResponseDto: {
            /** @example true */
            succeded?: boolean;
        };
        CreateWorkflowDto: {
            /** @example 2021-06-23T03:30:00+01:00 */
            eventStartTime?: string;
        };
        ContactsWorkflowSuccessfulResponseDto: {
            /** @example true */
            succeded?: boolean;
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
    "search-contacts-advanced": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchBodyV2DTO"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "get-duplicate-contact": {
        parameters: {
            query: {
                /** @description Location Id */
                locationId: string;
                /** @description Phone Number - Pass in URL Encoded form. i.e +1423164516 will become `%2B1423164516` */
                number?: string;
                /** @description Email - Pass in URL Encoded form. i.e test+abc@gmail.com will become `test%2Babc%40gmail.com` */
                email?: string;
            };
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    "get-all-tasks": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
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
                    "application/json": components["schemas"]["TasksListSuccessfulResponseDto"];
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
    "create-task": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskParams"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskByIsSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "get-task": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
                /** @description Task Id */
                taskId: string;
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
                    "application/json": components["schemas"]["TaskByIsSuccessfulResponseDto"];
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
    "update-task": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
                /** @description Task Id */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskBody"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskByIsSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "delete-task": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
                /** @description Task Id */
                taskId: string;
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
                    "application/json": components["schemas"]["DeleteTaskSuccessfulResponseDto"];
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
    "update-task-completed": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
                /** @description Task Id */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskStatusParams"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskByIsSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "get-appointments-for-contact": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
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
                    "application/json": components["schemas"]["GetEventsSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "add-tags": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagsDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAddTagSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "remove-tags": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagsDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDeleteTagSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "get-all-notes": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
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
    "create-note": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
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
            /** @description Unprocessable Entity */
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
    "get-note": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
                /** @description Note Id */
                id: string;
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
            /** @description Unprocessable Entity */
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
    "update-note": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
                /** @description Note Id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNoteDTO"];
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
            /** @description Unprocessable Entity */
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
    "delete-note": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
                /** @description Note Id */
                id: string;
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
            /** @description Unprocessable Entity */
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
    "create-association": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTagsDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTagsResponseDTO"];
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
            /** @description Unprocessable Entity */
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
    "add-remove-contact-from-business": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactsBusinessUpdate"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsBulkUpateResponse"];
                };
            };
            /** @description Unprocessable Entity */
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
    "get-contact": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
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
                    "application/json": components["schemas"]["ContactsByIdSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "update-contact": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactDto"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateContactsSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "delete-contact": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
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
                    "application/json": components["schemas"]["DeleteContactsSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "upsert-contact": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertContactDto"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertContactsSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "get-contacts-by-businessId": {
        parameters: {
            query: {
                limit?: string;
                locationId: string;
                skip?: string;
                query?: string;
            };
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                businessId: string;
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
                    "application/json": components["schemas"]["ContactsSearchSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "add-followers-contact": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowersDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAddFollowersSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "remove-followers-contact": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowersDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteFollowersSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "add-contact-to-campaign": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
                /** @description Campaigns Id */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddContactToCampaignDto"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDeleteCantactsCampaignsSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "remove-contact-from-campaign": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
                /** @description Campaigns Id */
                campaignId: string;
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
                    "application/json": components["schemas"]["CreateDeleteCantactsCampaignsSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "remove-contact-from-every-campaign": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
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
                    "application/json": components["schemas"]["CreateDeleteCantactsCampaignsSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "add-contact-to-workflow": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
                /** @description Workflow Id */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowDto"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsWorkflowSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "delete-contact-from-workflow": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Contact Id */
                contactId: string;
                /** @description Workflow Id */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowDto"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsWorkflowSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "get-contacts": {
        parameters: {
            query: {
                /** @description Location Id */
                locationId: string;
                /** @description Start After Id */
                startAfterId?: string;
                /** @description Start Afte */
                startAfter?: number;
                /** @description Contact Query */
                query?: string;
                /** @description Limit Per Page records count. will allow maximum up to 100 and default will be 20 */
                limit?: number;
            };
            header: {
                /** @description API Version */
                Version: "2021-07-28";
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
                    "application/json": components["schemas"]["ContactsSearchSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
    "create-contact": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactDto"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateContactsSuccessfulResponseDto"];
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
            /** @description Unprocessable Entity */
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
}

// GENERATED FILE — do not edit. Regenerate with `npm run generate:types` (scripts/generate-types.ts).
// TypeScript types of HighLevel's official OpenAPI spec sandbox/spec/apps/opportunities.json,
// with its $refs into sandbox/spec/common/common-schemas.json resolved,
// by openapi-typescript 7.13.0, with the fixes of lib/resources/spec-overrides.ts applied to components.schemas first.
// Bodies: operations[operationId]['requestBody' | 'responses'], components['schemas'][name].

export interface paths {
    "/opportunities/lost-reason": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get lost reason
         * @description Get lost reason
         */
        get: operations["get-lost-reason"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Opportunity
         * @description Search Opportunity
         */
        get: operations["search-opportunity"];
        put?: never;
        /**
         * Search Opportunities
         * @description Search Opportunities based on combinations of advanced filters. Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-424216/7bf11bc9b94f80f
         */
        post: operations["search-opportunities-advanced"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Pipelines
         * @description Get Pipelines
         */
        get: operations["get-pipelines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Opportunity
         * @description Get Opportunity
         */
        get: operations["get-opportunity"];
        /**
         * Update Opportunity
         * @description Update Opportunity
         */
        put: operations["update-opportunity"];
        post?: never;
        /**
         * Delete Opportunity
         * @description Delete Opportunity
         */
        delete: operations["delete-opportunity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Opportunity Status
         * @description Update Opportunity Status
         */
        put: operations["update-opportunity-status"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert Opportunity
         * @description Upsert Opportunity
         */
        post: operations["Upsert-opportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}/followers": {
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
        post: operations["add-followers-opportunity"];
        /**
         * Remove Followers
         * @description Allows removal of one or all followers from an opportunity.
         */
        delete: operations["remove-followers-opportunity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Opportunity
         * @description Create Opportunity
         */
        post: operations["create-opportunity"];
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
        LostReasonResponseSchema: {
            /**
             * @description lost reason id
             * @example ve9EPM428h8vShlRW1KT
             */
            id?: string;
            /**
             * @description lost reason name
             * @example lost reason
             */
            name?: string;
            /**
             * @description location id
             * @example location_id
             */
            locationId?: string;
            /**
             * Format: date-time
             * @description updated at
             * @example 2023-06-19T12:04:22.488Z
             */
            updatedAt?: string;
            /**
             * Format: date-time
             * @description created at
             * @example 2023-06-19T12:04:22.488Z
             */
            createdAt?: string;
        };
        LostReasonsResponseSchema: {
            lostReasons?: components["schemas"]["LostReasonResponseSchema"][];
            /** @example 100 */
            total?: number;
        };
        SearchOpportunitiesContactResponseSchema: {
            /** @example byMEV0NQinDhq8ZfiOi2 */
            id?: string;
            /** @example John Deo */
            name?: string;
            /** @example Tesla Inc */
            companyName?: string;
            /** @example john@deo.com */
            email?: string;
            /** @example +1202-555-0107 */
            phone?: string;
            tags?: string[];
        };
        CustomFieldResponseSchema: {
            /** @example MgobCB14YMVKuE4Ka8p1 */
            id: string;
            /** @description The value of the custom field */
            fieldValue: string | Record<string, unknown> | string[] | Record<string, unknown>[];
        };
        SearchOpportunitiesResponseSchema: {
            /** @example yWQobCRIhRguQtD2llvk */
            id?: string;
            /** @example testing */
            name?: string;
            /** @example 500 */
            monetaryValue?: number;
            /** @example VDm7RPYC2GLUvdpKmBfC */
            pipelineId?: string;
            /** @example e93ba61a-53b3-45e7-985a-c7732dbcdb69 */
            pipelineStageId?: string;
            /** @example zT46WSCPbudrq4zhWMk6 */
            assignedTo?: string;
            /** @example open */
            status?: string;
            /** @example  */
            source?: string;
            /** @example 2021-08-03T04:55:17.355Z */
            lastStatusChangeAt?: string;
            /** @example 2021-08-03T04:55:17.355Z */
            lastStageChangeAt?: string;
            /** @example 2021-08-03T04:55:17.355Z */
            lastActionDate?: string;
            /** @example 1 */
            indexVersion?: string;
            /** @example 2021-08-03T04:55:17.355Z */
            createdAt?: string;
            /** @example 2021-08-03T04:55:17.355Z */
            updatedAt?: string;
            /** @example zT46WSCPbudrq4zhWMk6 */
            contactId?: string;
            /** @example zT46WSCPbudrq4zhW */
            locationId?: string;
            contact?: components["schemas"]["SearchOpportunitiesContactResponseSchema"];
            notes?: unknown[][];
            tasks?: unknown[][];
            calendarEvents?: unknown[][];
            /** @example zT46WSCPbudrq4zhWMk6 */
            lostReasonId?: string;
            customFields?: components["schemas"]["CustomFieldResponseSchema"][];
            followers?: unknown[][];
            externalObjectId?: string;
        };
        SearchMetaResponseSchema: {
            /** @example 1 */
            total?: number;
            /** @example http://localhost:5066/opportunities/search?q=&location_id=ve9EPM428h8vShlRW1KT&pipeline_id=&pipeline_stage_id=&status=&assigned_to+=&campaignId=&id=&order=&endDate=&startAfter=1625203104328&startAfterId=yWQobCRIhRguQtD2llvk&date=&limit=1&country=&page=1 */
            nextPageUrl?: string;
            /** @example yWQobCRIhRguQtD2llvk */
            startAfterId?: string;
            /** @example 1625203104328 */
            startAfter?: number;
            /** @example 2 */
            currentPage?: number;
            /** @example 3 */
            nextPage?: number;
            /** @example 1 */
            prevPage?: number;
        };
        SearchSuccessfulResponseDto: {
            opportunities?: components["schemas"]["SearchOpportunitiesResponseSchema"][];
            meta?: components["schemas"]["SearchMetaResponseSchema"];
            aggregations?: Record<string, unknown>;
        };
        AdditionalDetailsDTO: {
            notes?: boolean;
            tasks?: boolean;
            calendarEvents?: boolean;
            unReadConversations?: boolean;
        };
        OpportunitySearchBodyDTO: {
            /**
             * @description Location Id
             * @example i2SpAtBVHSVea1sL6oah
             */
            locationId: string;
            query?: string;
            limit?: number;
            page?: number;
            searchAfter?: string[];
            additionalDetails?: components["schemas"]["AdditionalDetailsDTO"];
        };
        PostSearchSuccessfulResponseDto: {
            opportunities?: components["schemas"]["SearchOpportunitiesResponseSchema"][];
            /** @example 100 */
            total: number;
            aggregations?: Record<string, unknown>;
        };
        PipelinesResponseSchema: {
            /** @example aWdODOBVOlH1RUFKWQke */
            id?: string;
            /** @example new pipeline */
            name?: string;
            stages?: unknown[][];
            /** @example false */
            showInFunnel?: boolean;
            /** @example true */
            showInPieChart?: boolean;
            /** @example dsjddjkndadqaja */
            locationId?: string;
            /**
             * @description How pipeline/stage colors are rendered
             * @enum {string}
             */
            colorRenderMode?: "dot" | "bg-tint" | "none";
        };
        GetPipelinesSuccessfulResponseDto: {
            pipelines?: components["schemas"]["PipelinesResponseSchema"][];
        };
        GetPostOpportunitySuccessfulResponseDto: {
            opportunity?: components["schemas"]["SearchOpportunitiesResponseSchema"];
        };
        DeleteUpdateOpportunitySuccessfulResponseDto: {
            /** @example true */
            succeded?: boolean;
        };
        UpdateStatusDto: {
            /** @enum {string} */
            status: "open" | "won" | "lost" | "abandoned" | "all";
            /**
             * @description lost reason Id
             * @example CLu7BaljjqrEjBGKTNNe
             */
            lostReasonId?: string;
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
        CreateDto: {
            /**
             * @description pipeline Id
             * @example VDm7RPYC2GLUvdpKmBfC
             */
            pipelineId: string;
            /** @example ve9EPM428h8vShlRW1KT */
            locationId: string;
            /** @example First Opps */
            name: string;
            /** @example 7915dedc-8f18-44d5-8bc3-77c04e994a10 */
            pipelineStageId?: string;
            /** @enum {string} */
            status: "open" | "won" | "lost" | "abandoned" | "all";
            /** @example mTkSCb1UBjb5tk4OvB69 */
            contactId: string;
            /** @example 220 */
            monetaryValue?: number;
            /** @example 082goXVW3lIExEQPOnd3 */
            assignedTo?: string;
            customFields?: {
                id?: string;
                key?: string;
                field_value?: string | number | boolean | unknown[] | Record<string, unknown> | null;
            }[];
        };
        UpdateOpportunityDto: {
            /**
             * @description pipeline Id
             * @example bCkKGpDsyPP4peuKowkG
             */
            pipelineId?: string;
            /** @example First Opps */
            name?: string;
            /** @example 7915dedc-8f18-44d5-8bc3-77c04e994a10 */
            pipelineStageId?: string;
            /** @enum {string} */
            status?: "open" | "won" | "lost" | "abandoned" | "all";
            /** @example 220 */
            monetaryValue?: number;
            /** @example 082goXVW3lIExEQPOnd3 */
            assignedTo?: string;
            customFields?: {
                id?: string;
                key?: string;
                field_value?: string | number | boolean | unknown[] | Record<string, unknown> | null;
            }[];
        };
        UpsertOpportunityDto: {
            /**
             * @description opportunityId
             * @example yWQobCRIhRguQtD2llvk
             */
            id?: string;
            /**
             * @description pipeline Id
             * @example bCkKGpDsyPP4peuKowkG
             */
            pipelineId: string;
            /**
             * @description locationId
             * @example CLu7BaljjqrEjBGKTNNe
             */
            locationId: string;
            /**
             * @description contactId
             * @example LiKJ2vnRg5ETM8Z19K7
             */
            followers?: string[];
            /**
             * @description isRemoveAllFollowers
             * @example true
             */
            isRemoveAllFollowers?: boolean;
            /**
             * @description followers action type
             * @example add
             * @enum {string}
             */
            followersActionType?: "add" | "remove";
            /**
             * @description name
             * @example opportunity name
             */
            name?: string;
            /** @enum {string} */
            status?: "open" | "won" | "lost" | "abandoned" | "all";
            /** @example 7915dedc-8f18-44d5-8bc3-77c04e994a10 */
            pipelineStageId?: string;
            monetaryValue?: number;
            /** @example 082goXVW3lIExEQPOnd3 */
            assignedTo?: string;
            /**
             * @description lost reason Id
             * @example CLu7BaljjqrEjBGKTNNe
             */
            lostReasonId?: string;
            contactId?: string;
        };
        UpsertOpportunitySuccessfulResponseDto: {
            /** @description Updated / New Opportunity */
            opportunity: Record<string, unknown>;
            /** @example true */
            new: boolean;
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
    "get-lost-reason": {
        parameters: {
            query: {
                locationId: string;
                /** @description lost reason name */
                name?: string;
                /** @description deleted */
                deleted?: boolean;
                /** @description search query */
                query?: string;
                /** @description skip */
                skip?: number;
                /** @description limit */
                limit?: number;
                /** @description get count */
                getCount?: boolean;
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
                    "application/json": components["schemas"]["LostReasonsResponseSchema"];
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
    "search-opportunity": {
        parameters: {
            query: {
                q?: string;
                /** @description Location Id */
                location_id: string;
                /** @description Pipeline Id */
                pipeline_id?: string;
                /** @description stage Id */
                pipeline_stage_id?: string;
                /** @description Contact Id */
                contact_id?: string;
                status?: "open" | "won" | "lost" | "abandoned" | "all";
                assigned_to?: string;
                /** @description Campaign Id */
                campaignId?: string;
                /** @description Opportunity Id */
                id?: string;
                order?: string;
                /** @description End date */
                endDate?: string;
                /** @description Start After */
                startAfter?: string;
                /** @description Start After Id */
                startAfterId?: string;
                /** @description Start date */
                date?: string;
                country?: string;
                page?: number;
                /** @description Limit Per Page records count. will allow maximum up to 100 and default will be 20 */
                limit?: number;
                /** @description get Tasks in contact */
                getTasks?: boolean;
                /** @description get Notes in contact */
                getNotes?: boolean;
                /** @description get Calender event in contact */
                getCalendarEvents?: boolean;
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
                    "application/json": components["schemas"]["SearchSuccessfulResponseDto"];
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
    "search-opportunities-advanced": {
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
                "application/json": components["schemas"]["OpportunitySearchBodyDTO"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostSearchSuccessfulResponseDto"];
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
    "get-pipelines": {
        parameters: {
            query: {
                locationId: string;
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
                    "application/json": components["schemas"]["GetPipelinesSuccessfulResponseDto"];
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
    "get-opportunity": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Opportunity Id */
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
                    "application/json": components["schemas"]["GetPostOpportunitySuccessfulResponseDto"];
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
    "update-opportunity": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Opportunity Id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOpportunityDto"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPostOpportunitySuccessfulResponseDto"];
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
    "delete-opportunity": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Opportunity Id */
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
                    "application/json": components["schemas"]["DeleteUpdateOpportunitySuccessfulResponseDto"];
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
    "update-opportunity-status": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Opportunity Id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStatusDto"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteUpdateOpportunitySuccessfulResponseDto"];
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
    "Upsert-opportunity": {
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
                "application/json": components["schemas"]["UpsertOpportunityDto"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertOpportunitySuccessfulResponseDto"];
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
    "add-followers-opportunity": {
        parameters: {
            query?: never;
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Opportunity Id */
                id: string;
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
    "remove-followers-opportunity": {
        parameters: {
            query?: {
                isRemoveAllFollowers?: boolean;
            };
            header: {
                /** @description API Version */
                Version: "2021-07-28";
            };
            path: {
                /** @description Opportunity Id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowersDTO"];
            };
        };
        responses: {
            /** @description Followers successfully removed. */
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
    "create-opportunity": {
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
                "application/json": components["schemas"]["CreateDto"];
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPostOpportunitySuccessfulResponseDto"];
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

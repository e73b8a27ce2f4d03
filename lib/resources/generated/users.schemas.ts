// GENERATED FILE — do not edit. Regenerate with `npm run generate:types` (scripts/generate-types.ts).
// JSON Schemas of the application/json request bodies in sandbox/spec/apps/users.json,
// with its $refs into sandbox/spec/common/common-schemas.json resolved,
// keyed by operationId, each self-contained (its $refs point into its own `definitions`), `example`s dropped.
// The spec as it is: validate-body.ts applies lib/resources/spec-overrides.ts on top, at run time.

export const schemas = {
  "filter-users-by-email": {
    "$ref": "#/definitions/FilterByEmailDto",
    "definitions": {
      "FilterByEmailDto": {
        "type": "object",
        "properties": {
          "companyId": {
            "type": "string",
            "description": "Company ID to filter users"
          },
          "emails": {
            "type": "string",
            "description": "Comma-separated list of email addresses to filter users"
          },
          "deleted": {
            "type": "boolean",
            "description": "Filter deleted users",
            "default": false
          },
          "skip": {
            "type": "string",
            "default": "0",
            "description": "No of results to be skipped before returning the result"
          },
          "limit": {
            "type": "string",
            "default": "25",
            "description": "No of results to be limited before returning the result"
          },
          "projection": {
            "type": "string",
            "description": "Projection fields to return. Use \"all\" for all fields, or specify comma-separated field names. Default returns only id and email"
          }
        },
        "required": [
          "companyId",
          "emails"
        ]
      }
    }
  },
  "update-user": {
    "$ref": "#/definitions/UpdateUserDto",
    "definitions": {
      "PermissionsDto": {
        "type": "object",
        "properties": {
          "campaignsEnabled": {
            "type": "boolean",
            "default": true
          },
          "campaignsReadOnly": {
            "type": "boolean",
            "default": false
          },
          "contactsEnabled": {
            "type": "boolean",
            "default": true
          },
          "workflowsEnabled": {
            "type": "boolean",
            "default": true
          },
          "workflowsReadOnly": {
            "type": "boolean",
            "default": false
          },
          "triggersEnabled": {
            "type": "boolean",
            "default": true
          },
          "funnelsEnabled": {
            "type": "boolean",
            "default": true
          },
          "websitesEnabled": {
            "type": "boolean",
            "default": false
          },
          "opportunitiesEnabled": {
            "type": "boolean",
            "default": true
          },
          "dashboardStatsEnabled": {
            "type": "boolean",
            "default": true
          },
          "bulkRequestsEnabled": {
            "type": "boolean",
            "default": true
          },
          "appointmentsEnabled": {
            "type": "boolean",
            "default": true
          },
          "reviewsEnabled": {
            "type": "boolean",
            "default": true
          },
          "onlineListingsEnabled": {
            "type": "boolean",
            "default": true
          },
          "phoneCallEnabled": {
            "type": "boolean",
            "default": true
          },
          "conversationsEnabled": {
            "type": "boolean",
            "default": true
          },
          "assignedDataOnly": {
            "type": "boolean",
            "default": false
          },
          "adwordsReportingEnabled": {
            "type": "boolean",
            "default": false
          },
          "membershipEnabled": {
            "type": "boolean",
            "default": false
          },
          "facebookAdsReportingEnabled": {
            "type": "boolean",
            "default": false
          },
          "attributionsReportingEnabled": {
            "type": "boolean",
            "default": false
          },
          "settingsEnabled": {
            "type": "boolean",
            "default": true
          },
          "tagsEnabled": {
            "type": "boolean",
            "default": true
          },
          "leadValueEnabled": {
            "type": "boolean",
            "default": true
          },
          "marketingEnabled": {
            "type": "boolean",
            "default": true
          },
          "agentReportingEnabled": {
            "type": "boolean",
            "default": true
          },
          "botService": {
            "type": "boolean",
            "default": false
          },
          "socialPlanner": {
            "type": "boolean",
            "default": true
          },
          "bloggingEnabled": {
            "type": "boolean",
            "default": true
          },
          "invoiceEnabled": {
            "type": "boolean",
            "default": true
          },
          "affiliateManagerEnabled": {
            "type": "boolean",
            "default": true
          },
          "contentAiEnabled": {
            "type": "boolean",
            "default": true
          },
          "refundsEnabled": {
            "type": "boolean",
            "default": true
          },
          "recordPaymentEnabled": {
            "type": "boolean",
            "default": true
          },
          "cancelSubscriptionEnabled": {
            "type": "boolean",
            "default": true
          },
          "paymentsEnabled": {
            "type": "boolean",
            "default": true
          },
          "communitiesEnabled": {
            "type": "boolean",
            "default": true
          },
          "exportPaymentsEnabled": {
            "type": "boolean",
            "default": true
          }
        }
      },
      "UpdateUserDto": {
        "type": "object",
        "properties": {
          "firstName": {
            "type": "string"
          },
          "lastName": {
            "type": "string"
          },
          "email": {
            "type": "string",
            "deprecated": true,
            "description": "Email update is no longer supported due to security reasons."
          },
          "password": {
            "type": "string"
          },
          "phone": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "role": {
            "type": "string"
          },
          "companyId": {
            "type": "string",
            "description": "Company/Agency Id. Required for Agency Level access"
          },
          "locationIds": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "permissions": {
            "$ref": "#/definitions/PermissionsDto"
          },
          "scopes": {
            "type": "array",
            "description": "Scopes allowed for users. Only scopes that have been passed will be enabled. If passed empty all the scopes will be get disabled",
            "items": {
              "type": "string",
              "enum": [
                "campaigns.readonly",
                "campaigns.write",
                "calendars.readonly",
                "calendars/events.write",
                "calendars/groups.write",
                "calendars.write",
                "contacts.write",
                "contacts/bulkActions.write",
                "workflows.readonly",
                "workflows.write",
                "triggers.write",
                "funnels.write",
                "forms.write",
                "surveys.write",
                "quizzes.write",
                "websites.write",
                "medias.write",
                "medias.readonly",
                "opportunities.write",
                "opportunities/leadValue.readonly",
                "opportunities/bulkActions.write",
                "reporting/phone.readonly",
                "reporting/adwords.readonly",
                "reporting/facebookAds.readonly",
                "reporting/attributions.readonly",
                "prospecting/auditReport.write",
                "reporting/reports.readonly",
                "reporting/agent.readonly",
                "reporting/reports.write",
                "reporting/stats.export",
                "payments.write",
                "payments/records.write",
                "payments/orders.readonly",
                "payments/orders.export",
                "payments/orders.import",
                "payments/orders.collectPayment",
                "payments/subscriptions.readonly",
                "payments/subscriptions.write",
                "payments/subscriptions.update",
                "payments/subscriptions.export",
                "payments/subscriptions.pauseResumeCancel",
                "payments/subscriptions.sharePaymentMethod",
                "payments/transactions.readonly",
                "payments/transactions.export",
                "payments/transactions.import",
                "payments/transactions.refund",
                "payments/transactions.viewReceipts",
                "payments/taxesSettings.readonly",
                "payments/settings.readonly",
                "payments/taxesSettings.updateInclusiveExclusive",
                "payments/taxesSettings.manageRates",
                "payments/taxesSettings.configureAutomatic",
                "products.readonly",
                "products.write",
                "products.delete",
                "products.duplicate",
                "products.bulkActions",
                "payments/settings.write",
                "payments/settings.configureReceipt",
                "payments/settings.configureSubscription",
                "invoices.write",
                "invoices.readonly",
                "invoices/schedule.readonly",
                "invoices/schedule.write",
                "invoices/template.readonly",
                "invoices/template.write",
                "reputation/review.write",
                "reputation/listing.write",
                "reputation/reviewsAIAgents.write",
                "reputation/gbp.write",
                "conversations.write",
                "conversations.readonly",
                "conversations/message.readonly",
                "conversations/message.write",
                "contentAI.write",
                "dashboard/stats.readonly",
                "locations/tags.write",
                "locations/tags.readonly",
                "marketing.write",
                "eliza.write",
                "settings.write",
                "socialplanner/post.write",
                "socialplanner/account.readonly",
                "socialplanner/account.write",
                "socialplanner/category.readonly",
                "socialplanner/category.write",
                "socialplanner/csv.readonly",
                "socialplanner/csv.write",
                "socialplanner/group.write",
                "socialplanner/hashtag.readonly",
                "socialplanner/hashtag.write",
                "socialplanner/oauth.readonly",
                "socialplanner/oauth.write",
                "socialplanner/post.readonly",
                "socialplanner/recurring.readonly",
                "socialplanner/recurring.write",
                "socialplanner/review.readonly",
                "socialplanner/review.write",
                "socialplanner/rss.readonly",
                "socialplanner/rss.write",
                "socialplanner/search.readonly",
                "socialplanner/setting.readonly",
                "socialplanner/setting.write",
                "socialplanner/stat.readonly",
                "socialplanner/tag.readonly",
                "socialplanner/tag.write",
                "socialplanner/filters.readonly",
                "socialplanner/medias.readonly",
                "socialplanner/medias.write",
                "socialplanner/watermarks.readonly",
                "socialplanner/watermarks.write",
                "socialplanner/metatag.readonly",
                "socialplanner/facebook.readonly",
                "socialplanner/linkedin.readonly",
                "socialplanner/twitter.readonly",
                "socialplanner/notification.readonly",
                "socialplanner/notification.write",
                "socialplanner/snapshot.readonly",
                "socialplanner/snapshot.write",
                "marketing/affiliate.write",
                "blogs.write",
                "membership.write",
                "communities.write",
                "gokollab.write",
                "certificates.write",
                "certificates.readonly",
                "adPublishing.write",
                "adPublishing.readonly",
                "prospecting.write",
                "prospecting.readonly",
                "prospecting/reports.readonly",
                "private-integration-location.readonly",
                "private-integration-location.write",
                "private-integration-company.readonly",
                "private-integration-company.write",
                "native-integrations.readonly",
                "native-integrations.write",
                "wordpress.write",
                "wordpress.read",
                "custom-menu-link.write",
                "qrcodes.write",
                "users/team-management.write",
                "users/team-management.readonly",
                "loginas.write",
                "users-sso-login-management.write",
                "users-sso-login-management.readonly",
                "sso-config.write",
                "snapshots/api.readonly",
                "snapshots/api.create",
                "snapshots/api.edit",
                "snapshots/api.push",
                "snapshots/api.refresh",
                "snapshots/api.share",
                "snapshots/api.delete",
                "internaltools.location-transfer.write",
                "internaltools.location-transfer.readonly",
                "affiliateportal.write",
                "affiliateportal.readonly",
                "companies.write",
                "internaltools.billing.write",
                "internaltools.billing.readonly",
                "internaltools.billing-common.readonly",
                "internaltools.billing-common.write",
                "voice-ai-agents.write",
                "voice-ai-agents.readonly",
                "voice-ai-common.readonly",
                "voice-ai-common.write",
                "voice-ai-agent-goals.readonly",
                "voice-ai-agent-goals.write",
                "voice-ai-dashboard.readonly",
                "agency/launchpad.write",
                "agency/launchpad.readonly",
                "launchpad/location.write",
                "launchpad/location.readonly",
                "text-ai-agents.write",
                "text-ai-agent-goals.readonly",
                "text-ai-agent-goals.write",
                "text-ai-agent-training.write",
                "text-ai-agents-dashboard.readonly",
                "locations.create",
                "locations.delete",
                "locations.export.list",
                "locations.features-limits.manage",
                "locations.pause-resume",
                "locations.agency-subaccounts.manage",
                "locations.billing.manage",
                "locations.details.manage",
                "audit-logs.readonly",
                "audit-logs.export"
              ]
            }
          },
          "scopesAssignedToOnly": {
            "type": "array",
            "description": "Assigned Scopes allowed for users. Only scopes that have been passed will be enabled. If passed empty all the assigned scopes will be get disabled",
            "items": {
              "type": "string",
              "enum": [
                "campaigns.readonly",
                "campaigns.write",
                "calendars.readonly",
                "calendars/events.write",
                "calendars/groups.write",
                "calendars.write",
                "contacts.write",
                "contacts/bulkActions.write",
                "workflows.readonly",
                "workflows.write",
                "triggers.write",
                "funnels.write",
                "forms.write",
                "surveys.write",
                "quizzes.write",
                "websites.write",
                "medias.write",
                "medias.readonly",
                "opportunities.write",
                "opportunities/leadValue.readonly",
                "opportunities/bulkActions.write",
                "reporting/phone.readonly",
                "reporting/adwords.readonly",
                "reporting/facebookAds.readonly",
                "reporting/attributions.readonly",
                "prospecting/auditReport.write",
                "reporting/reports.readonly",
                "reporting/agent.readonly",
                "reporting/reports.write",
                "reporting/stats.export",
                "payments.write",
                "payments/records.write",
                "payments/orders.readonly",
                "payments/orders.export",
                "payments/orders.import",
                "payments/orders.collectPayment",
                "payments/subscriptions.readonly",
                "payments/subscriptions.write",
                "payments/subscriptions.update",
                "payments/subscriptions.export",
                "payments/subscriptions.pauseResumeCancel",
                "payments/subscriptions.sharePaymentMethod",
                "payments/transactions.readonly",
                "payments/transactions.export",
                "payments/transactions.import",
                "payments/transactions.refund",
                "payments/transactions.viewReceipts",
                "payments/taxesSettings.readonly",
                "payments/settings.readonly",
                "payments/taxesSettings.updateInclusiveExclusive",
                "payments/taxesSettings.manageRates",
                "payments/taxesSettings.configureAutomatic",
                "products.readonly",
                "products.write",
                "products.delete",
                "products.duplicate",
                "products.bulkActions",
                "payments/settings.write",
                "payments/settings.configureReceipt",
                "payments/settings.configureSubscription",
                "invoices.write",
                "invoices.readonly",
                "invoices/schedule.readonly",
                "invoices/schedule.write",
                "invoices/template.readonly",
                "invoices/template.write",
                "reputation/review.write",
                "reputation/listing.write",
                "reputation/reviewsAIAgents.write",
                "reputation/gbp.write",
                "conversations.write",
                "conversations.readonly",
                "conversations/message.readonly",
                "conversations/message.write",
                "contentAI.write",
                "dashboard/stats.readonly",
                "locations/tags.write",
                "locations/tags.readonly",
                "marketing.write",
                "eliza.write",
                "settings.write",
                "socialplanner/post.write",
                "socialplanner/account.readonly",
                "socialplanner/account.write",
                "socialplanner/category.readonly",
                "socialplanner/category.write",
                "socialplanner/csv.readonly",
                "socialplanner/csv.write",
                "socialplanner/group.write",
                "socialplanner/hashtag.readonly",
                "socialplanner/hashtag.write",
                "socialplanner/oauth.readonly",
                "socialplanner/oauth.write",
                "socialplanner/post.readonly",
                "socialplanner/recurring.readonly",
                "socialplanner/recurring.write",
                "socialplanner/review.readonly",
                "socialplanner/review.write",
                "socialplanner/rss.readonly",
                "socialplanner/rss.write",
                "socialplanner/search.readonly",
                "socialplanner/setting.readonly",
                "socialplanner/setting.write",
                "socialplanner/stat.readonly",
                "socialplanner/tag.readonly",
                "socialplanner/tag.write",
                "socialplanner/filters.readonly",
                "socialplanner/medias.readonly",
                "socialplanner/medias.write",
                "socialplanner/watermarks.readonly",
                "socialplanner/watermarks.write",
                "socialplanner/metatag.readonly",
                "socialplanner/facebook.readonly",
                "socialplanner/linkedin.readonly",
                "socialplanner/twitter.readonly",
                "socialplanner/notification.readonly",
                "socialplanner/notification.write",
                "socialplanner/snapshot.readonly",
                "socialplanner/snapshot.write",
                "marketing/affiliate.write",
                "blogs.write",
                "membership.write",
                "communities.write",
                "gokollab.write",
                "certificates.write",
                "certificates.readonly",
                "adPublishing.write",
                "adPublishing.readonly",
                "prospecting.write",
                "prospecting.readonly",
                "prospecting/reports.readonly",
                "private-integration-location.readonly",
                "private-integration-location.write",
                "private-integration-company.readonly",
                "private-integration-company.write",
                "native-integrations.readonly",
                "native-integrations.write",
                "wordpress.write",
                "wordpress.read",
                "custom-menu-link.write",
                "qrcodes.write",
                "users/team-management.write",
                "users/team-management.readonly",
                "loginas.write",
                "users-sso-login-management.write",
                "users-sso-login-management.readonly",
                "sso-config.write",
                "snapshots/api.readonly",
                "snapshots/api.create",
                "snapshots/api.edit",
                "snapshots/api.push",
                "snapshots/api.refresh",
                "snapshots/api.share",
                "snapshots/api.delete",
                "internaltools.location-transfer.write",
                "internaltools.location-transfer.readonly",
                "affiliateportal.write",
                "affiliateportal.readonly",
                "companies.write",
                "internaltools.billing.write",
                "internaltools.billing.readonly",
                "internaltools.billing-common.readonly",
                "internaltools.billing-common.write",
                "voice-ai-agents.write",
                "voice-ai-agents.readonly",
                "voice-ai-common.readonly",
                "voice-ai-common.write",
                "voice-ai-agent-goals.readonly",
                "voice-ai-agent-goals.write",
                "voice-ai-dashboard.readonly",
                "agency/launchpad.write",
                "agency/launchpad.readonly",
                "launchpad/location.write",
                "launchpad/location.readonly",
                "text-ai-agents.write",
                "text-ai-agent-goals.readonly",
                "text-ai-agent-goals.write",
                "text-ai-agent-training.write",
                "text-ai-agents-dashboard.readonly",
                "locations.create",
                "locations.delete",
                "locations.export.list",
                "locations.features-limits.manage",
                "locations.pause-resume",
                "locations.agency-subaccounts.manage",
                "locations.billing.manage",
                "locations.details.manage",
                "audit-logs.readonly",
                "audit-logs.export"
              ]
            }
          },
          "profilePhoto": {
            "type": "string"
          },
          "twilioPhone": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            },
            "description": "Per-location inbound Twilio number in E.164 format, keyed by location id (Call and Voicemail Inbound Number for direct Twilio, not LC Phone). Replacement semantics: if you send twilioPhone in the request body, the stored map is replaced entirely with this object (not merged). Any location id omitted from the object is removed from the saved map. Omit the twilioPhone property entirely to leave existing numbers unchanged. Send an empty object {} to clear all per-location numbers. To clear a single location only, set that location id to an empty string \"\"."
          },
          "platformLanguage": {
            "type": "string",
            "description": "Platform language preference for the user",
            "enum": [
              "en_US",
              "es",
              "fr_CA",
              "fr_FR",
              "nl",
              "de",
              "pt_PT",
              "pt_BR",
              "it",
              "sv",
              "da",
              "fi",
              "no"
            ]
          }
        }
      }
    }
  },
  "create-user": {
    "$ref": "#/definitions/CreateUserDto",
    "definitions": {
      "CreateUserDto": {
        "type": "object",
        "properties": {
          "companyId": {
            "type": "string"
          },
          "firstName": {
            "type": "string"
          },
          "lastName": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "password": {
            "type": "string"
          },
          "phone": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "role": {
            "type": "string"
          },
          "locationIds": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "permissions": {
            "$ref": "#/definitions/PermissionsDto"
          },
          "scopes": {
            "type": "array",
            "description": "Scopes allowed for users. Only scopes that have been passed will be enabled. Note:- If passed empty all the scopes will be get disabled",
            "items": {
              "type": "string",
              "enum": [
                "campaigns.readonly",
                "campaigns.write",
                "calendars.readonly",
                "calendars/events.write",
                "calendars/groups.write",
                "calendars.write",
                "contacts.write",
                "contacts/bulkActions.write",
                "workflows.readonly",
                "workflows.write",
                "triggers.write",
                "funnels.write",
                "forms.write",
                "surveys.write",
                "quizzes.write",
                "websites.write",
                "medias.write",
                "medias.readonly",
                "opportunities.write",
                "opportunities/leadValue.readonly",
                "opportunities/bulkActions.write",
                "reporting/phone.readonly",
                "reporting/adwords.readonly",
                "reporting/facebookAds.readonly",
                "reporting/attributions.readonly",
                "prospecting/auditReport.write",
                "reporting/reports.readonly",
                "reporting/agent.readonly",
                "reporting/reports.write",
                "reporting/stats.export",
                "payments.write",
                "payments/records.write",
                "payments/orders.readonly",
                "payments/orders.export",
                "payments/orders.import",
                "payments/orders.collectPayment",
                "payments/subscriptions.readonly",
                "payments/subscriptions.write",
                "payments/subscriptions.update",
                "payments/subscriptions.export",
                "payments/subscriptions.pauseResumeCancel",
                "payments/subscriptions.sharePaymentMethod",
                "payments/transactions.readonly",
                "payments/transactions.export",
                "payments/transactions.import",
                "payments/transactions.refund",
                "payments/transactions.viewReceipts",
                "payments/taxesSettings.readonly",
                "payments/settings.readonly",
                "payments/taxesSettings.updateInclusiveExclusive",
                "payments/taxesSettings.manageRates",
                "payments/taxesSettings.configureAutomatic",
                "products.readonly",
                "products.write",
                "products.delete",
                "products.duplicate",
                "products.bulkActions",
                "payments/settings.write",
                "payments/settings.configureReceipt",
                "payments/settings.configureSubscription",
                "invoices.write",
                "invoices.readonly",
                "invoices/schedule.readonly",
                "invoices/schedule.write",
                "invoices/template.readonly",
                "invoices/template.write",
                "reputation/review.write",
                "reputation/listing.write",
                "reputation/reviewsAIAgents.write",
                "reputation/gbp.write",
                "conversations.write",
                "conversations.readonly",
                "conversations/message.readonly",
                "conversations/message.write",
                "contentAI.write",
                "dashboard/stats.readonly",
                "locations/tags.write",
                "locations/tags.readonly",
                "marketing.write",
                "eliza.write",
                "settings.write",
                "socialplanner/post.write",
                "socialplanner/account.readonly",
                "socialplanner/account.write",
                "socialplanner/category.readonly",
                "socialplanner/category.write",
                "socialplanner/csv.readonly",
                "socialplanner/csv.write",
                "socialplanner/group.write",
                "socialplanner/hashtag.readonly",
                "socialplanner/hashtag.write",
                "socialplanner/oauth.readonly",
                "socialplanner/oauth.write",
                "socialplanner/post.readonly",
                "socialplanner/recurring.readonly",
                "socialplanner/recurring.write",
                "socialplanner/review.readonly",
                "socialplanner/review.write",
                "socialplanner/rss.readonly",
                "socialplanner/rss.write",
                "socialplanner/search.readonly",
                "socialplanner/setting.readonly",
                "socialplanner/setting.write",
                "socialplanner/stat.readonly",
                "socialplanner/tag.readonly",
                "socialplanner/tag.write",
                "socialplanner/filters.readonly",
                "socialplanner/medias.readonly",
                "socialplanner/medias.write",
                "socialplanner/watermarks.readonly",
                "socialplanner/watermarks.write",
                "socialplanner/metatag.readonly",
                "socialplanner/facebook.readonly",
                "socialplanner/linkedin.readonly",
                "socialplanner/twitter.readonly",
                "socialplanner/notification.readonly",
                "socialplanner/notification.write",
                "socialplanner/snapshot.readonly",
                "socialplanner/snapshot.write",
                "marketing/affiliate.write",
                "blogs.write",
                "membership.write",
                "communities.write",
                "gokollab.write",
                "certificates.write",
                "certificates.readonly",
                "adPublishing.write",
                "adPublishing.readonly",
                "prospecting.write",
                "prospecting.readonly",
                "prospecting/reports.readonly",
                "private-integration-location.readonly",
                "private-integration-location.write",
                "private-integration-company.readonly",
                "private-integration-company.write",
                "native-integrations.readonly",
                "native-integrations.write",
                "wordpress.write",
                "wordpress.read",
                "custom-menu-link.write",
                "qrcodes.write",
                "users/team-management.write",
                "users/team-management.readonly",
                "loginas.write",
                "users-sso-login-management.write",
                "users-sso-login-management.readonly",
                "sso-config.write",
                "snapshots/api.readonly",
                "snapshots/api.create",
                "snapshots/api.edit",
                "snapshots/api.push",
                "snapshots/api.refresh",
                "snapshots/api.share",
                "snapshots/api.delete",
                "internaltools.location-transfer.write",
                "internaltools.location-transfer.readonly",
                "affiliateportal.write",
                "affiliateportal.readonly",
                "companies.write",
                "internaltools.billing.write",
                "internaltools.billing.readonly",
                "internaltools.billing-common.readonly",
                "internaltools.billing-common.write",
                "voice-ai-agents.write",
                "voice-ai-agents.readonly",
                "voice-ai-common.readonly",
                "voice-ai-common.write",
                "voice-ai-agent-goals.readonly",
                "voice-ai-agent-goals.write",
                "voice-ai-dashboard.readonly",
                "agency/launchpad.write",
                "agency/launchpad.readonly",
                "launchpad/location.write",
                "launchpad/location.readonly",
                "text-ai-agents.write",
                "text-ai-agent-goals.readonly",
                "text-ai-agent-goals.write",
                "text-ai-agent-training.write",
                "text-ai-agents-dashboard.readonly",
                "locations.create",
                "locations.delete",
                "locations.export.list",
                "locations.features-limits.manage",
                "locations.pause-resume",
                "locations.agency-subaccounts.manage",
                "locations.billing.manage",
                "locations.details.manage",
                "audit-logs.readonly",
                "audit-logs.export"
              ]
            }
          },
          "scopesAssignedToOnly": {
            "type": "array",
            "description": "Assigned Scopes allowed for users. Only scopes that have been passed will be enabled. If passed empty all the assigned scopes will be get disabled",
            "items": {
              "type": "string",
              "enum": [
                "campaigns.readonly",
                "campaigns.write",
                "calendars.readonly",
                "calendars/events.write",
                "calendars/groups.write",
                "calendars.write",
                "contacts.write",
                "contacts/bulkActions.write",
                "workflows.readonly",
                "workflows.write",
                "triggers.write",
                "funnels.write",
                "forms.write",
                "surveys.write",
                "quizzes.write",
                "websites.write",
                "medias.write",
                "medias.readonly",
                "opportunities.write",
                "opportunities/leadValue.readonly",
                "opportunities/bulkActions.write",
                "reporting/phone.readonly",
                "reporting/adwords.readonly",
                "reporting/facebookAds.readonly",
                "reporting/attributions.readonly",
                "prospecting/auditReport.write",
                "reporting/reports.readonly",
                "reporting/agent.readonly",
                "reporting/reports.write",
                "reporting/stats.export",
                "payments.write",
                "payments/records.write",
                "payments/orders.readonly",
                "payments/orders.export",
                "payments/orders.import",
                "payments/orders.collectPayment",
                "payments/subscriptions.readonly",
                "payments/subscriptions.write",
                "payments/subscriptions.update",
                "payments/subscriptions.export",
                "payments/subscriptions.pauseResumeCancel",
                "payments/subscriptions.sharePaymentMethod",
                "payments/transactions.readonly",
                "payments/transactions.export",
                "payments/transactions.import",
                "payments/transactions.refund",
                "payments/transactions.viewReceipts",
                "payments/taxesSettings.readonly",
                "payments/settings.readonly",
                "payments/taxesSettings.updateInclusiveExclusive",
                "payments/taxesSettings.manageRates",
                "payments/taxesSettings.configureAutomatic",
                "products.readonly",
                "products.write",
                "products.delete",
                "products.duplicate",
                "products.bulkActions",
                "payments/settings.write",
                "payments/settings.configureReceipt",
                "payments/settings.configureSubscription",
                "invoices.write",
                "invoices.readonly",
                "invoices/schedule.readonly",
                "invoices/schedule.write",
                "invoices/template.readonly",
                "invoices/template.write",
                "reputation/review.write",
                "reputation/listing.write",
                "reputation/reviewsAIAgents.write",
                "reputation/gbp.write",
                "conversations.write",
                "conversations.readonly",
                "conversations/message.readonly",
                "conversations/message.write",
                "contentAI.write",
                "dashboard/stats.readonly",
                "locations/tags.write",
                "locations/tags.readonly",
                "marketing.write",
                "eliza.write",
                "settings.write",
                "socialplanner/post.write",
                "socialplanner/account.readonly",
                "socialplanner/account.write",
                "socialplanner/category.readonly",
                "socialplanner/category.write",
                "socialplanner/csv.readonly",
                "socialplanner/csv.write",
                "socialplanner/group.write",
                "socialplanner/hashtag.readonly",
                "socialplanner/hashtag.write",
                "socialplanner/oauth.readonly",
                "socialplanner/oauth.write",
                "socialplanner/post.readonly",
                "socialplanner/recurring.readonly",
                "socialplanner/recurring.write",
                "socialplanner/review.readonly",
                "socialplanner/review.write",
                "socialplanner/rss.readonly",
                "socialplanner/rss.write",
                "socialplanner/search.readonly",
                "socialplanner/setting.readonly",
                "socialplanner/setting.write",
                "socialplanner/stat.readonly",
                "socialplanner/tag.readonly",
                "socialplanner/tag.write",
                "socialplanner/filters.readonly",
                "socialplanner/medias.readonly",
                "socialplanner/medias.write",
                "socialplanner/watermarks.readonly",
                "socialplanner/watermarks.write",
                "socialplanner/metatag.readonly",
                "socialplanner/facebook.readonly",
                "socialplanner/linkedin.readonly",
                "socialplanner/twitter.readonly",
                "socialplanner/notification.readonly",
                "socialplanner/notification.write",
                "socialplanner/snapshot.readonly",
                "socialplanner/snapshot.write",
                "marketing/affiliate.write",
                "blogs.write",
                "membership.write",
                "communities.write",
                "gokollab.write",
                "certificates.write",
                "certificates.readonly",
                "adPublishing.write",
                "adPublishing.readonly",
                "prospecting.write",
                "prospecting.readonly",
                "prospecting/reports.readonly",
                "private-integration-location.readonly",
                "private-integration-location.write",
                "private-integration-company.readonly",
                "private-integration-company.write",
                "native-integrations.readonly",
                "native-integrations.write",
                "wordpress.write",
                "wordpress.read",
                "custom-menu-link.write",
                "qrcodes.write",
                "users/team-management.write",
                "users/team-management.readonly",
                "loginas.write",
                "users-sso-login-management.write",
                "users-sso-login-management.readonly",
                "sso-config.write",
                "snapshots/api.readonly",
                "snapshots/api.create",
                "snapshots/api.edit",
                "snapshots/api.push",
                "snapshots/api.refresh",
                "snapshots/api.share",
                "snapshots/api.delete",
                "internaltools.location-transfer.write",
                "internaltools.location-transfer.readonly",
                "affiliateportal.write",
                "affiliateportal.readonly",
                "companies.write",
                "internaltools.billing.write",
                "internaltools.billing.readonly",
                "internaltools.billing-common.readonly",
                "internaltools.billing-common.write",
                "voice-ai-agents.write",
                "voice-ai-agents.readonly",
                "voice-ai-common.readonly",
                "voice-ai-common.write",
                "voice-ai-agent-goals.readonly",
                "voice-ai-agent-goals.write",
                "voice-ai-dashboard.readonly",
                "agency/launchpad.write",
                "agency/launchpad.readonly",
                "launchpad/location.write",
                "launchpad/location.readonly",
                "text-ai-agents.write",
                "text-ai-agent-goals.readonly",
                "text-ai-agent-goals.write",
                "text-ai-agent-training.write",
                "text-ai-agents-dashboard.readonly",
                "locations.create",
                "locations.delete",
                "locations.export.list",
                "locations.features-limits.manage",
                "locations.pause-resume",
                "locations.agency-subaccounts.manage",
                "locations.billing.manage",
                "locations.details.manage",
                "audit-logs.readonly",
                "audit-logs.export"
              ]
            }
          },
          "profilePhoto": {
            "type": "string"
          },
          "twilioPhone": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            },
            "description": "Per-location inbound Twilio number in E.164 format, keyed by location id (Call and Voicemail Inbound Number for direct Twilio, not LC Phone). Replacement semantics: if you send twilioPhone in the request body, the stored map is replaced entirely with this object (not merged). Any location id omitted from the object is removed from the saved map. Omit the twilioPhone property entirely to leave existing numbers unchanged. Send an empty object {} to clear all per-location numbers. To clear a single location only, set that location id to an empty string \"\"."
          },
          "platformLanguage": {
            "type": "string",
            "description": "Platform language preference for the user",
            "enum": [
              "en_US",
              "es",
              "fr_CA",
              "fr_FR",
              "nl",
              "de",
              "pt_PT",
              "pt_BR",
              "it",
              "sv",
              "da",
              "fi",
              "no"
            ]
          }
        },
        "required": [
          "companyId",
          "firstName",
          "lastName",
          "email",
          "password",
          "type",
          "role",
          "locationIds"
        ]
      },
      "PermissionsDto": {
        "type": "object",
        "properties": {
          "campaignsEnabled": {
            "type": "boolean",
            "default": true
          },
          "campaignsReadOnly": {
            "type": "boolean",
            "default": false
          },
          "contactsEnabled": {
            "type": "boolean",
            "default": true
          },
          "workflowsEnabled": {
            "type": "boolean",
            "default": true
          },
          "workflowsReadOnly": {
            "type": "boolean",
            "default": false
          },
          "triggersEnabled": {
            "type": "boolean",
            "default": true
          },
          "funnelsEnabled": {
            "type": "boolean",
            "default": true
          },
          "websitesEnabled": {
            "type": "boolean",
            "default": false
          },
          "opportunitiesEnabled": {
            "type": "boolean",
            "default": true
          },
          "dashboardStatsEnabled": {
            "type": "boolean",
            "default": true
          },
          "bulkRequestsEnabled": {
            "type": "boolean",
            "default": true
          },
          "appointmentsEnabled": {
            "type": "boolean",
            "default": true
          },
          "reviewsEnabled": {
            "type": "boolean",
            "default": true
          },
          "onlineListingsEnabled": {
            "type": "boolean",
            "default": true
          },
          "phoneCallEnabled": {
            "type": "boolean",
            "default": true
          },
          "conversationsEnabled": {
            "type": "boolean",
            "default": true
          },
          "assignedDataOnly": {
            "type": "boolean",
            "default": false
          },
          "adwordsReportingEnabled": {
            "type": "boolean",
            "default": false
          },
          "membershipEnabled": {
            "type": "boolean",
            "default": false
          },
          "facebookAdsReportingEnabled": {
            "type": "boolean",
            "default": false
          },
          "attributionsReportingEnabled": {
            "type": "boolean",
            "default": false
          },
          "settingsEnabled": {
            "type": "boolean",
            "default": true
          },
          "tagsEnabled": {
            "type": "boolean",
            "default": true
          },
          "leadValueEnabled": {
            "type": "boolean",
            "default": true
          },
          "marketingEnabled": {
            "type": "boolean",
            "default": true
          },
          "agentReportingEnabled": {
            "type": "boolean",
            "default": true
          },
          "botService": {
            "type": "boolean",
            "default": false
          },
          "socialPlanner": {
            "type": "boolean",
            "default": true
          },
          "bloggingEnabled": {
            "type": "boolean",
            "default": true
          },
          "invoiceEnabled": {
            "type": "boolean",
            "default": true
          },
          "affiliateManagerEnabled": {
            "type": "boolean",
            "default": true
          },
          "contentAiEnabled": {
            "type": "boolean",
            "default": true
          },
          "refundsEnabled": {
            "type": "boolean",
            "default": true
          },
          "recordPaymentEnabled": {
            "type": "boolean",
            "default": true
          },
          "cancelSubscriptionEnabled": {
            "type": "boolean",
            "default": true
          },
          "paymentsEnabled": {
            "type": "boolean",
            "default": true
          },
          "communitiesEnabled": {
            "type": "boolean",
            "default": true
          },
          "exportPaymentsEnabled": {
            "type": "boolean",
            "default": true
          }
        }
      }
    }
  }
} as const

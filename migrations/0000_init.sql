CREATE TABLE "ghl_connections" (
	"id" text PRIMARY KEY NOT NULL,
	"user_type" text NOT NULL,
	"location_id" text,
	"company_id" text,
	"scope" text,
	"access_token_ciphertext" text,
	"refresh_token_ciphertext" text,
	"key_id" text,
	"expires_at" timestamp with time zone,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"refresh_started_at" timestamp with time zone,
	"refreshed_at" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ghl_connections_status_check" CHECK ("ghl_connections"."status" in ('active', 'reauth_required', 'revoked')),
	CONSTRAINT "ghl_connections_user_type_check" CHECK ("ghl_connections"."user_type" in ('Location', 'Company'))
);
--> statement-breakpoint
CREATE TABLE "ghl_webhook_events" (
	"webhook_id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb,
	"received_at" timestamp with time zone NOT NULL,
	"processed_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE INDEX "ghl_connections_due_idx" ON "ghl_connections" USING btree ("expires_at") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "ghl_webhook_events_received_at_idx" ON "ghl_webhook_events" USING btree ("received_at");
CREATE TABLE "ghl_jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"queue" text DEFAULT 'outbox' NOT NULL,
	"op" text NOT NULL,
	"key" text NOT NULL,
	"group_key" text NOT NULL,
	"connection" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"locked_by" text,
	"parked_reason" text,
	"last_error" text,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "ghl_jobs_status_check" CHECK ("ghl_jobs"."status" in ('pending', 'in_flight', 'delivered', 'dead'))
);
--> statement-breakpoint
ALTER TABLE "ghl_connections" DROP CONSTRAINT "ghl_connections_status_check";--> statement-breakpoint
CREATE UNIQUE INDEX "ghl_jobs_key_idx" ON "ghl_jobs" USING btree ("key");--> statement-breakpoint
CREATE INDEX "ghl_jobs_claim_idx" ON "ghl_jobs" USING btree ("queue","connection","id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "ghl_jobs_group_idx" ON "ghl_jobs" USING btree ("group_key","id") WHERE status in ('pending', 'in_flight');--> statement-breakpoint
CREATE INDEX "ghl_jobs_lease_idx" ON "ghl_jobs" USING btree ("locked_until") WHERE status = 'in_flight';--> statement-breakpoint
CREATE INDEX "ghl_jobs_status_idx" ON "ghl_jobs" USING btree ("queue","status","created_at");--> statement-breakpoint
CREATE INDEX "ghl_jobs_delivered_idx" ON "ghl_jobs" USING btree ("delivered_at") WHERE status = 'delivered';--> statement-breakpoint
ALTER TABLE "ghl_connections" ADD CONSTRAINT "ghl_connections_status_check" CHECK ("ghl_connections"."status" in ('active', 'suspended', 'reauth_required', 'revoked'));
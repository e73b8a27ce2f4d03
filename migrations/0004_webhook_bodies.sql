ALTER TABLE "ghl_webhook_events" ADD COLUMN "body" text;--> statement-breakpoint
ALTER TABLE "ghl_webhook_events" ADD COLUMN "body_sha256" text;--> statement-breakpoint
ALTER TABLE "ghl_webhook_events" ADD COLUMN "status" text DEFAULT 'processed' NOT NULL;--> statement-breakpoint
UPDATE "ghl_webhook_events" SET "status" = CASE WHEN "error" LIKE 'rejected:%' THEN 'rejected' WHEN "error" IS NOT NULL THEN 'failed' ELSE 'processed' END;--> statement-breakpoint
ALTER TABLE "ghl_webhook_events" ADD COLUMN "location_id" text;--> statement-breakpoint
ALTER TABLE "ghl_webhook_events" ADD COLUMN "company_id" text;--> statement-breakpoint
ALTER TABLE "ghl_webhook_events" ADD COLUMN "event_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "ghl_webhook_events_status_idx" ON "ghl_webhook_events" USING btree ("status","received_at");--> statement-breakpoint
ALTER TABLE "ghl_webhook_events" ADD CONSTRAINT "ghl_webhook_events_status_check" CHECK ("ghl_webhook_events"."status" in ('queued', 'processed', 'failed', 'rejected'));
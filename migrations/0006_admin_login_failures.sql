CREATE TABLE "ghl_admin_login_failures" (
	"address_hash" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ghl_admin_login_failures_window_ends_at_idx" ON "ghl_admin_login_failures" USING btree ("window_ends_at");
CREATE TABLE "ghl_oauth_nonces" (
	"nonce_hash" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ghl_oauth_nonces_expires_at_idx" ON "ghl_oauth_nonces" USING btree ("expires_at");
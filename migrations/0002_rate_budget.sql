CREATE TABLE "ghl_rate_budget" (
	"connection" text PRIMARY KEY NOT NULL,
	"stamps" bigint[] DEFAULT '{}'::bigint[] NOT NULL,
	"counts" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"granted" integer DEFAULT 0 NOT NULL,
	"blocked_until" timestamp with time zone,
	"daily_remaining" integer,
	"daily_limit" integer,
	"daily_observed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);

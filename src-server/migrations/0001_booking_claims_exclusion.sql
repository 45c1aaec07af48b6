-- Two claims on one resource can never overlap in time, whichever desks and branches make them.
-- btree_gist lets the gist index compare resource ids with "=".
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "booking_claims" ADD CONSTRAINT "booking_claims_no_overlap" EXCLUDE USING gist ("resource_id" WITH =, "during" WITH &&);
--> statement-breakpoint
-- The one row whose lock numbers every push.
INSERT INTO "server_state" ("id", "last_seq") VALUES (1, 0) ON CONFLICT DO NOTHING;

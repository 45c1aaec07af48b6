CREATE TABLE "fold_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"folded_seq" bigint NOT NULL,
	CONSTRAINT "fold_state_one_row" CHECK ("fold_state"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "rows" ALTER COLUMN "data" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "rows" ALTER COLUMN "clocks" DROP NOT NULL;--> statement-breakpoint
-- Until now every push merged its rows itself: they are folded up to the head of the log.
INSERT INTO "fold_state" ("id", "folded_seq") SELECT 1, "last_seq" FROM "server_state" WHERE "id" = 1 ON CONFLICT DO NOTHING;

-- A booking claims its bay and each of its mechanics: one row per (booking, resource).
ALTER TABLE "booking_claims" DROP CONSTRAINT "booking_claims_pkey";--> statement-breakpoint
ALTER TABLE "booking_claims" ADD CONSTRAINT "booking_claims_booking_id_resource_id_pk" PRIMARY KEY("booking_id","resource_id");

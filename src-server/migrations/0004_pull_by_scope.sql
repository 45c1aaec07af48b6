ALTER TABLE "changes" DROP CONSTRAINT "changes_workstation_id_workstations_id_fk";
--> statement-breakpoint
CREATE INDEX "changes_scope_seq" ON "changes" USING btree ("scope","seq");
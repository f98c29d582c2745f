CREATE TABLE "program_documents" (
	"program_id" uuid PRIMARY KEY NOT NULL,
	"document" text NOT NULL,
	"version_tag" text NOT NULL,
	"render_version" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "program_documents" ADD CONSTRAINT "program_documents_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;
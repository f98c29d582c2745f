CREATE TABLE "program_names" (
	"name_key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_search" (
	"program_id" uuid PRIMARY KEY NOT NULL,
	"accreditation_status" text NOT NULL,
	"degree_level" text NOT NULL,
	"discipline" text NOT NULL,
	"delivery_mode" text,
	"state" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"internship_formats" text[] NOT NULL,
	"placement_assistance" boolean,
	"career_services" text[] NOT NULL,
	"tuition_in_state_usd" integer,
	"graduation_rate" real,
	"employment_rate" real,
	"pass_rate" real,
	"next_review_year" integer,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"name_key" text NOT NULL,
	"name_words" text NOT NULL,
	"name_document" "tsvector" NOT NULL,
	"head_document" "tsvector" NOT NULL,
	"document" "tsvector" NOT NULL,
	"status_code" smallint NOT NULL,
	"degree_code" smallint NOT NULL,
	"discipline_code" smallint NOT NULL,
	"delivery_code" smallint NOT NULL,
	"placement_code" smallint NOT NULL,
	"state_code" smallint NOT NULL,
	"format_bits" smallint NOT NULL,
	"career_bits" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "programs_search_idx";--> statement-breakpoint
DROP INDEX "programs_institution_text_trgm_idx";--> statement-breakpoint
ALTER TABLE "program_search" ADD CONSTRAINT "program_search_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_search_document_idx" ON "program_search" USING gin ("document");--> statement-breakpoint
CREATE INDEX "program_search_head_document_idx" ON "program_search" USING gin ("head_document");--> statement-breakpoint
CREATE INDEX "program_search_name_document_idx" ON "program_search" USING gin ("name_document");--> statement-breakpoint
CREATE INDEX "program_search_name_words_idx" ON "program_search" USING btree ("name_words","program_id");--> statement-breakpoint
CREATE INDEX "program_search_name_length_idx" ON "program_search" USING btree (length("name_words"),"program_id");--> statement-breakpoint
CREATE INDEX "program_search_filters_idx" ON "program_search" USING btree ("state","accreditation_status","degree_level","discipline","delivery_mode","placement_assistance","internship_formats","career_services");--> statement-breakpoint
CREATE INDEX "program_search_facets_idx" ON "program_search" USING btree ("state_code","status_code","degree_code","discipline_code","delivery_code","placement_code","format_bits","career_bits");--> statement-breakpoint
CREATE INDEX "program_search_location_idx" ON "program_search" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "program_search_name_sort_idx" ON "program_search" USING btree ("name_key" COLLATE "C","program_id");--> statement-breakpoint
CREATE INDEX "program_search_tuition_sort_idx" ON "program_search" USING btree ("tuition_in_state_usd","program_id");--> statement-breakpoint
CREATE INDEX "program_search_graduation_rate_sort_idx" ON "program_search" USING btree ("graduation_rate","program_id");--> statement-breakpoint
CREATE INDEX "program_search_employment_rate_sort_idx" ON "program_search" USING btree ("employment_rate","program_id");--> statement-breakpoint
CREATE INDEX "program_search_pass_rate_sort_idx" ON "program_search" USING btree ("pass_rate","program_id");--> statement-breakpoint
CREATE INDEX "program_search_next_review_sort_idx" ON "program_search" USING btree ("next_review_year","program_id");--> statement-breakpoint
CREATE INDEX "program_search_updated_at_sort_idx" ON "program_search" USING btree ("updated_at","program_id");--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_words_prefix_idx" ON "search_words" USING btree ("word" COLLATE "C");--> statement-breakpoint
CREATE INDEX "institutions_city_trgm_idx" ON "institutions" USING gin (lower("city") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "institutions_name_prefix_idx" ON "institutions" USING btree (lower("name") COLLATE "C");--> statement-breakpoint
CREATE INDEX "institutions_city_prefix_idx" ON "institutions" USING btree (lower("city") COLLATE "C","state");--> statement-breakpoint
ALTER TABLE "programs" DROP COLUMN "search_document";
CREATE TABLE "accreditation_actions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "accreditation_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"program_id" uuid NOT NULL,
	"action" text NOT NULL,
	"date" date NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accreditation_actions_action_check" CHECK ("accreditation_actions"."action" IN ('candidacy_granted', 'candidacy_expired', 'initial_accreditation_awarded', 'continuing_accreditation_awarded', 'progress_report_required', 'focused_review_assigned', 'placed_on_probation', 'placed_on_administrative_probation', 'probation_removed', 'accreditation_withheld', 'accreditation_withdrawn', 'voluntary_withdrawal', 'inactive_status_granted', 'reactivated', 'substantive_change_approved'))
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "changes" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"op" text NOT NULL,
	"program_id" uuid NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"actor" text,
	CONSTRAINT "changes_op_check" CHECK ("changes"."op" IN ('created', 'updated', 'deleted'))
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"campus" text,
	"city" text NOT NULL,
	"state" text NOT NULL,
	"zip" text,
	"latitude" double precision,
	"longitude" double precision,
	"website" text,
	"ipeds_unitid" integer,
	"control" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "institutions_natural_key" UNIQUE NULLS NOT DISTINCT("name","campus","city","state"),
	CONSTRAINT "institutions_state_check" CHECK ("institutions"."state" IN ('AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP')),
	CONSTRAINT "institutions_control_check" CHECK ("institutions"."control" IN ('public', 'private_nonprofit', 'private_for_profit')),
	CONSTRAINT "institutions_zip_check" CHECK ("institutions"."zip" ~ '^[0-9]{5}$'),
	CONSTRAINT "institutions_latitude_check" CHECK ("institutions"."latitude" BETWEEN -90 AND 90),
	CONSTRAINT "institutions_longitude_check" CHECK ("institutions"."longitude" BETWEEN -180 AND 180)
);
--> statement-breakpoint
CREATE TABLE "program_outcomes" (
	"program_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"cohort_year" integer NOT NULL,
	"value" real NOT NULL,
	"exam" text,
	CONSTRAINT "program_outcomes_metric_check" CHECK ("program_outcomes"."metric" IN ('graduation_rate', 'employment_rate', 'retention_rate', 'academic_transfer_rate', 'graduate_school_entry_rate', 'student_satisfaction_rate', 'certification_pass_rate')),
	CONSTRAINT "program_outcomes_exam_check" CHECK ("program_outcomes"."exam" IN ('RHIT', 'RHIA', 'CCA', 'CHDA')),
	CONSTRAINT "program_outcomes_value_check" CHECK ("program_outcomes"."value" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"cahiim_epc" text,
	"institution_id" uuid NOT NULL,
	"name" text NOT NULL,
	"credential" text,
	"degree_level" text NOT NULL,
	"discipline" text NOT NULL,
	"cip_code" text,
	"delivery_mode" text,
	"accreditation_status" text NOT NULL,
	"status_since" date,
	"initial_accreditation_date" date,
	"next_review_year" integer,
	"internship_required" boolean,
	"internship_min_hours" integer,
	"internship_formats" text[] DEFAULT '{}'::text[] NOT NULL,
	"placement_assistance" boolean,
	"career_services" text[] DEFAULT '{}'::text[] NOT NULL,
	"tuition_in_state_usd" integer,
	"tuition_out_of_state_usd" integer,
	"credit_hours" integer,
	"duration_months" integer,
	"program_url" text,
	"outcomes_url" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"description" text,
	"source" text NOT NULL,
	"graduation_rate" real,
	"employment_rate" real,
	"pass_rate" real,
	"institution_text" text DEFAULT '' NOT NULL,
	"search_document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce("programs"."name", '') || ' ' || coalesce("programs"."credential", '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce("programs"."institution_text", '')), 'B')
        || setweight(to_tsvector('english'::regconfig, coalesce("programs"."description", '')), 'C')) STORED,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "programs_degree_level_check" CHECK ("programs"."degree_level" IN ('associate', 'baccalaureate', 'master', 'certificate')),
	CONSTRAINT "programs_discipline_check" CHECK ("programs"."discipline" IN ('health_information_management', 'health_informatics', 'digital_health')),
	CONSTRAINT "programs_delivery_mode_check" CHECK ("programs"."delivery_mode" IN ('campus', 'online', 'hybrid')),
	CONSTRAINT "programs_accreditation_status_check" CHECK ("programs"."accreditation_status" IN ('candidacy', 'accredited', 'probation', 'administrative_probation', 'withheld', 'withdrawn', 'voluntary_withdrawal', 'inactive')),
	CONSTRAINT "programs_source_check" CHECK ("programs"."source" IN ('sample', 'cahiim_directory', 'import', 'manual')),
	CONSTRAINT "programs_internship_formats_check" CHECK ("programs"."internship_formats" <@ ARRAY['onsite', 'virtual', 'hybrid']::text[]),
	CONSTRAINT "programs_career_services_check" CHECK ("programs"."career_services" <@ ARRAY['job_placement', 'internship_placement', 'resume_review', 'mock_interviews', 'employer_partnerships', 'alumni_network', 'mentoring', 'networking_events', 'exam_prep']::text[]),
	CONSTRAINT "programs_graduation_rate_check" CHECK ("programs"."graduation_rate" BETWEEN 0 AND 100),
	CONSTRAINT "programs_employment_rate_check" CHECK ("programs"."employment_rate" BETWEEN 0 AND 100),
	CONSTRAINT "programs_pass_rate_check" CHECK ("programs"."pass_rate" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "zip_centroids" (
	"zip" text PRIMARY KEY NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accreditation_actions" ADD CONSTRAINT "accreditation_actions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_outcomes" ADD CONSTRAINT "program_outcomes_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accreditation_actions_program_idx" ON "accreditation_actions" USING btree ("program_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_name_key" ON "api_keys" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_key" ON "api_keys" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "changes_program_idx" ON "changes" USING btree ("program_id");--> statement-breakpoint
CREATE UNIQUE INDEX "institutions_slug_key" ON "institutions" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "institutions_state_idx" ON "institutions" USING btree ("state");--> statement-breakpoint
CREATE INDEX "institutions_location_idx" ON "institutions" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "institutions_name_trgm_idx" ON "institutions" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "program_outcomes_key" ON "program_outcomes" USING btree ("program_id","metric","cohort_year");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_slug_key" ON "programs" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_cahiim_epc_key" ON "programs" USING btree ("cahiim_epc");--> statement-breakpoint
CREATE INDEX "programs_institution_idx" ON "programs" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "programs_search_idx" ON "programs" USING gin ("search_document");--> statement-breakpoint
CREATE INDEX "programs_name_trgm_idx" ON "programs" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "programs_institution_text_trgm_idx" ON "programs" USING gin (lower("institution_text") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "programs_internship_formats_idx" ON "programs" USING gin ("internship_formats");--> statement-breakpoint
CREATE INDEX "programs_career_services_idx" ON "programs" USING gin ("career_services");--> statement-breakpoint
CREATE INDEX "programs_name_sort_idx" ON "programs" USING btree (lower("name") COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "programs_tuition_sort_idx" ON "programs" USING btree ("tuition_in_state_usd","id");--> statement-breakpoint
CREATE INDEX "programs_graduation_rate_sort_idx" ON "programs" USING btree ("graduation_rate","id");--> statement-breakpoint
CREATE INDEX "programs_employment_rate_sort_idx" ON "programs" USING btree ("employment_rate","id");--> statement-breakpoint
CREATE INDEX "programs_pass_rate_sort_idx" ON "programs" USING btree ("pass_rate","id");--> statement-breakpoint
CREATE INDEX "programs_next_review_sort_idx" ON "programs" USING btree ("next_review_year","id");--> statement-breakpoint
CREATE INDEX "programs_updated_at_sort_idx" ON "programs" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "programs_filters_idx" ON "programs" USING btree ("accreditation_status","degree_level","discipline","delivery_mode");
DROP INDEX "program_search_filters_idx";--> statement-breakpoint
DROP INDEX "program_search_facets_idx";--> statement-breakpoint
DROP INDEX "program_search_graduation_rate_sort_idx";--> statement-breakpoint
DROP INDEX "program_search_employment_rate_sort_idx";--> statement-breakpoint
DROP INDEX "program_search_pass_rate_sort_idx";--> statement-breakpoint
DROP INDEX "program_search_updated_at_sort_idx";--> statement-breakpoint
CREATE INDEX "program_search_state_name_idx" ON "program_search" USING btree ("state_code","name_key" COLLATE "C","program_id");--> statement-breakpoint
CREATE INDEX "program_search_name_desc_sort_idx" ON "program_search" USING btree ("name_key" COLLATE "C" DESC NULLS LAST,"program_id");--> statement-breakpoint
CREATE INDEX "program_search_tuition_desc_sort_idx" ON "program_search" USING btree ("tuition_in_state_usd" DESC NULLS LAST,"program_id");--> statement-breakpoint
CREATE INDEX "program_search_facets_idx" ON "program_search" USING btree ("status_code","state_code","degree_code","discipline_code","delivery_code","placement_code","format_bits","career_bits");--> statement-breakpoint
CREATE INDEX "program_search_graduation_rate_sort_idx" ON "program_search" USING btree ("graduation_rate" DESC NULLS LAST,"program_id");--> statement-breakpoint
CREATE INDEX "program_search_employment_rate_sort_idx" ON "program_search" USING btree ("employment_rate" DESC NULLS LAST,"program_id");--> statement-breakpoint
CREATE INDEX "program_search_pass_rate_sort_idx" ON "program_search" USING btree ("pass_rate" DESC NULLS LAST,"program_id");--> statement-breakpoint
CREATE INDEX "program_search_updated_at_sort_idx" ON "program_search" USING btree ("updated_at" DESC NULLS LAST,"program_id");
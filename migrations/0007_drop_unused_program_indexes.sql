DROP INDEX "programs_name_trgm_idx";--> statement-breakpoint
DROP INDEX "programs_internship_formats_idx";--> statement-breakpoint
DROP INDEX "programs_career_services_idx";--> statement-breakpoint
DROP INDEX "programs_name_sort_idx";--> statement-breakpoint
DROP INDEX "programs_tuition_sort_idx";--> statement-breakpoint
DROP INDEX "programs_graduation_rate_sort_idx";--> statement-breakpoint
DROP INDEX "programs_employment_rate_sort_idx";--> statement-breakpoint
DROP INDEX "programs_pass_rate_sort_idx";--> statement-breakpoint
DROP INDEX "programs_next_review_sort_idx";--> statement-breakpoint
DROP INDEX "programs_updated_at_sort_idx";--> statement-breakpoint
DROP INDEX "programs_filters_idx";
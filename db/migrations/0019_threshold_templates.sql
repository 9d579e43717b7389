-- Threshold templates (issue #19): a clinician's named set of limits ("adult T1D", "neonate"),
-- owned by the account that made it; `items` is the JSON array a person's thresholds take
-- (api/schemas.ts ThresholdInput). `version` counts its edits, so a person's limits can say
-- which version they came from.
CREATE TABLE `threshold_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`name` text NOT NULL,
	`items` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `threshold_templates_owner_name` ON `threshold_templates` (`owner_id`, `name`);
--> statement-breakpoint
-- Which template set a person's limits for a metric, and exactly what it set (`limits`, JSON):
-- while the person's rows for that metric still equal `limits` they are the template's; once
-- anyone changes them they are the person's own (core/templates/README.md). No foreign key to
-- the template: deleting a template leaves the record of where limits came from.
CREATE TABLE `threshold_origins` (
	`subject_id` text NOT NULL,
	`metric` text NOT NULL,
	`template_id` text NOT NULL,
	`template_name` text NOT NULL,
	`template_version` integer NOT NULL,
	`limits` text NOT NULL,
	`applied_at` integer NOT NULL,
	`applied_by` text,
	PRIMARY KEY(`subject_id`, `metric`),
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE `alert_snoozes` (
	`id` text PRIMARY KEY NOT NULL,
	`subject_id` text NOT NULL,
	`snooze_class` text NOT NULL,
	`until` integer NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alert_snoozes_subject_class` ON `alert_snoozes` (`subject_id`,`snooze_class`);--> statement-breakpoint
ALTER TABLE `alerts` ADD `snooze_class` text;--> statement-breakpoint
ALTER TABLE `alerts` ADD `snoozable` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `alerts` ADD `reannounce_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `alerts` ADD `detail` text DEFAULT '{}' NOT NULL;
CREATE TABLE `nightscout_uploaders` (
	`subject_id` text PRIMARY KEY NOT NULL,
	`lookup` text NOT NULL,
	`sealed` text NOT NULL,
	`created_at` integer NOT NULL,
	`rotated_at` integer NOT NULL,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `nightscout_uploaders_lookup` ON `nightscout_uploaders` (`lookup`);--> statement-breakpoint
CREATE TABLE `nightscout_entries` (
	`observation_id` text PRIMARY KEY NOT NULL,
	`subject_id` text NOT NULL,
	`direction` text,
	`trend` integer,
	`noise` integer,
	`device` text,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `nightscout_devicestatus` (
	`subject_id` text NOT NULL,
	`device` text NOT NULL,
	`t` integer NOT NULL,
	`doc` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`subject_id`, `device`),
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE `motion_chunks` (
	`subject_id` text NOT NULL,
	`device_id` text DEFAULT '' NOT NULL,
	`t0` integer NOT NULL,
	`t1` integer NOT NULL,
	`rate_hz` real NOT NULL,
	`n` integer NOT NULL,
	`scale` real NOT NULL,
	`x` blob NOT NULL,
	`y` blob NOT NULL,
	`z` blob NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`subject_id`, `device_id`, `t0`),
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tremor_minutes` (
	`subject_id` text NOT NULL,
	`t` integer NOT NULL,
	`device_id` text,
	`seconds` integer NOT NULL,
	`tremor_seconds` integer NOT NULL,
	`tremor_percent` real NOT NULL,
	`dominant_hz` real,
	`magnitude` real NOT NULL,
	`active_percent` real NOT NULL,
	`features` blob NOT NULL,
	`flags` blob NOT NULL,
	`settled` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`subject_id`, `t`),
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE `audio_clips` (
	`id` text PRIMARY KEY NOT NULL,
	`subject_id` text NOT NULL,
	`episode_id` text,
	`start_t` integer NOT NULL,
	`end_t` integer NOT NULL,
	`wav` blob NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`episode_id`) REFERENCES `cry_episodes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audio_clips_subject_created` ON `audio_clips` (`subject_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `cry_episodes` (
	`id` text PRIMARY KEY NOT NULL,
	`subject_id` text NOT NULL,
	`source` text NOT NULL,
	`session_id` text NOT NULL,
	`start_t` integer NOT NULL,
	`end_t` integer,
	`peak` real NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cry_episodes_subject_start` ON `cry_episodes` (`subject_id`,`start_t`);
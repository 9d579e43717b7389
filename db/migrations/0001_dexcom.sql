CREATE TABLE `dexcom_sync` (
	`subject_id` text NOT NULL,
	`kind` text NOT NULL,
	`synced_until` text,
	`walk_to` text,
	`last_sync_time` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`subject_id`, `kind`),
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);

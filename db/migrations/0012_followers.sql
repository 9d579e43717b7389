CREATE TABLE `followers` (
	`subject_id` text NOT NULL,
	`service` text NOT NULL,
	`username` text NOT NULL,
	`sealed_password` text NOT NULL,
	`region` text,
	`server` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`last_success_at` integer,
	`last_reading_at` integer,
	`last_error` text,
	`last_error_at` integer,
	`failing_since` integer,
	`failures` integer DEFAULT 0 NOT NULL,
	`next_poll_at` integer,
	PRIMARY KEY(`subject_id`, `service`),
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);

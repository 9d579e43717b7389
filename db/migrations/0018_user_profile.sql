-- The person's own profile (issue #19): their time zone (IANA name; NULL until they choose one,
-- so screens follow the computer's zone) and the unit they read glucose in. Stored values stay
-- mg/dL whatever is chosen: this is only how they are shown and typed.
ALTER TABLE `users` ADD `time_zone` text;
--> statement-breakpoint
ALTER TABLE `users` ADD `glucose_unit` text DEFAULT 'mg/dL' NOT NULL;

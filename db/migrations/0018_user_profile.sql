-- The person's own profile (issue #19): their time zone (IANA name) and the unit they read
-- glucose in. Both NULL until they choose: screens then follow the computer's zone and the unit
-- picked on that computer before the profile had one (not silently switched to mg/dL). Stored
-- values stay mg/dL whatever is chosen: this is only how they are shown and typed.
ALTER TABLE `users` ADD `time_zone` text;
--> statement-breakpoint
ALTER TABLE `users` ADD `glucose_unit` text;

-- Rollups are read by primary-key range (subject, metric, level, bucket): store them
-- clustered on that key (WITHOUT ROWID) so a year of hourly buckets is one range scan
-- with no second lookup per row. Existing rows are kept.
CREATE TABLE `rollups_new` (
	`subject_id` text NOT NULL,
	`metric` text NOT NULL,
	`level` integer NOT NULL,
	`bucket` integer NOT NULL,
	`count` integer NOT NULL,
	`sum` real NOT NULL,
	`min` real NOT NULL,
	`max` real NOT NULL,
	PRIMARY KEY(`subject_id`, `metric`, `level`, `bucket`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `rollups_new` SELECT `subject_id`, `metric`, `level`, `bucket`, `count`, `sum`, `min`, `max` FROM `rollups`;
--> statement-breakpoint
DROP TABLE `rollups`;
--> statement-breakpoint
ALTER TABLE `rollups_new` RENAME TO `rollups`;

-- A client id is unique within its person only (architecture.md "Storage"): observations and
-- events were keyed by id alone, so a reading posted with an id another person's record
-- already had was dropped as a duplicate and answered with that other person's row. They are
-- now keyed by (subject_id, id). SQLite cannot change a primary key in place, so each table
-- is rebuilt; every row is copied with its rowid, which the sync outbox names rows by, and
-- the sync triggers dropped with the old tables are created again as migration 0006 made them.
CREATE TABLE `__new_observations` (
	`id` text NOT NULL,
	`subject_id` text NOT NULL,
	`metric` text NOT NULL,
	`t` integer NOT NULL,
	`value` real NOT NULL,
	`device_id` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`subject_id`, `id`)
);
--> statement-breakpoint
INSERT INTO `__new_observations` (`rowid`, `id`, `subject_id`, `metric`, `t`, `value`, `device_id`, `created_at`)
	SELECT `rowid`, `id`, `subject_id`, `metric`, `t`, `value`, `device_id`, `created_at` FROM `observations` ORDER BY `rowid`;
--> statement-breakpoint
DROP TABLE `observations`;
--> statement-breakpoint
ALTER TABLE `__new_observations` RENAME TO `observations`;
--> statement-breakpoint
CREATE INDEX `observations_subject_metric_t` ON `observations` (`subject_id`,`metric`,`t`);
--> statement-breakpoint
CREATE TRIGGER `sync_observations_insert` AFTER INSERT ON `observations` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('observations', NEW.rowid);
END;
--> statement-breakpoint
CREATE TABLE `__new_events` (
	`id` text NOT NULL,
	`subject_id` text NOT NULL,
	`type` text NOT NULL,
	`t` integer NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	PRIMARY KEY(`subject_id`, `id`),
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_events` (`rowid`, `id`, `subject_id`, `type`, `t`, `data`, `created_by`, `created_at`, `updated_at`)
	SELECT `rowid`, `id`, `subject_id`, `type`, `t`, `data`, `created_by`, `created_at`, `updated_at` FROM `events` ORDER BY `rowid`;
--> statement-breakpoint
DROP TABLE `events`;
--> statement-breakpoint
ALTER TABLE `__new_events` RENAME TO `events`;
--> statement-breakpoint
CREATE INDEX `events_subject_t` ON `events` (`subject_id`,`t`);
--> statement-breakpoint
CREATE TRIGGER `sync_events_insert` AFTER INSERT ON `events` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('events', NEW.rowid);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_events_update` AFTER UPDATE ON `events` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('events', NEW.rowid);
END;
--> statement-breakpoint
-- A pending event deletion named its event by id alone; it now names the person too
-- (core/sync/outbox.ts), found here from the audit record its deletion left.
UPDATE `sync_outbox` SET `ref` = json_array(
		(SELECT `subject_id` FROM `audit` a WHERE a.`action` IN ('event.delete', 'dose.delete') AND json_extract(a.`detail`, '$.id') = `sync_outbox`.`ref` ORDER BY a.`id` DESC LIMIT 1),
		`ref`)
	WHERE `entity` = 'event_deletions';

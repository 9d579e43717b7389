CREATE TABLE `sync_outbox` (
	`seq` integer PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`row_id` integer NOT NULL,
	`ref` text
);
--> statement-breakpoint
ALTER TABLE `events` ADD `updated_at` integer;
--> statement-breakpoint
ALTER TABLE `subjects` ADD `thresholds_updated_at` integer;
--> statement-breakpoint
ALTER TABLE `subjects` ADD `field_stamps` text DEFAULT '{}' NOT NULL;
--> statement-breakpoint
-- Once this install syncs (core/sync/outbox.ts sets `sync.enabled` at its first round and
-- queues what it already holds), every insert or edit of a subject, event, observation or
-- alert lands in the outbox, whatever code path wrote it (ingest, import, chat, simulator,
-- devices, a future one). An install that never syncs keeps no outbox.
CREATE TRIGGER `sync_subjects_insert` AFTER INSERT ON `subjects` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('subjects', NEW.rowid);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_subjects_update` AFTER UPDATE OF `name`, `kind`, `birth_date`, `settings`, `updated_at` ON `subjects` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('subjects', NEW.rowid);
END;
--> statement-breakpoint
-- A subject's alert thresholds travel as one set, stamped when it was last replaced.
CREATE TRIGGER `sync_thresholds_update` AFTER UPDATE OF `thresholds_updated_at` ON `subjects` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('thresholds', NEW.rowid);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_events_insert` AFTER INSERT ON `events` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('events', NEW.rowid);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_events_update` AFTER UPDATE ON `events` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('events', NEW.rowid);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_observations_insert` AFTER INSERT ON `observations` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('observations', NEW.rowid);
END;
--> statement-breakpoint
-- Alerts travel when raised, acknowledged or resolved (not for local bookkeeping such as
-- re-announcement counts).
CREATE TRIGGER `sync_alerts_insert` AFTER INSERT ON `alerts` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('alerts', NEW.rowid);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_alerts_update` AFTER UPDATE OF `state`, `acknowledged_at`, `resolved_at` ON `alerts` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('alerts', NEW.rowid);
END;
--> statement-breakpoint
-- Threshold sets an older install already holds get a time, so their first round sends them.
UPDATE `subjects` SET `thresholds_updated_at` = `created_at`
	WHERE `id` IN (SELECT `subject_id` FROM `thresholds`)
	   OR `id` IN (SELECT `subject_id` FROM `audit` WHERE `action` IN ('thresholds.put', 'thresholds.defaults'));

-- Sync merges go by a hybrid logical clock (core/sync/hlc.ts) instead of each install's
-- wall clock, so an install whose clock runs ahead cannot win every merge: an edit made after
-- seeing another install's edit always carries the later stamp. `sync_hlc` is this install's
-- clock (one row); its node is random per database (a copied database gets a new one with its
-- new install id). Stamps are text that sorts in time order: millis-counter-node.
CREATE TABLE `sync_hlc` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
	`millis` integer NOT NULL,
	`counter` integer NOT NULL,
	`node` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `sync_hlc` (`id`, `millis`, `counter`, `node`) VALUES (1, 0, 0, lower(hex(randomblob(8))));
--> statement-breakpoint
ALTER TABLE `events` ADD `hlc` text;
--> statement-breakpoint
-- A person's creation, each field's last edit (beside `field_stamps`, same keys) and the threshold set's last replacement.
ALTER TABLE `subjects` ADD `hlc` text;
--> statement-breakpoint
ALTER TABLE `subjects` ADD `field_hlc` text DEFAULT '{}' NOT NULL;
--> statement-breakpoint
ALTER TABLE `subjects` ADD `thresholds_hlc` text;
--> statement-breakpoint
-- A minute of tremor analysis is rewritten when a later upload completes it.
ALTER TABLE `tremor_minutes` ADD `hlc` text;
--> statement-breakpoint
-- The outbox queues a row when what it holds changes, not when only its stamp is set: the
-- stamping triggers below write the stamp in a second UPDATE, and the back-fill that follows
-- is no new version either (the remote back-fills its own rows the same way at its upgrade).
DROP TRIGGER `sync_events_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_events_update` AFTER UPDATE OF `id`, `subject_id`, `type`, `t`, `data`, `created_by`, `created_at`, `updated_at` ON `events` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('events', NEW.rowid);
END;
--> statement-breakpoint
DROP TRIGGER `sync_tremor_minutes_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_tremor_minutes_update` AFTER UPDATE OF `subject_id`, `t`, `device_id`, `seconds`, `tremor_seconds`, `tremor_percent`, `dominant_hz`, `magnitude`, `active_percent`, `features`, `flags`, `settled`, `updated_at` ON `tremor_minutes` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('tremor_minutes', NEW.rowid);
END;
--> statement-breakpoint
-- What an install already holds is stamped from its own wall times, counter 0, this install's node.
UPDATE `events` SET `hlc` = printf('%015d-0000-%s', COALESCE(`updated_at`, `created_at`), (SELECT `node` FROM `sync_hlc`));
--> statement-breakpoint
UPDATE `tremor_minutes` SET `hlc` = printf('%015d-0000-%s', `updated_at`, (SELECT `node` FROM `sync_hlc`));
--> statement-breakpoint
UPDATE `subjects` SET
	`hlc` = printf('%015d-0000-%s', `created_at`, (SELECT `node` FROM `sync_hlc`)),
	`field_hlc` = (SELECT json_group_object(`key`, printf('%015d-0000-%s', `value`, (SELECT `node` FROM `sync_hlc`))) FROM json_each(`subjects`.`field_stamps`)),
	`thresholds_hlc` = CASE WHEN `thresholds_updated_at` IS NULL THEN NULL ELSE printf('%015d-0000-%s', `thresholds_updated_at`, (SELECT `node` FROM `sync_hlc`)) END;
--> statement-breakpoint
-- The clock starts past every back-filled stamp, so the next write is later than all of them.
UPDATE `sync_hlc` SET `millis` = MAX(
	(SELECT COALESCE(MAX(COALESCE(`updated_at`, `created_at`)), 0) FROM `events`),
	(SELECT COALESCE(MAX(MAX(`updated_at`, `created_at`, COALESCE(`thresholds_updated_at`, 0))), 0) FROM `subjects`),
	(SELECT COALESCE(MAX(`updated_at`), 0) FROM `tremor_minutes`)
);
--> statement-breakpoint
-- Every local write of what merges by time is stamped here, whatever code path wrote it (as
-- migration 0006's outbox triggers queue it). The wall time is the one the write itself
-- recorded (from the core's injectable clock). A write that sets the stamp itself (rows pulled
-- from the remote keep the stamp they came with) is left alone.
CREATE TRIGGER `hlc_events_insert` AFTER INSERT ON `events` WHEN NEW.`hlc` IS NULL BEGIN
	UPDATE `sync_hlc` SET `counter` = CASE WHEN COALESCE(NEW.`updated_at`, NEW.`created_at`) > `millis` THEN 0 ELSE `counter` + 1 END, `millis` = MAX(`millis`, COALESCE(NEW.`updated_at`, NEW.`created_at`)) WHERE `id` = 1;
	SELECT RAISE(ABORT, 'more than 65536 changes stamped within one millisecond: the hybrid logical clock''s counter is full') FROM `sync_hlc` WHERE `id` = 1 AND `counter` > 65535;
	UPDATE `events` SET `hlc` = (SELECT printf('%015d-%04X-%s', `millis`, `counter`, `node`) FROM `sync_hlc` WHERE `id` = 1) WHERE `rowid` = NEW.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `hlc_events_update` AFTER UPDATE OF `type`, `t`, `data`, `updated_at` ON `events` WHEN NEW.`hlc` IS OLD.`hlc` BEGIN
	UPDATE `sync_hlc` SET `counter` = CASE WHEN COALESCE(NEW.`updated_at`, NEW.`created_at`) > `millis` THEN 0 ELSE `counter` + 1 END, `millis` = MAX(`millis`, COALESCE(NEW.`updated_at`, NEW.`created_at`)) WHERE `id` = 1;
	SELECT RAISE(ABORT, 'more than 65536 changes stamped within one millisecond: the hybrid logical clock''s counter is full') FROM `sync_hlc` WHERE `id` = 1 AND `counter` > 65535;
	UPDATE `events` SET `hlc` = (SELECT printf('%015d-%04X-%s', `millis`, `counter`, `node`) FROM `sync_hlc` WHERE `id` = 1) WHERE `rowid` = NEW.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `hlc_subjects_insert` AFTER INSERT ON `subjects` WHEN NEW.`hlc` IS NULL BEGIN
	UPDATE `sync_hlc` SET `counter` = CASE WHEN NEW.`created_at` > `millis` THEN 0 ELSE `counter` + 1 END, `millis` = MAX(`millis`, NEW.`created_at`) WHERE `id` = 1;
	SELECT RAISE(ABORT, 'more than 65536 changes stamped within one millisecond: the hybrid logical clock''s counter is full') FROM `sync_hlc` WHERE `id` = 1 AND `counter` > 65535;
	UPDATE `subjects` SET `hlc` = (SELECT printf('%015d-%04X-%s', `millis`, `counter`, `node`) FROM `sync_hlc` WHERE `id` = 1) WHERE `rowid` = NEW.`rowid`;
END;
--> statement-breakpoint
-- Each field whose edit time changed gets this write's stamp (core/records/subjects.ts stamps
-- only the fields an edit touched).
CREATE TRIGGER `hlc_subjects_fields` AFTER UPDATE OF `field_stamps` ON `subjects`
	WHEN NEW.`field_hlc` IS OLD.`field_hlc` AND NEW.`field_stamps` IS NOT OLD.`field_stamps` BEGIN
	UPDATE `sync_hlc` SET `counter` = CASE WHEN NEW.`updated_at` > `millis` THEN 0 ELSE `counter` + 1 END, `millis` = MAX(`millis`, NEW.`updated_at`) WHERE `id` = 1;
	SELECT RAISE(ABORT, 'more than 65536 changes stamped within one millisecond: the hybrid logical clock''s counter is full') FROM `sync_hlc` WHERE `id` = 1 AND `counter` > 65535;
	UPDATE `subjects` SET `field_hlc` = json_patch(NEW.`field_hlc`, (
		SELECT json_group_object(n.`key`, (SELECT printf('%015d-%04X-%s', `millis`, `counter`, `node`) FROM `sync_hlc` WHERE `id` = 1)) FROM json_each(NEW.`field_stamps`) n
		 WHERE n.`value` IS NOT (SELECT o.`value` FROM json_each(OLD.`field_stamps`) o WHERE o.`key` = n.`key`)
	)) WHERE `rowid` = NEW.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `hlc_thresholds` AFTER UPDATE OF `thresholds_updated_at` ON `subjects`
	WHEN NEW.`thresholds_hlc` IS OLD.`thresholds_hlc` AND NEW.`thresholds_updated_at` IS NOT NULL BEGIN
	UPDATE `sync_hlc` SET `counter` = CASE WHEN NEW.`thresholds_updated_at` > `millis` THEN 0 ELSE `counter` + 1 END, `millis` = MAX(`millis`, NEW.`thresholds_updated_at`) WHERE `id` = 1;
	SELECT RAISE(ABORT, 'more than 65536 changes stamped within one millisecond: the hybrid logical clock''s counter is full') FROM `sync_hlc` WHERE `id` = 1 AND `counter` > 65535;
	UPDATE `subjects` SET `thresholds_hlc` = (SELECT printf('%015d-%04X-%s', `millis`, `counter`, `node`) FROM `sync_hlc` WHERE `id` = 1) WHERE `rowid` = NEW.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `hlc_tremor_minutes_insert` AFTER INSERT ON `tremor_minutes` WHEN NEW.`hlc` IS NULL BEGIN
	UPDATE `sync_hlc` SET `counter` = CASE WHEN NEW.`updated_at` > `millis` THEN 0 ELSE `counter` + 1 END, `millis` = MAX(`millis`, NEW.`updated_at`) WHERE `id` = 1;
	SELECT RAISE(ABORT, 'more than 65536 changes stamped within one millisecond: the hybrid logical clock''s counter is full') FROM `sync_hlc` WHERE `id` = 1 AND `counter` > 65535;
	UPDATE `tremor_minutes` SET `hlc` = (SELECT printf('%015d-%04X-%s', `millis`, `counter`, `node`) FROM `sync_hlc` WHERE `id` = 1) WHERE `rowid` = NEW.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `hlc_tremor_minutes_update` AFTER UPDATE OF `seconds`, `tremor_seconds`, `features`, `flags`, `settled`, `updated_at` ON `tremor_minutes` WHEN NEW.`hlc` IS OLD.`hlc` BEGIN
	UPDATE `sync_hlc` SET `counter` = CASE WHEN NEW.`updated_at` > `millis` THEN 0 ELSE `counter` + 1 END, `millis` = MAX(`millis`, NEW.`updated_at`) WHERE `id` = 1;
	SELECT RAISE(ABORT, 'more than 65536 changes stamped within one millisecond: the hybrid logical clock''s counter is full') FROM `sync_hlc` WHERE `id` = 1 AND `counter` > 65535;
	UPDATE `tremor_minutes` SET `hlc` = (SELECT printf('%015d-%04X-%s', `millis`, `counter`, `node`) FROM `sync_hlc` WHERE `id` = 1) WHERE `rowid` = NEW.`rowid`;
END;

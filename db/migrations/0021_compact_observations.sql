-- Compact observation storage (issue #18): a year of 5-minute CGM took 241 bytes per reading
-- (a text uuid id, text person and metric on every row, a second index repeating them, a
-- rollup row per reading keyed by text). Readings now live clustered on integer keys
-- (person, metric, t) in a WITHOUT ROWID table; a client id is stored only where the source
-- gave one ('' otherwise: the reading's id is then `<metric>@<t>`, which is unique within its
-- person and the same on every install); created_at is kept as its distance from t.
-- `observations` and `rollups` become views with the old columns over the compact tables,
-- so every reader keeps its query; writers on the hot path write the compact tables.
-- The rows already stored are moved by db/compact-observations.ts in batches with progress
-- after this migration (a single SQL statement could not show any), from the old tables
-- renamed here, with a copy of the whole file kept beside it until the move is verified.
DROP TRIGGER `sync_observations_insert`;
--> statement-breakpoint
DROP TRIGGER `latest_observations_on_delete`;
--> statement-breakpoint
DROP INDEX `observations_subject_metric_t`;
--> statement-breakpoint
ALTER TABLE `observations` RENAME TO `observations_before_0021`;
--> statement-breakpoint
ALTER TABLE `rollups` RENAME TO `rollups_before_0021`;
--> statement-breakpoint
-- Small lookup tables: a key is made the first time a person, metric or device is written (a deleted person's goes with them).
CREATE TABLE `subject_keys` (
	`key` integer PRIMARY KEY NOT NULL,
	`subject_id` text NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE TABLE `metric_keys` (
	`key` integer PRIMARY KEY NOT NULL,
	`metric` text NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE TABLE `device_keys` (
	`key` integer PRIMARY KEY NOT NULL,
	`device_id` text NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE TABLE `observation_rows` (
	`s` integer NOT NULL,
	`m` integer NOT NULL,
	`t` integer NOT NULL,
	`id` text NOT NULL,
	`value` real NOT NULL,
	`d` integer,
	`created_after` integer NOT NULL,
	PRIMARY KEY (`s`, `m`, `t`, `id`)
) WITHOUT ROWID;
--> statement-breakpoint
-- A client id is unique within its person; only rows that have one pay for this index.
CREATE UNIQUE INDEX `observation_rows_client_id` ON `observation_rows` (`s`, `id`) WHERE `id` <> '';
--> statement-breakpoint
CREATE TABLE `rollup_rows` (
	`s` integer NOT NULL,
	`m` integer NOT NULL,
	`level` integer NOT NULL,
	`bucket` integer NOT NULL,
	`count` integer NOT NULL,
	`sum` real NOT NULL,
	`min` real NOT NULL,
	`max` real NOT NULL,
	PRIMARY KEY (`s`, `m`, `level`, `bucket`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE VIEW `observations` AS
SELECT CASE WHEN o.`id` = '' THEN mk.`metric` || '@' || o.`t` ELSE o.`id` END AS `id`,
       sk.`subject_id` AS `subject_id`, mk.`metric` AS `metric`, o.`t` AS `t`, o.`value` AS `value`,
       dk.`device_id` AS `device_id`, o.`t` + o.`created_after` AS `created_at`
  FROM `observation_rows` o
  JOIN `subject_keys` sk ON sk.`key` = o.`s`
  JOIN `metric_keys` mk ON mk.`key` = o.`m`
  LEFT JOIN `device_keys` dk ON dk.`key` = o.`d`;
--> statement-breakpoint
CREATE VIEW `rollups` AS
SELECT sk.`subject_id` AS `subject_id`, mk.`metric` AS `metric`, r.`level` AS `level`, r.`bucket` AS `bucket`,
       r.`count` AS `count`, r.`sum` AS `sum`, r.`min` AS `min`, r.`max` AS `max`
  FROM `rollup_rows` r
  JOIN `subject_keys` sk ON sk.`key` = r.`s`
  JOIN `metric_keys` mk ON mk.`key` = r.`m`;
--> statement-breakpoint
-- Writes through the old names still work (tools, tests, older code paths); the ingest writes
-- the compact table itself. No conflict clause: a duplicate is an error here, as it was.
CREATE TRIGGER `observations_insert` INSTEAD OF INSERT ON `observations` BEGIN
	INSERT OR IGNORE INTO `subject_keys` (`subject_id`) VALUES (NEW.`subject_id`);
	INSERT OR IGNORE INTO `metric_keys` (`metric`) VALUES (NEW.`metric`);
	INSERT OR IGNORE INTO `device_keys` (`device_id`) SELECT NEW.`device_id` WHERE NEW.`device_id` IS NOT NULL;
	INSERT INTO `observation_rows` (`s`, `m`, `t`, `id`, `value`, `d`, `created_after`) VALUES (
		(SELECT `key` FROM `subject_keys` WHERE `subject_id` = NEW.`subject_id`),
		(SELECT `key` FROM `metric_keys` WHERE `metric` = NEW.`metric`),
		NEW.`t`,
		CASE WHEN NEW.`id` = NEW.`metric` || '@' || NEW.`t` THEN '' ELSE NEW.`id` END,
		NEW.`value`,
		(SELECT `key` FROM `device_keys` WHERE `device_id` = NEW.`device_id`),
		NEW.`created_at` - NEW.`t`);
END;
--> statement-breakpoint
CREATE TRIGGER `observations_delete` INSTEAD OF DELETE ON `observations` BEGIN
	DELETE FROM `observation_rows`
	 WHERE `s` = (SELECT `key` FROM `subject_keys` WHERE `subject_id` = OLD.`subject_id`)
	   AND `m` = (SELECT `key` FROM `metric_keys` WHERE `metric` = OLD.`metric`)
	   AND `t` = OLD.`t`
	   AND `id` = CASE WHEN OLD.`id` = OLD.`metric` || '@' || OLD.`t` THEN '' ELSE OLD.`id` END;
END;
--> statement-breakpoint
CREATE TRIGGER `rollups_delete` INSTEAD OF DELETE ON `rollups` BEGIN
	DELETE FROM `rollup_rows`
	 WHERE `s` = (SELECT `key` FROM `subject_keys` WHERE `subject_id` = OLD.`subject_id`)
	   AND `m` = (SELECT `key` FROM `metric_keys` WHERE `metric` = OLD.`metric`)
	   AND `level` = OLD.`level` AND `bucket` = OLD.`bucket`;
END;
--> statement-breakpoint
-- As migration 0014's trigger, on the compact table: a deletion of the row the latest-values
-- table names recomputes that one key.
CREATE TRIGGER `latest_observations_on_delete` AFTER DELETE ON `observation_rows`
WHEN EXISTS (SELECT 1 FROM `latest_observations` l
	 WHERE l.`subject_id` = (SELECT `subject_id` FROM `subject_keys` WHERE `key` = OLD.`s`)
	   AND l.`metric` = (SELECT `metric` FROM `metric_keys` WHERE `key` = OLD.`m`)
	   AND l.`t` = OLD.`t`
	   AND l.`id` = CASE WHEN OLD.`id` = '' THEN l.`metric` || '@' || OLD.`t` ELSE OLD.`id` END) BEGIN
	DELETE FROM `latest_observations`
	 WHERE `subject_id` = (SELECT `subject_id` FROM `subject_keys` WHERE `key` = OLD.`s`)
	   AND `metric` = (SELECT `metric` FROM `metric_keys` WHERE `key` = OLD.`m`);
	INSERT INTO `latest_observations` (`subject_id`, `metric`, `id`, `t`, `value`, `device_id`)
	SELECT `subject_id`, `metric`, `id`, `t`, `value`, `device_id` FROM `observations`
	 WHERE `subject_id` = (SELECT `subject_id` FROM `subject_keys` WHERE `key` = OLD.`s`)
	   AND `metric` = (SELECT `metric` FROM `metric_keys` WHERE `key` = OLD.`m`)
	 ORDER BY `t` DESC, `id` DESC LIMIT 1;
END;
--> statement-breakpoint
-- A WITHOUT ROWID row has no rowid for the outbox to name: an observation's entry names its
-- key instead, t in `row_id` and `[s, m, id]` in `ref` (core/sync/outbox.ts joins on both).
-- Entries queued before this migration name old rowids; the move rewrites them.
CREATE TRIGGER `sync_observations_insert` AFTER INSERT ON `observation_rows` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`, `ref`) VALUES ('observations', NEW.`t`, json_array(NEW.`s`, NEW.`m`, NEW.`id`));
END;

-- The newest reading per person and metric (issue #18): the Home overview, the kiosk and
-- the stream read it instead of sorting a person's whole history. Inserts keep it current
-- in the ingest's own transaction (core/records/observations.ts, batched per metric); a
-- deletion of the row it names recomputes that one key here, whatever path deleted it.
-- "Newest" is the greatest (t, id), the order `observations.list` pages in.
CREATE TABLE `latest_observations` (
	`subject_id` text NOT NULL,
	`metric` text NOT NULL,
	`id` text NOT NULL,
	`t` integer NOT NULL,
	`value` real NOT NULL,
	`device_id` text,
	PRIMARY KEY(`subject_id`, `metric`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `latest_observations` (`subject_id`, `metric`, `id`, `t`, `value`, `device_id`)
SELECT `subject_id`, `metric`, `id`, `t`, `value`, `device_id` FROM (
	SELECT `subject_id`, `metric`, `id`, `t`, `value`, `device_id`,
	       row_number() OVER (PARTITION BY `subject_id`, `metric` ORDER BY `t` DESC, `id` DESC) AS `rn`
	  FROM `observations`
) WHERE `rn` = 1;
--> statement-breakpoint
CREATE TRIGGER `latest_observations_on_delete` AFTER DELETE ON `observations`
WHEN EXISTS (SELECT 1 FROM `latest_observations` l WHERE l.`subject_id` = OLD.`subject_id` AND l.`metric` = OLD.`metric` AND l.`id` = OLD.`id`) BEGIN
	DELETE FROM `latest_observations` WHERE `subject_id` = OLD.`subject_id` AND `metric` = OLD.`metric`;
	INSERT INTO `latest_observations` (`subject_id`, `metric`, `id`, `t`, `value`, `device_id`)
	SELECT `subject_id`, `metric`, `id`, `t`, `value`, `device_id` FROM `observations`
	 WHERE `subject_id` = OLD.`subject_id` AND `metric` = OLD.`metric` ORDER BY `t` DESC, `id` DESC LIMIT 1;
END;
--> statement-breakpoint
-- A counter bumped by every change to `grants`, whichever code path or process made it
-- (sharing, ending a share, a person deleted, a sync round's owner grant): the hub's stream
-- keeps each screen's set of permitted people in memory and re-reads it only when this moves.
CREATE TABLE `grants_version` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
	`version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `grants_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `grants_version_insert` AFTER INSERT ON `grants` BEGIN
	UPDATE `grants_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `grants_version_update` AFTER UPDATE ON `grants` BEGIN
	UPDATE `grants_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `grants_version_delete` AFTER DELETE ON `grants` BEGIN
	UPDATE `grants_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;

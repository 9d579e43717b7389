-- Sync carries the tremor screens' per-minute analysis and cry episodes too (core/sync): a minute is queued
-- when written and again when a later upload completes it, once this install syncs.
CREATE TRIGGER `sync_tremor_minutes_insert` AFTER INSERT ON `tremor_minutes` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('tremor_minutes', NEW.rowid);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_tremor_minutes_update` AFTER UPDATE ON `tremor_minutes` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('tremor_minutes', NEW.rowid);
END;
--> statement-breakpoint
-- An install that already syncs sends the minutes it holds at its next round.
INSERT INTO `sync_outbox` (`entity`, `row_id`)
	SELECT 'tremor_minutes', `rowid` FROM `tremor_minutes`
	WHERE EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') ORDER BY `rowid`;
--> statement-breakpoint
-- Cry episodes too: written open, then closed (their audio clips never travel).
CREATE TRIGGER `sync_cry_episodes_insert` AFTER INSERT ON `cry_episodes` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('cry_episodes', NEW.rowid);
END;
--> statement-breakpoint
CREATE TRIGGER `sync_cry_episodes_update` AFTER UPDATE ON `cry_episodes` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('cry_episodes', NEW.rowid);
END;
--> statement-breakpoint
INSERT INTO `sync_outbox` (`entity`, `row_id`)
	SELECT 'cry_episodes', `rowid` FROM `cry_episodes`
	WHERE EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') ORDER BY `rowid`;

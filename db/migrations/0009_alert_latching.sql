-- Issue 15: high-priority alarms latch (IEC 60601-1-8) and nested limits are one alarm.
-- `condition_ended_at`: when the condition of a latched alert ended (it stays open until acknowledged).
-- `latching`: 1 when this alert stays open after its condition ends (decided by its rule and priority).
-- `updated_at`: when the raising install last changed what the alert says (escalation, condition
-- ended or returned); sync keeps the copy with the later stamp for those fields.
ALTER TABLE `alerts` ADD `condition_ended_at` integer;--> statement-breakpoint
ALTER TABLE `alerts` ADD `latching` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `alerts` ADD `updated_at` integer;--> statement-breakpoint
DROP TRIGGER IF EXISTS `sync_alerts_update`;--> statement-breakpoint
-- Alerts travel when raised, acknowledged, resolved, escalated or when their condition ends or returns.
CREATE TRIGGER `sync_alerts_update` AFTER UPDATE OF `state`, `acknowledged_at`, `resolved_at`, `condition_ended_at`, `updated_at` ON `alerts` WHEN EXISTS (SELECT 1 FROM `kv` WHERE `key` = 'sync.enabled') BEGIN
	INSERT INTO `sync_outbox` (`entity`, `row_id`) VALUES ('alerts', NEW.rowid);
END;
--> statement-breakpoint
-- Threshold alerts were keyed per limit (`threshold:glucose:low:high`); now one per metric and
-- direction (`threshold:glucose:low`), so standing ones keep resolving and escalating.
UPDATE `alerts` SET `rule_key` = substr(`rule_key`, 1, length(`rule_key`) - length(`priority`) - 1)
	WHERE `rule_key` LIKE 'threshold:%' AND (`rule_key` LIKE '%:low:' || `priority` OR `rule_key` LIKE '%:high:' || `priority`);

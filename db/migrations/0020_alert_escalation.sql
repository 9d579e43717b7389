-- Issue 19: tiered escalation. `escalation` is what this install's escalation timer last decided for
-- an unacknowledged high alert, as JSON: {tier, of, since, at, label, to:[{id,name}], sounding:[user ids]}.
-- A snapshot, not recomputed from the tiers on each read, so the alert says who it went to at the
-- time even after the tiers or the grants change. Null: no tiers set for the person (as before).
-- Per install and not synced (not in the sync trigger's columns): each install runs its own timer.
ALTER TABLE `alerts` ADD `escalation` text;

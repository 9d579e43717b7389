-- Rollups that cost less than the rows they summarise (issue #18): for 5-minute CGM the
-- 5-minute level held a row per reading, as many bytes as the readings themselves. It is
-- now kept only for a 5-minute bucket holding more than one reading (1 Hz cry probability,
-- 1-minute CGM), and a bucket of one reading is answered from that reading, which the
-- clustered observation_rows (s, m, t) reads as fast. This drops the rows the layout no
-- longer keeps; one whose bucket has lost its readings (deleted raw rows) or holds several
-- stays. db/compact-observations.ts (dropOneReadingFineRollups) runs the same statement on
-- rows it moves after this migration. The freed pages are reused by later writes.
DELETE FROM `rollup_rows`
 WHERE `level` = 5 AND `count` = 1
   AND (SELECT COUNT(*) FROM `observation_rows` o
         WHERE o.`s` = `rollup_rows`.`s` AND o.`m` = `rollup_rows`.`m` AND o.`t` >= `rollup_rows`.`bucket` AND o.`t` < `rollup_rows`.`bucket` + 300000) = 1;

-- A sign-in is a session: the token a login issues and every token `auth.renew` issues from it
-- share one session id, so signing out ends them all (issue 15). Tokens issued before this
-- migration are each their own session.
ALTER TABLE `auth_tokens` ADD `session_id` text;
--> statement-breakpoint
UPDATE `auth_tokens` SET `session_id` = `token_hash` WHERE `session_id` IS NULL;
--> statement-breakpoint
CREATE INDEX `auth_tokens_session` ON `auth_tokens` (`session_id`);

ALTER TABLE `sessions` ADD `revealed_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `question_opened_at` integer;
CREATE TABLE `join_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client` text NOT NULL,
	`failed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `join_failures_client_time` ON `join_failures` (`client`,`failed_at`);--> statement-breakpoint
CREATE TABLE `served_questions` (
	`participant_id` text NOT NULL,
	`question_id` text NOT NULL,
	`served_at` integer NOT NULL,
	PRIMARY KEY(`participant_id`, `question_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `sessions` ADD `feedback_after_end` integer DEFAULT false NOT NULL;
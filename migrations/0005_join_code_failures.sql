CREATE TABLE `join_code_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_key` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `join_code_failures_client_at` ON `join_code_failures` (`client_key`,`at`);--> statement-breakpoint
CREATE INDEX `join_code_failures_at` ON `join_code_failures` (`at`);
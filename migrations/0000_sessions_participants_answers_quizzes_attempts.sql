CREATE TABLE `answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`question_id` text NOT NULL,
	`option_id` text,
	`correct` integer NOT NULL,
	`timed_out` integer DEFAULT false NOT NULL,
	`response_ms` integer NOT NULL,
	`answered_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `answers_participant_question` ON `answers` (`participant_id`,`question_id`);--> statement-breakpoint
CREATE INDEX `answers_session` ON `answers` (`session_id`);--> statement-breakpoint
CREATE TABLE `attempt_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`attempt_id` text NOT NULL,
	`question_id` text NOT NULL,
	`option_id` text NOT NULL,
	`correct` integer NOT NULL,
	`response_ms` integer NOT NULL,
	`answered_at` integer NOT NULL,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attempt_answers_attempt_question` ON `attempt_answers` (`attempt_id`,`question_id`);--> statement-breakpoint
CREATE TABLE `attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`quiz_id` text,
	`question_ids` text NOT NULL,
	`seed` integer NOT NULL,
	`created_at` integer NOT NULL,
	`finished_at` integer,
	`shown_question_id` text,
	`shown_at` integer,
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`nickname` text NOT NULL,
	`nickname_key` text NOT NULL,
	`token_digest` text NOT NULL,
	`pin_digest` text NOT NULL,
	`rejoin_failures` integer DEFAULT 0 NOT NULL,
	`seed` integer NOT NULL,
	`joined_at` integer NOT NULL,
	`finished_at` integer,
	`shown_question_id` text,
	`shown_at` integer,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_session_nickname` ON `participants` (`session_id`,`nickname_key`);--> statement-breakpoint
CREATE TABLE `quizzes` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`question_ids` text NOT NULL,
	`source_session_id` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `quizzes_source_session` ON `quizzes` (`source_session_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`join_code` text NOT NULL,
	`title` text NOT NULL,
	`instructor_key_digest` text NOT NULL,
	`question_ids` text NOT NULL,
	`articles` text NOT NULL,
	`skills` text NOT NULL,
	`pacing` text DEFAULT 'self' NOT NULL,
	`timer_seconds` integer,
	`leaderboard` integer DEFAULT false NOT NULL,
	`shuffle` integer DEFAULT true NOT NULL,
	`open_count` integer DEFAULT 0 NOT NULL,
	`locked` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`ended_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_join_code` ON `sessions` (`join_code`);
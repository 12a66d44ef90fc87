CREATE TABLE `libraries` (
	`id` text PRIMARY KEY NOT NULL,
	`key_digest` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `library_article_uses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`kind` text NOT NULL,
	`target_id` text NOT NULL,
	`title` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `library_articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `library_article_uses_article` ON `library_article_uses` (`article_id`);--> statement-breakpoint
CREATE TABLE `library_articles` (
	`id` text PRIMARY KEY NOT NULL,
	`library_id` text NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`analysis` text NOT NULL,
	`engine_version` text NOT NULL,
	`share_confirmed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`library_id`) REFERENCES `libraries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `library_articles_library` ON `library_articles` (`library_id`);--> statement-breakpoint
CREATE TABLE `library_edits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`question_id` text,
	`editor` text NOT NULL,
	`action` text NOT NULL,
	`changes` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `library_articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `library_edits_article` ON `library_edits` (`article_id`);--> statement-breakpoint
CREATE TABLE `library_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`position` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`question` text NOT NULL,
	`edited` integer DEFAULT false NOT NULL,
	`engine_version` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `library_articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `library_questions_article` ON `library_questions` (`article_id`);--> statement-breakpoint
CREATE TABLE `question_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`library_id` text NOT NULL,
	`article_id` text NOT NULL,
	`question` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `question_snapshots_article` ON `question_snapshots` (`article_id`);
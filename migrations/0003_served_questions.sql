CREATE TABLE `served_questions` (
	`participant_id` text NOT NULL,
	`question_id` text NOT NULL,
	`served_at` integer NOT NULL,
	PRIMARY KEY(`participant_id`, `question_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);

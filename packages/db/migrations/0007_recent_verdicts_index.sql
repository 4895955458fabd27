-- Each reviewer's most recent verdicts, for the dashboard's median time to verdict.
CREATE INDEX `verdicts_case_proposer_proposed` ON `verdicts` (`case_id`, `proposer_id`, `proposed_at`);

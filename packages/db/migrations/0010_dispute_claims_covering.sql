-- Covering index: the disputes of a set of claims (a text search narrowing the dispute list, an import finding the
-- disputes its claims join) are read from the index alone, without a lookup in the table per claim.
DROP INDEX `dispute_claims_claim`;--> statement-breakpoint
CREATE INDEX `dispute_claims_claim` ON `dispute_claims` (`claim_id`,`dispute_id`);
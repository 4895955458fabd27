-- Status rollup for the dashboard: triggers keep it in the same transaction as every change to claims and disputes.
CREATE INDEX `disputes_case_last_activity` ON `disputes` (`case_id`, `last_activity_at`);
--> statement-breakpoint
CREATE TRIGGER claims_rollup_insert AFTER INSERT ON claims
BEGIN
  INSERT INTO status_counts (case_id, item_type, status, assignee_id, n) VALUES (NEW.case_id, 'claim', NEW.status, coalesce(NEW.assignee_id, ''), 1)
    ON CONFLICT (case_id, item_type, status, assignee_id) DO UPDATE SET n = n + (1);
  INSERT INTO status_daily (case_id, item_type, day, status, n) VALUES (NEW.case_id, 'claim', date(NEW.updated_at / 1000, 'unixepoch'), NEW.status, 1)
    ON CONFLICT (case_id, item_type, day, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER claims_rollup_update AFTER UPDATE OF status, assignee_id ON claims
WHEN NEW.status IS NOT OLD.status OR NEW.assignee_id IS NOT OLD.assignee_id
BEGIN
  INSERT INTO status_counts (case_id, item_type, status, assignee_id, n) VALUES (OLD.case_id, 'claim', OLD.status, coalesce(OLD.assignee_id, ''), -1)
    ON CONFLICT (case_id, item_type, status, assignee_id) DO UPDATE SET n = n + (-1);
  INSERT INTO status_counts (case_id, item_type, status, assignee_id, n) VALUES (NEW.case_id, 'claim', NEW.status, coalesce(NEW.assignee_id, ''), 1)
    ON CONFLICT (case_id, item_type, status, assignee_id) DO UPDATE SET n = n + (1);
END;
--> statement-breakpoint
CREATE TRIGGER claims_daily_update AFTER UPDATE OF status ON claims
WHEN NEW.status IS NOT OLD.status
BEGIN
  INSERT INTO status_daily (case_id, item_type, day, status, n) VALUES (NEW.case_id, 'claim', date(NEW.updated_at / 1000, 'unixepoch'), NEW.status, 1)
    ON CONFLICT (case_id, item_type, day, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER claims_rollup_delete AFTER DELETE ON claims
BEGIN
  INSERT INTO status_counts (case_id, item_type, status, assignee_id, n) VALUES (OLD.case_id, 'claim', OLD.status, coalesce(OLD.assignee_id, ''), -1)
    ON CONFLICT (case_id, item_type, status, assignee_id) DO UPDATE SET n = n + (-1);
END;
--> statement-breakpoint
INSERT INTO status_counts (case_id, item_type, status, assignee_id, n)
  SELECT case_id, 'claim', status, coalesce(assignee_id, ''), count(*) FROM claims GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE TRIGGER disputes_rollup_insert AFTER INSERT ON disputes
BEGIN
  INSERT INTO status_counts (case_id, item_type, status, assignee_id, n) VALUES (NEW.case_id, 'dispute', NEW.status, coalesce(NEW.assignee_id, ''), 1)
    ON CONFLICT (case_id, item_type, status, assignee_id) DO UPDATE SET n = n + (1);
  INSERT INTO status_daily (case_id, item_type, day, status, n) VALUES (NEW.case_id, 'dispute', date(NEW.updated_at / 1000, 'unixepoch'), NEW.status, 1)
    ON CONFLICT (case_id, item_type, day, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER disputes_rollup_update AFTER UPDATE OF status, assignee_id ON disputes
WHEN NEW.status IS NOT OLD.status OR NEW.assignee_id IS NOT OLD.assignee_id
BEGIN
  INSERT INTO status_counts (case_id, item_type, status, assignee_id, n) VALUES (OLD.case_id, 'dispute', OLD.status, coalesce(OLD.assignee_id, ''), -1)
    ON CONFLICT (case_id, item_type, status, assignee_id) DO UPDATE SET n = n + (-1);
  INSERT INTO status_counts (case_id, item_type, status, assignee_id, n) VALUES (NEW.case_id, 'dispute', NEW.status, coalesce(NEW.assignee_id, ''), 1)
    ON CONFLICT (case_id, item_type, status, assignee_id) DO UPDATE SET n = n + (1);
END;
--> statement-breakpoint
CREATE TRIGGER disputes_daily_update AFTER UPDATE OF status ON disputes
WHEN NEW.status IS NOT OLD.status
BEGIN
  INSERT INTO status_daily (case_id, item_type, day, status, n) VALUES (NEW.case_id, 'dispute', date(NEW.updated_at / 1000, 'unixepoch'), NEW.status, 1)
    ON CONFLICT (case_id, item_type, day, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER disputes_rollup_delete AFTER DELETE ON disputes
BEGIN
  INSERT INTO status_counts (case_id, item_type, status, assignee_id, n) VALUES (OLD.case_id, 'dispute', OLD.status, coalesce(OLD.assignee_id, ''), -1)
    ON CONFLICT (case_id, item_type, status, assignee_id) DO UPDATE SET n = n + (-1);
END;
--> statement-breakpoint
INSERT INTO status_counts (case_id, item_type, status, assignee_id, n)
  SELECT case_id, 'dispute', status, coalesce(assignee_id, ''), count(*) FROM disputes GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
-- Full-text search over claim and document text. The FTS table is contentless (document text is not stored
-- twice); search_keys maps its integer rowids to our text ids, since claims and documents have no stable integer key.
CREATE TABLE `search_keys` (
  `rowid` integer PRIMARY KEY,
  `item_type` text NOT NULL,
  `item_id` text NOT NULL,
  `case_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_keys_item` ON `search_keys` (`item_type`, `item_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE search_text USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER claims_search_insert AFTER INSERT ON claims
BEGIN
  INSERT INTO search_keys (item_type, item_id, case_id) VALUES ('claim', NEW.id, NEW.case_id);
  INSERT INTO search_text (rowid, body) VALUES ((SELECT rowid FROM search_keys WHERE item_type = 'claim' AND item_id = NEW.id), NEW.text);
END;
--> statement-breakpoint
CREATE TRIGGER claims_search_delete AFTER DELETE ON claims
BEGIN
  DELETE FROM search_text WHERE rowid = (SELECT rowid FROM search_keys WHERE item_type = 'claim' AND item_id = OLD.id);
  DELETE FROM search_keys WHERE item_type = 'claim' AND item_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER claims_search_update AFTER UPDATE OF text ON claims
BEGIN
  DELETE FROM search_text WHERE rowid = (SELECT rowid FROM search_keys WHERE item_type = 'claim' AND item_id = OLD.id);
  INSERT INTO search_text (rowid, body) VALUES ((SELECT rowid FROM search_keys WHERE item_type = 'claim' AND item_id = NEW.id), NEW.text);
END;
--> statement-breakpoint
INSERT INTO search_keys (item_type, item_id, case_id) SELECT 'claim', id, case_id FROM claims;
--> statement-breakpoint
INSERT INTO search_text (rowid, body) SELECT k.rowid, t.text FROM claims t JOIN search_keys k ON k.item_type = 'claim' AND k.item_id = t.id;
--> statement-breakpoint
CREATE TRIGGER documents_search_insert AFTER INSERT ON documents
BEGIN
  INSERT INTO search_keys (item_type, item_id, case_id) VALUES ('document', NEW.id, NEW.case_id);
  INSERT INTO search_text (rowid, body) VALUES ((SELECT rowid FROM search_keys WHERE item_type = 'document' AND item_id = NEW.id), NEW.title || char(10) || NEW.text);
END;
--> statement-breakpoint
CREATE TRIGGER documents_search_delete AFTER DELETE ON documents
BEGIN
  DELETE FROM search_text WHERE rowid = (SELECT rowid FROM search_keys WHERE item_type = 'document' AND item_id = OLD.id);
  DELETE FROM search_keys WHERE item_type = 'document' AND item_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER documents_search_update AFTER UPDATE OF title, text ON documents
BEGIN
  DELETE FROM search_text WHERE rowid = (SELECT rowid FROM search_keys WHERE item_type = 'document' AND item_id = OLD.id);
  INSERT INTO search_text (rowid, body) VALUES ((SELECT rowid FROM search_keys WHERE item_type = 'document' AND item_id = NEW.id), NEW.title || char(10) || NEW.text);
END;
--> statement-breakpoint
INSERT INTO search_keys (item_type, item_id, case_id) SELECT 'document', id, case_id FROM documents;
--> statement-breakpoint
INSERT INTO search_text (rowid, body) SELECT k.rowid, t.title || char(10) || t.text FROM documents t JOIN search_keys k ON k.item_type = 'document' AND k.item_id = t.id;

-- Customer search: a trigram FTS5 index (substring match on any fragment of 3+ characters)
-- over customer_search_docs.body, which the data-access layer rewrites whenever a customer
-- or one of their vehicles changes. External content keeps one copy of the text; the
-- triggers keep the index in step with the docs table inside the same transaction.
CREATE VIRTUAL TABLE `customer_search` USING fts5(body, content='customer_search_docs', content_rowid='doc_id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `customer_search_docs_ai` AFTER INSERT ON `customer_search_docs` BEGIN
  INSERT INTO customer_search(rowid, body) VALUES (new.doc_id, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `customer_search_docs_ad` AFTER DELETE ON `customer_search_docs` BEGIN
  INSERT INTO customer_search(customer_search, rowid, body) VALUES ('delete', old.doc_id, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `customer_search_docs_au` AFTER UPDATE ON `customer_search_docs` BEGIN
  INSERT INTO customer_search(customer_search, rowid, body) VALUES ('delete', old.doc_id, old.body);
  INSERT INTO customer_search(rowid, body) VALUES (new.doc_id, new.body);
END;

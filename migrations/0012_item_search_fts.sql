-- Item search: a trigram FTS5 index over each item's folded name, brand and article key
-- (items.search_text), so a fragment is found without reading all 20k items. The docs
-- table is derived and local; triggers keep it in step with items and the index with it.
CREATE TABLE `item_search_docs` (
  `doc_id` integer PRIMARY KEY NOT NULL,
  `item_id` text NOT NULL UNIQUE,
  `body` text NOT NULL
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `item_search` USING fts5(body, content='item_search_docs', content_rowid='doc_id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `item_search_docs_ai` AFTER INSERT ON `item_search_docs` BEGIN
  INSERT INTO item_search(rowid, body) VALUES (new.doc_id, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `item_search_docs_ad` AFTER DELETE ON `item_search_docs` BEGIN
  INSERT INTO item_search(item_search, rowid, body) VALUES ('delete', old.doc_id, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `items_search_ai` AFTER INSERT ON `items` WHEN NEW.deleted_at IS NULL BEGIN
  INSERT INTO item_search_docs (item_id, body) VALUES (NEW.id, NEW.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `items_search_au` AFTER UPDATE OF search_text, deleted_at ON `items` BEGIN
  DELETE FROM item_search_docs WHERE item_id = NEW.id;
  INSERT INTO item_search_docs (item_id, body) SELECT NEW.id, NEW.search_text WHERE NEW.deleted_at IS NULL;
END;
--> statement-breakpoint
INSERT INTO item_search_docs (item_id, body) SELECT id, search_text FROM items WHERE deleted_at IS NULL;

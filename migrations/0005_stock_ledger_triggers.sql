-- The stock ledger is append-only: a posted movement is never changed or deleted; mistakes
-- are reversed by new rows. Balances are a summary kept in step by a trigger in the same
-- transaction (and rebuilt from the ledger by stock.rebuildBalances).
CREATE TRIGGER `stock_moves_no_update` BEFORE UPDATE ON `stock_moves`
BEGIN
  SELECT RAISE(ABORT, 'ledger_append_only');
END;
--> statement-breakpoint
CREATE TRIGGER `stock_moves_no_delete` BEFORE DELETE ON `stock_moves`
BEGIN
  SELECT RAISE(ABORT, 'ledger_append_only');
END;
--> statement-breakpoint
CREATE TRIGGER `stock_moves_balance` AFTER INSERT ON `stock_moves`
BEGIN
  INSERT INTO stock_balances (item_id, warehouse_id, qty_x1000, value_minor)
  VALUES (NEW.item_id, NEW.warehouse_id, NEW.qty_x1000, NEW.value_minor)
  ON CONFLICT (item_id, warehouse_id) DO UPDATE SET
    qty_x1000 = qty_x1000 + excluded.qty_x1000,
    value_minor = value_minor + excluded.value_minor;
END;
--> statement-breakpoint
-- Never reserve more than is on hand, whoever writes: the check runs inside the write.
CREATE TRIGGER `reservations_check_insert` BEFORE INSERT ON `reservations`
WHEN NEW.status = 'active' AND NEW.deleted_at IS NULL
BEGIN
  SELECT RAISE(ABORT, 'over_reservation')
   WHERE coalesce((SELECT qty_x1000 FROM stock_balances WHERE item_id = NEW.item_id AND warehouse_id = NEW.warehouse_id), 0)
       - coalesce((SELECT sum(qty_x1000) FROM reservations WHERE item_id = NEW.item_id AND warehouse_id = NEW.warehouse_id AND status = 'active' AND deleted_at IS NULL), 0)
       - NEW.qty_x1000 < 0;
END;
--> statement-breakpoint
CREATE TRIGGER `reservations_check_update` BEFORE UPDATE OF qty_x1000, status, deleted_at ON `reservations`
WHEN NEW.status = 'active' AND NEW.deleted_at IS NULL
BEGIN
  SELECT RAISE(ABORT, 'over_reservation')
   WHERE coalesce((SELECT qty_x1000 FROM stock_balances WHERE item_id = NEW.item_id AND warehouse_id = NEW.warehouse_id), 0)
       - coalesce((SELECT sum(qty_x1000) FROM reservations WHERE item_id = NEW.item_id AND warehouse_id = NEW.warehouse_id AND status = 'active' AND deleted_at IS NULL AND id <> NEW.id), 0)
       - NEW.qty_x1000 < 0;
END;

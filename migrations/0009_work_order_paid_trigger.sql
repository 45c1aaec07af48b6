-- Keeps work_order_paid in step with the payments ledger: a payment adds, a refund
-- subtracts, whether it was taken against the order itself or one of its invoices.
CREATE TRIGGER `payments_work_order_paid` AFTER INSERT ON `payments`
WHEN NEW.deleted_at IS NULL AND coalesce(NEW.work_order_id, (SELECT work_order_id FROM invoices WHERE id = NEW.invoice_id)) IS NOT NULL
BEGIN
  INSERT INTO work_order_paid (work_order_id, paid_minor)
  VALUES (coalesce(NEW.work_order_id, (SELECT work_order_id FROM invoices WHERE id = NEW.invoice_id)),
          CASE NEW.kind WHEN 'refund' THEN -NEW.amount_minor ELSE NEW.amount_minor END)
  ON CONFLICT (work_order_id) DO UPDATE SET paid_minor = paid_minor + excluded.paid_minor;
END;
--> statement-breakpoint
-- Payments taken before this table existed.
INSERT INTO work_order_paid (work_order_id, paid_minor)
SELECT wo_id, sum(amount) FROM (
  SELECT p.work_order_id AS wo_id, CASE p.kind WHEN 'refund' THEN -p.amount_minor ELSE p.amount_minor END AS amount
    FROM payments p WHERE p.work_order_id IS NOT NULL AND p.deleted_at IS NULL
  UNION ALL
  SELECT i.work_order_id, CASE p.kind WHEN 'refund' THEN -p.amount_minor ELSE p.amount_minor END
    FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE i.work_order_id IS NOT NULL AND p.deleted_at IS NULL
) GROUP BY wo_id;

-- Payments are a ledger: a taken payment is never changed or deleted; a mistake is put right
-- with a refund. What a customer has paid is always the sum of these rows.
CREATE TRIGGER `payments_no_update` BEFORE UPDATE OF kind, method, amount_minor, payer_id, work_order_id, invoice_id, at ON `payments`
BEGIN
  SELECT RAISE(ABORT, 'ledger_append_only');
END;
--> statement-breakpoint
CREATE TRIGGER `payments_no_delete` BEFORE DELETE ON `payments`
BEGIN
  SELECT RAISE(ABORT, 'ledger_append_only');
END;
--> statement-breakpoint
CREATE TRIGGER `payments_positive` BEFORE INSERT ON `payments`
WHEN NEW.amount_minor <= 0
BEGIN
  SELECT RAISE(ABORT, 'payment_amount');
END;

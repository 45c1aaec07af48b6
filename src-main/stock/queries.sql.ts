/**
 * Stock's hot queries. Balances come from the stock_balances summary (primary key item,
 * warehouse); reservations through reservations_item_idx (item, warehouse, status).
 */
export const stockQueries = {
  /** Fragments of 3+ characters: the trigram index (item_search over item_search_docs). */
  searchIds: `SELECT d.item_id FROM item_search f JOIN item_search_docs d ON d.doc_id = f.rowid WHERE item_search MATCH ? LIMIT ?`,
  /** Shorter fragments: a scan of the folded text, still without sorting everything. */
  searchIdsShort: `SELECT d.item_id FROM item_search_docs d WHERE d.body LIKE ? ESCAPE '\\' LIMIT ?`,
  byBarcode: `SELECT item_id FROM item_barcodes WHERE code = ? AND deleted_at IS NULL`,
  itemsByIds: `SELECT i.id, i.name, i.article, i.brand, i.unit, i.group_id AS groupId, i.purchase_price_minor AS purchasePriceMinor,
      i.sale_price_minor AS salePriceMinor, i.vat_rate_bp AS vatRateBp, i.active, g.name AS groupName, g.markup_bp AS markupBp
    FROM items i LEFT JOIN item_groups g ON g.id = i.group_id
    WHERE i.id IN (SELECT value FROM json_each(?))`,
  balancesOf: `SELECT item_id AS itemId, warehouse_id AS warehouseId, qty_x1000 AS qtyX1000, value_minor AS valueMinor
    FROM stock_balances WHERE item_id IN (SELECT value FROM json_each(?))`,
  reservedOf: `SELECT item_id AS itemId, warehouse_id AS warehouseId, sum(qty_x1000) AS qtyX1000 FROM reservations
    WHERE item_id IN (SELECT value FROM json_each(?)) AND status = 'active' AND deleted_at IS NULL GROUP BY item_id, warehouse_id`,
  minLevelsOf: `SELECT item_id AS itemId, warehouse_id AS warehouseId, min_qty_x1000 AS minQtyX1000 FROM item_min_levels
    WHERE item_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  balance: `SELECT qty_x1000 AS qtyX1000, value_minor AS valueMinor FROM stock_balances WHERE item_id = ? AND warehouse_id = ?`,
  reserved: `SELECT coalesce(sum(qty_x1000), 0) FROM reservations WHERE item_id = ? AND warehouse_id = ? AND status = 'active' AND deleted_at IS NULL`,
  /**
   * Items whose available quantity is below the minimum in some warehouse (or the one given).
   * Driven from item_min_levels (only items that have a minimum), not from every item.
   */
  belowMinCondition: `i.id IN (SELECT m.item_id FROM item_min_levels m
      LEFT JOIN stock_balances b ON b.item_id = m.item_id AND b.warehouse_id = m.warehouse_id
     WHERE m.deleted_at IS NULL AND (:warehouse IS NULL OR m.warehouse_id = :warehouse)
       AND m.min_qty_x1000 > coalesce(b.qty_x1000, 0)
         - coalesce((SELECT sum(r.qty_x1000) FROM reservations r WHERE r.item_id = m.item_id AND r.warehouse_id = m.warehouse_id AND r.status = 'active' AND r.deleted_at IS NULL), 0))`,
  history: `SELECT m.at, m.kind, m.warehouse_id AS warehouseId, w.name AS warehouseName, m.qty_x1000 AS qtyX1000, m.value_minor AS valueMinor,
      d.id AS documentId, d.number, d.status
    FROM stock_moves m JOIN stock_documents d ON d.id = m.document_id JOIN warehouses w ON w.id = m.warehouse_id
    WHERE m.item_id = ? ORDER BY m.at DESC, m.id DESC LIMIT ?`,
  rebuild: `SELECT item_id AS itemId, warehouse_id AS warehouseId, sum(qty_x1000) AS qtyX1000, sum(value_minor) AS valueMinor
    FROM stock_moves GROUP BY item_id, warehouse_id`,
};

/**
 * The statements customer search runs, prepared once per connection. Ids go in as one JSON
 * array (json_each) so a single statement serves any number of them.
 *
 * Indexes: customers(id) primary key; vehicles_customer_idx on vehicles(customer_id);
 * customer_search_docs(doc_id) integer primary key behind the FTS5 trigram index.
 */
export const searchStatements = {
  customersByIds: `SELECT id, kind, name, phones FROM customers
    WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  vehiclesOfCustomers: `SELECT id, customer_id AS customerId, plate, vin, make, model FROM vehicles
    WHERE customer_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY id`,
  newestCustomerIds: `SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id DESC LIMIT ?`,
  newestSupplierIds: `SELECT id FROM customers WHERE deleted_at IS NULL AND is_supplier = 1 ORDER BY id DESC LIMIT ?`,
};

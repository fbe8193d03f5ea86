export type SortOrder = { column: string; direction: 'ASC' | 'DESC' };

/**
 * The whitelist behind a `sort` parameter (the applications list's convention): each key sorts
 * its column ascending, `-key` descending. Only these columns ever reach SQL.
 */
export function sortOrders<S extends string>(columns: Readonly<Record<string, string>>): Record<S, SortOrder> {
  const orders: Record<string, SortOrder> = {};
  for (const [key, column] of Object.entries(columns)) {
    orders[key] = { column, direction: 'ASC' };
    orders[`-${key}`] = { column, direction: 'DESC' };
  }
  return orders as Record<S, SortOrder>;
}

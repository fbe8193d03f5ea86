/** A column sort of a client-side table: which key, which way. */
export type TableSort<K extends string> = { key: K; direction: 'asc' | 'desc' };

/** Rows sorted by one column (numbers numerically, text in the locale's order), ties kept in their order. */
export function sortRows<T, K extends string & keyof T>(rows: readonly T[], sort: TableSort<K>, locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row[sort.key];
      const y = b.row[sort.key];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x ?? ''), String(y ?? ''));
      return sign * order || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** A click on a header: the same column turns around, another starts in its natural order. */
export function nextSort<K extends string>(current: TableSort<K>, key: K, firstDirection: 'asc' | 'desc' = 'asc'): TableSort<K> {
  return current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: firstDirection };
}

/** One page of rows (pages count from 1; a page past the end shows the last one). */
export function pageRows<T>(rows: readonly T[], page: number, pageSize: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return { items: rows.slice((current - 1) * pageSize, current * pageSize), page: current, pages };
}

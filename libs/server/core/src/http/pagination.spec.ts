import { containsPattern, mergePage, type PageSlice } from './pagination';

/** A source sorted newest first that gives its first `limit` rows, as a table's query would. */
function source(name: string, times: number[], limit: number): PageSlice<{ name: string; at: number }> {
  const sorted = times.map((at) => ({ name, at })).sort((a, b) => b.at - a.at);
  return { items: sorted.slice(0, limit), total: sorted.length };
}
const newestFirst = (a: { at: number }, b: { at: number }) => b.at - a.at;

describe('mergePage', () => {
  it('cuts the exact page out of sources spread unevenly, whichever source holds the rows', () => {
    const a = [1, 2, 3, 4, 5, 6, 7, 20];
    const b = [8, 9, 10, 11, 12];
    const c = [13];
    const everything = [...a, ...b, ...c].sort((x, y) => y - x);
    for (let page = 1; page <= 5; page++) {
      const limit = page * 3;
      const merged = mergePage([source('a', a, limit), source('b', b, limit), source('c', c, limit)], newestFirst, { page, pageSize: 3 });
      expect(merged.items.map((row) => row.at)).toEqual(everything.slice((page - 1) * 3, page * 3));
      expect([merged.page, merged.pageSize, merged.total]).toEqual([page, 3, 14]);
    }
  });

  it('gives an empty page with the total past the last row, and nothing from no source', () => {
    expect(mergePage([source('a', [1, 2], 30)], newestFirst, { page: 10, pageSize: 3 })).toEqual({ items: [], page: 10, pageSize: 3, total: 2 });
    expect(mergePage([], newestFirst, {})).toEqual({ items: [], page: 1, pageSize: 50, total: 0 });
  });
});

describe('containsPattern', () => {
  it('matches anywhere and takes LIKE wildcards literally', () => {
    expect(containsPattern('  001/PKS ')).toBe('%001/PKS%');
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
    expect(containsPattern('   ')).toBeNull();
    expect(containsPattern(undefined)).toBeNull();
  });
});

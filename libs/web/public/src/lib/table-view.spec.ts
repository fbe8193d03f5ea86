import { nextSort, pageRows, sortRows } from './table-view';

const rows = [
  { outlet: 'zonanews.id', paid: 500 },
  { outlet: 'Antara Lampung', paid: 1_200_000 },
  { outlet: 'bandar7.id', paid: 500 },
];

describe('client-side tables of the public page', () => {
  it('sorts text in the locale order, ignoring case, and numbers as numbers, keeping ties in place', () => {
    expect(sortRows(rows, { key: 'outlet', direction: 'asc' }, 'id-ID').map((r) => r.outlet)).toEqual(['Antara Lampung', 'bandar7.id', 'zonanews.id']);
    expect(sortRows(rows, { key: 'paid', direction: 'desc' }, 'id-ID').map((r) => r.outlet)).toEqual(['Antara Lampung', 'zonanews.id', 'bandar7.id']);
  });

  it('turns a column around on a second click and starts another in its natural order', () => {
    expect(nextSort({ key: 'outlet', direction: 'asc' }, 'outlet')).toEqual({ key: 'outlet', direction: 'desc' });
    expect(nextSort<'outlet' | 'paid'>({ key: 'outlet', direction: 'desc' }, 'paid', 'desc')).toEqual({ key: 'paid', direction: 'desc' });
  });

  it('cuts pages and keeps a page past the end on the last one', () => {
    const many = Array.from({ length: 45 }, (_, i) => i);
    expect(pageRows(many, 3, 20)).toEqual({ items: [40, 41, 42, 43, 44], page: 3, pages: 3 });
    expect(pageRows(many, 9, 20).page).toBe(3);
    expect(pageRows([], 1, 20)).toEqual({ items: [], page: 1, pages: 1 });
  });
});

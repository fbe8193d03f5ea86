import { convertToParamMap } from '@angular/router';
import { listStateFromParams, listStateParams } from './paginated-list';

const DEFAULTS = { fiscalYear: 2026, q: '', status: [] as string[], sort: '-sp2dDate' };

describe("a list's state in the query string", () => {
  it('reads each filter with the type of its default, and page and size', () => {
    const params = convertToParamMap({ fiscalYear: '2025', q: 'SP2D', status: ['paid', 'approved'], sort: 'amount', page: '3', pageSize: '50', other: 'x' });
    expect(listStateFromParams(DEFAULTS, 25, params)).toEqual({ filters: { fiscalYear: 2025, q: 'SP2D', status: ['paid', 'approved'], sort: 'amount' }, page: 3, pageSize: 50 });
  });

  it('keeps the defaults for what is missing or does not fit', () => {
    const params = convertToParamMap({ fiscalYear: 'tahun', page: '0', pageSize: '2.5' });
    expect(listStateFromParams(DEFAULTS, 25, params)).toEqual({ filters: DEFAULTS, page: 1, pageSize: 25 });
  });

  it('writes only what differs from the defaults, and removes the rest', () => {
    expect(listStateParams(DEFAULTS, 25, { filters: { ...DEFAULTS, q: 'krui', status: ['paid'] }, page: 2, pageSize: 25 })).toEqual({
      fiscalYear: null,
      q: 'krui',
      status: ['paid'],
      sort: null,
      page: 2,
      pageSize: null,
    });
    expect(listStateParams(DEFAULTS, 25, { filters: DEFAULTS, page: 1, pageSize: 100 })).toEqual({ fiscalYear: null, q: null, status: null, sort: null, page: null, pageSize: 100 });
  });
});

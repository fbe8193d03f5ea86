import { toHttpParams } from './query-params';

describe('toHttpParams', () => {
  it('leaves out empty filters so the server sees no `q=` or `level=`', () => {
    const params = toHttpParams({ q: '', level: undefined, provinceCode: null, page: 2, pageSize: 25 });
    expect(params.toString()).toBe('page=2&pageSize=25');
  });

  it('encodes search text', () => {
    expect(toHttpParams({ q: 'kota bandar lampung' }).get('q')).toBe('kota bandar lampung');
  });
});

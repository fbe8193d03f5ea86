import { claimFilters } from './media-claims.page';

describe('the claims list state in the URL', () => {
  it('reads the status, region, sort and page the URL names', () => {
    expect(claimFilters({ status: 'paid', tenant: 'pesisir-barat', sort: '-gross', page: '3' })).toEqual({ status: 'paid', tenant: 'pesisir-barat', sort: '-gross', page: 3 });
  });

  it('falls back to every claim, newest first, page one, for anything it does not know', () => {
    expect(claimFilters({ status: 'lost', tenant: '', sort: 'outlet', page: '-2' })).toEqual({ status: undefined, tenant: undefined, sort: '-submittedAt', page: 1 });
    expect(claimFilters({})).toEqual({ status: undefined, tenant: undefined, sort: '-submittedAt', page: 1 });
  });
});

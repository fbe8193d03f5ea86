import { sortOrders } from './sort-orders';

describe('sortOrders', () => {
  it('offers each whitelisted column in both directions, and nothing else', () => {
    const orders = sortOrders<'name' | '-name'>({ name: 'region.name' });
    expect(orders).toEqual({
      name: { column: 'region.name', direction: 'ASC' },
      '-name': { column: 'region.name', direction: 'DESC' },
    });
    expect((orders as Record<string, unknown>)['region.name; drop table x']).toBeUndefined();
  });
});

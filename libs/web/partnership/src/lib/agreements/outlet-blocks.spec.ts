import type { OutletBlock } from '@sinergi/contracts';
import { blockState } from './outlet-blocks';

const block = (over: Partial<OutletBlock>): OutletBlock => ({
  id: 'b',
  outletId: 'o',
  reason: 'Tidak menyerahkan bukti tayang',
  startsOn: '2026-03-01',
  endsOn: '2026-03-31',
  createdBy: 'Admin',
  createdAt: '2026-03-01T00:00:00Z',
  liftedAt: null,
  liftedBy: null,
  ...over,
});

describe('the state of an outlet block', () => {
  it('is in force from its first to its last day, both included', () => {
    expect(blockState(block({}), '2026-03-01')).toBe('active');
    expect(blockState(block({}), '2026-03-31')).toBe('active');
    expect(blockState(block({ endsOn: null }), '2030-01-01')).toBe('active');
  });

  it('has not started before its first day and has ended after its last', () => {
    expect(blockState(block({}), '2026-02-28')).toBe('scheduled');
    expect(blockState(block({}), '2026-04-01')).toBe('ended');
  });

  it('is lifted once lifted, whatever the dates', () => {
    expect(blockState(block({ liftedAt: '2026-03-05T02:00:00Z', liftedBy: 'Admin' }), '2026-03-10')).toBe('lifted');
  });
});

import type { OutletBlock } from '@sinergi/contracts';

export type BlockState = 'active' | 'scheduled' | 'ended' | 'lifted';

/** Where a block stands on `today` (YYYY-MM-DD, Jakarta), by the rule the API filters `active` with. */
export function blockState(block: OutletBlock, today: string): BlockState {
  if (block.liftedAt) return 'lifted';
  if (block.startsOn > today) return 'scheduled';
  if (block.endsOn !== null && block.endsOn < today) return 'ended';
  return 'active';
}

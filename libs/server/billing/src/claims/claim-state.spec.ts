import { CLAIM_STATUSES, ClaimStatus } from '@sinergi/contracts';
import { AppException } from '@sinergi/server/core';
import { assertMove, CLAIM_TRANSITIONS, canMove } from './claim-state';

describe('claim state machine', () => {
  const allowed: [ClaimStatus, ClaimStatus][] = [
    ['submitted', 'returned'],
    ['submitted', 'approved'],
    ['returned', 'submitted'],
    ['returned', 'cancelled'],
    ['approved', 'paid'],
  ];

  it('allows exactly the listed moves', () => {
    const every = CLAIM_STATUSES.flatMap((from) => CLAIM_STATUSES.map((to) => [from, to] as [ClaimStatus, ClaimStatus]));
    const permitted = every.filter(([from, to]) => canMove(from, to));
    expect(permitted).toEqual(allowed);
  });

  it('has no way out of paid or cancelled, and cannot pay an unapproved claim', () => {
    expect(CLAIM_TRANSITIONS.paid).toEqual([]);
    expect(CLAIM_TRANSITIONS.cancelled).toEqual([]);
    for (const from of ['submitted', 'returned', 'paid', 'cancelled'] as const) expect(canMove(from, 'paid')).toBe(false);
  });

  it('refuses an illegal move with 409 INVALID_TRANSITION, naming the state', () => {
    try {
      assertMove('paid', 'paid');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppException);
      expect((error as AppException).status).toBe(409);
      expect((error as AppException).code).toBe('INVALID_TRANSITION');
      expect((error as AppException).details[0]).toMatchObject({ status: 'paid', requested: 'paid' });
      expect((error as AppException).messageIn('id')).toContain('dibayar');
    }
    expect(() => assertMove('approved', 'paid')).not.toThrow();
  });
});

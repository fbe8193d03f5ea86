import { AppException } from '@sinergi/server/core';
import { move } from './transitions';

describe('approval transitions', () => {
  it.each([
    [{ status: 'in-progress', stepIndex: 0 }, 3, 'approve', false, { status: 'in-progress', stepIndex: 1, outcome: 'advanced' }],
    [{ status: 'in-progress', stepIndex: 2 }, 3, 'approve', false, { status: 'approved', stepIndex: null, outcome: 'approved' }],
    [{ status: 'in-progress', stepIndex: 0 }, 1, 'approve', false, { status: 'approved', stepIndex: null, outcome: 'approved' }],
    [{ status: 'in-progress', stepIndex: 2 }, 3, 'return', false, { status: 'in-progress', stepIndex: 1, outcome: 'back-one-step' }],
    [{ status: 'in-progress', stepIndex: 2 }, 3, 'return', true, { status: 'returned', stepIndex: null, outcome: 'returned-to-submitter' }],
    [{ status: 'in-progress', stepIndex: 0 }, 3, 'return', false, { status: 'returned', stepIndex: null, outcome: 'returned-to-submitter' }],
    [{ status: 'returned', stepIndex: null }, 3, 'resubmit', false, { status: 'in-progress', stepIndex: 0, outcome: 'resubmitted' }],
  ] as const)('%j with %i steps, %s (to submitter: %s) → %j', (from, steps, action, toSubmitter, expected) => {
    expect(move(from, steps, action, toSubmitter)).toEqual(expected);
  });

  it.each([
    [{ status: 'approved', stepIndex: null }, 'approve'],
    [{ status: 'approved', stepIndex: null }, 'return'],
    [{ status: 'approved', stepIndex: null }, 'resubmit'],
    [{ status: 'returned', stepIndex: null }, 'approve'],
    [{ status: 'returned', stepIndex: null }, 'return'],
    [{ status: 'in-progress', stepIndex: 1 }, 'resubmit'],
    [{ status: 'in-progress', stepIndex: 1 }, 'submit'],
  ] as const)('refuses %j → %s with 409 INVALID_TRANSITION', (from, action) => {
    expect(() => move(from, 3, action)).toThrow(AppException);
    try {
      move(from, 3, action);
    } catch (error) {
      expect((error as AppException).code).toBe('INVALID_TRANSITION');
      expect((error as AppException).status).toBe(409);
    }
  });
});

import type { ApprovalActionKind, ApprovalStatus } from '@sinergi/contracts';
import { AppException } from '@sinergi/server/core';

/** The state machine of an approval instance: what may happen in each status. */
export const APPROVAL_TRANSITIONS: Record<ApprovalStatus, readonly ApprovalActionKind[]> = {
  'in-progress': ['approve', 'return'],
  returned: ['resubmit'],
  approved: [],
};

export type ApprovalPosition = { status: ApprovalStatus; stepIndex: number | null };

/** Where a decision leaves the instance, and what it means for the subject's owner. */
export type ApprovalMove = ApprovalPosition & { outcome: 'advanced' | 'approved' | 'back-one-step' | 'returned-to-submitter' | 'resubmitted' };

/**
 * Pure: the position after `action` from `from` with `stepCount` frozen steps. A return goes back one
 * step, or to the submitter from the first step or when asked; approving the last step approves.
 * Anything the map does not allow is 409 INVALID_TRANSITION.
 */
export function move(from: ApprovalPosition, stepCount: number, action: ApprovalActionKind, toSubmitter = false): ApprovalMove {
  if (!APPROVAL_TRANSITIONS[from.status].includes(action)) {
    throw new AppException(
      'INVALID_TRANSITION',
      { en: `An approval that is ${from.status} cannot take "${action}".`, id: `Persetujuan berstatus ${from.status} tidak dapat menerima "${action}".` },
      [{ field: 'action', message: `${from.status} → ${action}`, status: from.status, action }],
    );
  }
  if (action === 'resubmit') return { status: 'in-progress', stepIndex: 0, outcome: 'resubmitted' };
  const at = from.stepIndex ?? 0;
  if (action === 'approve') {
    return at + 1 >= stepCount ? { status: 'approved', stepIndex: null, outcome: 'approved' } : { status: 'in-progress', stepIndex: at + 1, outcome: 'advanced' };
  }
  // return
  if (toSubmitter || at === 0) return { status: 'returned', stepIndex: null, outcome: 'returned-to-submitter' };
  return { status: 'in-progress', stepIndex: at - 1, outcome: 'back-one-step' };
}

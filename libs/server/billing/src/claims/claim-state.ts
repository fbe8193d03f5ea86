import type { ClaimStatus } from '@sinergi/contracts';
import { AppException } from '@sinergi/server/core';

/**
 * Every move a claim can make. submitted (in the approval chain) → approved (last step) → paid
 * (SP2D recorded); submitted → returned (a step sent it back to the media) → submitted again
 * (resubmitted, a new round) or cancelled (its proofs become claimable again).
 */
export const CLAIM_TRANSITIONS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  submitted: ['approved', 'returned'],
  returned: ['submitted', 'cancelled'],
  approved: ['paid'],
  paid: [],
  cancelled: [],
};

export function canMove(from: ClaimStatus, to: ClaimStatus): boolean {
  return CLAIM_TRANSITIONS[from].includes(to);
}

/** 409 INVALID_TRANSITION naming where the claim stands and what it may do from there. */
export function assertMove(from: ClaimStatus, to: ClaimStatus): void {
  if (canMove(from, to)) return;
  const allowed = CLAIM_TRANSITIONS[from];
  throw new AppException(
    'INVALID_TRANSITION',
    { en: `A claim that is ${from} cannot become ${to}.`, id: `Tagihan berstatus ${LABEL_ID[from]} tidak dapat menjadi ${LABEL_ID[to]}.` },
    [{ field: 'status', message: `the claim is ${from}; from there: ${allowed.length ? allowed.join(', ') : 'nothing (final)'}`, status: from, requested: to }],
  );
}

const LABEL_ID: Record<ClaimStatus, string> = {
  submitted: 'diajukan',
  returned: 'dikembalikan',
  approved: 'disetujui',
  paid: 'dibayar',
  cancelled: 'dibatalkan',
};

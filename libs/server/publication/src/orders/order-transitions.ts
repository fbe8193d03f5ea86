import type { OrderStatus } from '@sinergi/contracts';
import { AppException } from '@sinergi/server/core';

/** The state machine of an order: for each action, the statuses it may start from and where it leads. */
export const ORDER_TRANSITIONS = {
  accept: { from: ['issued'], to: 'accepted' },
  decline: { from: ['issued'], to: 'declined' },
  cancel: { from: ['issued'], to: 'cancelled' },
  submitProof: { from: ['accepted', 'proof-returned'], to: 'proof-submitted' },
  acceptProof: { from: ['proof-submitted'], to: 'proof-accepted' },
  returnProof: { from: ['proof-submitted'], to: 'proof-returned' },
  lock: { from: ['issued', 'accepted', 'proof-returned'], to: 'locked' },
  claim: { from: ['proof-accepted'], to: 'claimed' },
  unclaim: { from: ['claimed'], to: 'proof-accepted' },
  pay: { from: ['claimed'], to: 'paid' },
} as const satisfies Record<string, { from: readonly OrderStatus[]; to: OrderStatus }>;

export type OrderAction = keyof typeof ORDER_TRANSITIONS;

/** Statuses in which the order still waits for a proof the media owe (the deadline applies). */
export const AWAITING_PROOF: readonly OrderStatus[] = ORDER_TRANSITIONS.lock.from;

export function canTransition(status: OrderStatus, action: OrderAction): boolean {
  return (ORDER_TRANSITIONS[action].from as readonly OrderStatus[]).includes(status);
}

/** 409 INVALID_TRANSITION naming the action and the status, or the status the action leads to. */
export function transition(status: OrderStatus, action: OrderAction): OrderStatus {
  if (!canTransition(status, action)) {
    throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'status', message: `cannot ${action} an order that is ${status}` }]);
  }
  return ORDER_TRANSITIONS[action].to;
}

import type { MediaType } from './rules';

/** What runs through an approval chain; each kind has its own chain per tenant. */
export const APPROVAL_KINDS = ['claim', 'order', 'agreement'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

/** A step applies only when every given bound holds for the facts (amounts in rupiah). */
export type ApprovalCondition = {
  /** Included when amount >= this. */
  amountAtLeast?: number;
  /** Included when amount < this. */
  amountBelow?: number;
  /** Included when the subject's media type is one of these. */
  mediaTypes?: MediaType[];
};

/**
 * One step of a chain: a tenant role (built-in or the tenant's own, e.g. pptk, ppk, pa-kpa) decides
 * within deadlineDays. A step with `when` is included only when it holds; after an included step the
 * chain goes on at `next` (default: the following step), which lets a tenant jump over steps.
 * A step left out by its condition hands over to the following step.
 */
export type ApprovalStep = {
  key: string;
  role: string;
  label: string;
  deadlineDays: number;
  when?: ApprovalCondition;
  next?: string;
};

export type SaveApprovalChainRequest = { steps: ApprovalStep[] };

/** A saved chain version (every save is a new version; instances keep the one they started with). */
export type ApprovalChain = {
  kind: ApprovalKind;
  version: number;
  steps: ApprovalStep[];
  createdBy: string;
  createdAt: string;
};

/** What conditions are evaluated against. */
export type ApprovalFacts = { amount: number; mediaType: MediaType | null };

export const APPROVAL_STATUSES = ['in-progress', 'approved', 'returned'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const APPROVAL_ACTIONS = ['submit', 'approve', 'return', 'resubmit'] as const;
export type ApprovalActionKind = (typeof APPROVAL_ACTIONS)[number];

/** One line of an instance's history (append-only). */
export type ApprovalAction = {
  id: string;
  round: number;
  stepKey: string | null;
  role: string | null;
  action: ApprovalActionKind;
  /** For a return: whether it went back to the submitter (else to the previous step). */
  toSubmitter: boolean;
  actor: { id: string | null; name: string };
  /** The official whose delegated role the actor used (Plt./Plh.). */
  onBehalfOf: { id: string; name: string } | null;
  note: string | null;
  /** The instance version this action produced. */
  version: number;
  at: string;
};

/** A resolved step as frozen on an instance. */
export type ApprovalInstanceStep = { key: string; role: string; label: string; deadlineDays: number };

export type ApprovalInstance = {
  id: string;
  kind: ApprovalKind;
  subjectId: string;
  subjectLabel: string;
  status: ApprovalStatus;
  chainVersion: number;
  /** Key of the step waiting for a decision (null once approved or returned to the submitter). */
  currentStep: string | null;
  currentRole: string | null;
  steps: ApprovalInstanceStep[];
  facts: ApprovalFacts;
  /** 1 at the start, +1 on every resubmission after a return to the submitter. */
  round: number;
  version: number;
  submittedBy: { id: string | null; name: string };
  startedAt: string;
  currentStepSince: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  /** The last note of a return, if the item is back at a step or with the submitter. */
  returnNote: string | null;
  actions: ApprovalAction[];
};

/** POST .../approvals/:id/decisions (with the Idempotency-Key header). */
export type ApprovalDecisionRequest = {
  action: 'approve' | 'return';
  note?: string | null;
  /** A return goes to the previous step unless this is set (or the item is at the first step). */
  toSubmitter?: boolean;
  /** The instance version the caller saw (optimistic locking). */
  version: number;
};

/** Dashboards: what waits at each role, for how long, and who holds the role. */
export type ApprovalWaitingRow = {
  role: string;
  count: number;
  oldestSince: string;
  /** Age of the oldest waiting item in whole days. */
  oldestAgeDays: number;
  overdue: number;
  holders: { userId: string; name: string; delegatedBy: string | null }[];
};

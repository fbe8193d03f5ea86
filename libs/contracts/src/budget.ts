import type { MediaType } from './rules';

/** How a pagu came to be: the DPA at the start of the year, then the APBD-P revision, or another act. */
export const BUDGET_REVISION_KINDS = ['dpa', 'apbd-p', 'other'] as const;
export type BudgetRevisionKind = (typeof BUDGET_REVISION_KINDS)[number];

/**
 * A new pagu for a fiscal year (every change is a new revision; history is kept). `byMediaType`
 * optionally splits the total; when given, its shares must add up to the total exactly, and an order
 * of a media type without a share is refused.
 */
export type SetBudgetRequest = {
  kind: BudgetRevisionKind;
  documentNumber?: string | null;
  effectiveOn: string;
  total: number;
  byMediaType?: Partial<Record<MediaType, number>> | null;
  note?: string | null;
};

export type BudgetRevision = {
  revision: number;
  kind: BudgetRevisionKind;
  documentNumber: string | null;
  effectiveOn: string;
  total: number;
  byMediaType: Partial<Record<MediaType, number>> | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
};

/** Figures in rupiah: committed = ordered and not yet paid; available = pagu − committed − realised. */
export type BudgetFigures = { pagu: number; committed: number; realised: number; available: number };

export type BudgetSummary = {
  fiscalYear: number;
  current: BudgetRevision | null;
  total: BudgetFigures;
  /** Per media type: with a split pagu its share, else 0 with the spending shown all the same. */
  byMediaType: ({ mediaType: MediaType } & BudgetFigures)[];
};

export type Budget = BudgetSummary & { revisions: BudgetRevision[] };

/** Realised spending (paid by SP2D date) per month and media type: the absorption chart. */
export type BudgetAbsorptionRow = { month: number; mediaType: MediaType; realised: number };

import type { BudgetAbsorptionRow, BudgetSummary } from './budget';
import type { Page } from './pagination';
import type { OutletSpendRow, OverdueProofRow } from './publication';
import type { MediaType } from './rules';
import type { ApprovalWaitingRow } from './workflow';

/** GET /api/t/:tenant/dashboard?fiscalYear= : the staff dashboard's figures, in one call. */
export type TenantDashboard = {
  fiscalYear: number;
  /** Pagu, committed, realised, available: in total and per media type. */
  budget: BudgetSummary;
  /** Realised spending per month (SP2D date) and media type, for the absorption chart. */
  absorption: BudgetAbsorptionRow[];
  /** Every outlet with orders this year, the largest spend first. */
  spendPerOutlet: OutletSpendRow[];
  /** The oldest overdue proofs first (first page; the full list is paginated on its own route). */
  overdueProofs: Page<OverdueProofRow>;
  /** Per role: waiting approvals, the oldest one's age, who holds the role. */
  approvalsWaiting: ApprovalWaitingRow[];
  /** How many approvals wait for one of the caller's roles (own or delegated today). */
  approvalsWaitingOnMe: number;
};

/** The Excel registers (rekap) for the SPJ. */
export const REGISTER_KINDS = ['orders', 'proofs', 'claims', 'payments'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export type RegisterQuery = { fiscalYear: number; from?: string; to?: string; outletId?: string; mediaType?: MediaType };

/**
 * The numbered PDFs a region issues (numbering per kind and fiscal year): the agreement (PKS), the
 * order letter (surat pesanan) and a claim's BA serah terima, kwitansi and BA pembayaran.
 */
export const ISSUED_DOCUMENT_KINDS = ['agreement', 'order', 'handover-minutes', 'receipt', 'payment-minutes'] as const;
export type IssuedDocumentKind = (typeof ISSUED_DOCUMENT_KINDS)[number];

/** One row of GET /api/t/:tenant/documents, the register of every numbered document the region issued. */
export type IssuedDocument = {
  kind: IssuedDocumentKind;
  number: string;
  fiscalYear: number;
  /** The date on the document (WIB). */
  issuedOn: string;
  /** When the number was taken; orders rows of the same day. */
  issuedAt: string;
  /** The outlet the document is about, and its company. */
  outletName: string;
  companyName: string;
  /** The object the document belongs to, for a link to its page. */
  objectType: 'agreement' | 'order' | 'claim';
  objectId: string;
  /** The PDF, relative to /api/t/:tenant (e.g. `/agreements/<id>/pdf`). */
  downloadPath: string;
};

export type IssuedDocumentQuery = { kind?: IssuedDocumentKind; fiscalYear?: number; q?: string; page?: number; pageSize?: number };

import type { MediaType } from './rules';
import type { Page } from './pagination';
import type { ApprovalInstance } from './workflow';

/**
 * Tax settings of a fiscal year (every save a new version; data, not code). Rates are basis points
 * (1/100 of a percent): 1200 = 12%, 200 = 2%.
 *
 * PPN: `ppnRateBp` applies to a base of `ppnBaseNumerator / ppnBaseDenominator` of the price without
 * PPN. From 1 January 2025 (PMK 131/2024) advertising carries 12% on a base of 11/12, so effectively
 * 11%; a plain rate is numerator = denominator = 1.
 * PPh 23: `pph23RateBp` of the amount without PPN, `pph23RateWithoutNpwpBp` when the company has no NPWP.
 * `ppnCollectionThreshold`: a claim whose gross (including PPN) is below it has its PPN not
 * collected by the treasurer (the PKP outlet remits it itself).
 */
export type TaxSettingsRequest = {
  ppnRateBp: number;
  ppnBaseNumerator: number;
  ppnBaseDenominator: number;
  pph23RateBp: number;
  pph23RateWithoutNpwpBp: number;
  ppnCollectionThreshold: number;
  legalBasis: string;
};

export type TaxSettings = TaxSettingsRequest & {
  id: string;
  fiscalYear: number;
  version: number;
  createdBy: string;
  createdAt: string;
};

/** The company's tax position at submission (from its dossier), frozen on the claim. */
export type TaxPosition = { pkp: boolean; hasNpwp: boolean };

/**
 * The taxes of one claim, computed once on the claim's total (not per line), all whole rupiah.
 *
 * Rounding rule (half up, exact integer arithmetic, no floating point):
 * - prices include PPN. For a PKP company: ppnBase = round_half_up(gross ÷ (1 + rate × num/den)),
 *   ppn = gross − ppnBase, so ppnBase + ppn = gross to the rupiah. Not PKP: ppnBase = gross, ppn = 0.
 * - pph23 = round_half_up(ppnBase × PPh 23 rate) (the higher rate without NPWP).
 * - ppnWithheld = ppn when the company is PKP and gross ≥ the collection threshold, else 0.
 * - net = gross − ppnWithheld − pph23: what the treasurer transfers to the company.
 * Example: 1,200,000 at 12% × 11/12 → base 1,081,081, PPN 118,919, PPh 23 (2%) 21,622, net 1,059,459.
 */
export type ClaimTaxes = {
  gross: number;
  pkp: boolean;
  hasNpwp: boolean;
  ppnBase: number;
  ppn: number;
  ppnCollected: boolean;
  ppnWithheld: number;
  pph23RateBp: number;
  pph23: number;
  net: number;
};

export const CLAIM_STATUSES = ['submitted', 'returned', 'approved', 'paid', 'cancelled'] as const;
/** submitted (in approval) → approved → paid; submitted → returned → submitted (resubmitted) | cancelled. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export type ClaimLine = {
  proofId: string;
  orderId: string;
  orderNumber: string;
  productCode: string;
  productName: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  publishedOn: string;
};

export const BILLING_DOCUMENT_KINDS = ['handover-minutes', 'receipt', 'payment-minutes'] as const;
/** BA serah terima (on approval), kwitansi and BA pembayaran (on payment). */
export type BillingDocumentKind = (typeof BILLING_DOCUMENT_KINDS)[number];

export type BillingDocument = { kind: BillingDocumentKind; number: string; issuedOn: string };

export type ClaimSummary = {
  id: string;
  number: string;
  fiscalYear: number;
  status: ClaimStatus;
  company: { id: string; legalName: string };
  outlet: { id: string; name: string; mediaType: MediaType };
  agreementId: string;
  gross: number;
  net: number;
  round: number;
  submittedAt: string;
  approvedAt: string | null;
  paidAt: string | null;
  version: number;
};

/**
 * Where a claim's money stands, for the media: paid (SP2D recorded), awaiting payment (approved),
 * pending approval (submitted, or returned to be fixed), or not payable (cancelled).
 */
export type ClaimPaymentStatus = 'paid' | 'awaiting-payment' | 'pending-approval' | 'not-payable';

/** A claim in the press company's list across every region it works with. */
export type MediaClaimSummary = ClaimSummary & { tenant: { slug: string; name: string }; paymentStatus: ClaimPaymentStatus };

export const MEDIA_CLAIM_SORTS = ['-submittedAt', 'submittedAt', '-gross', 'gross'] as const;
export type MediaClaimSort = (typeof MEDIA_CLAIM_SORTS)[number];

/** GET /api/media/companies/:companyId/claims: newest first by default; `tenant` is a slug. */
export type MediaClaimQuery = { status?: ClaimStatus; tenant?: string; fiscalYear?: number; sort?: MediaClaimSort; page?: number; pageSize?: number };

export type Claim = ClaimSummary & {
  lines: ClaimLine[];
  taxes: ClaimTaxes;
  /** The tax settings version the amounts were computed with. */
  taxSettings: { id: string; version: number; ppnRateBp: number; ppnBaseNumerator: number; ppnBaseDenominator: number; ppnCollectionThreshold: number };
  returnNote: string | null;
  submittedBy: string;
  documents: BillingDocument[];
  payment: Payment | null;
  /** Staff view only: the approval instance (null for the media). */
  approval: ApprovalInstance | null;
};

export type SubmitClaimRequest = { proofIds: string[] };
/** After a return: the same proofs (amounts recomputed and frozen again) or others of the same outlet. */
export type ResubmitClaimRequest = { version: number; proofIds?: string[] };
export type CancelClaimRequest = { version: number };

export const TAX_RECEIPT_KINDS = ['ppn', 'pph23'] as const;
export type TaxReceiptKind = (typeof TAX_RECEIPT_KINDS)[number];
/** A tax deposit (bukti setor): NTPN from the state treasury, optional e-billing code. */
export type TaxReceipt = { kind: TaxReceiptKind; ntpn: string; billingCode?: string | null; amount: number; paidOn: string };

/**
 * Payment of an approved claim by SP2D (header `Idempotency-Key` required). One payment settles one
 * claim in full: `amount` must equal the claim's net (more → 422 PAYMENT_EXCEEDS_CLAIM, less → 422
 * PAYMENT_AMOUNT_MISMATCH), and the tax receipts must add up, per kind, to what the claim withholds.
 * The same key again answers the same payment (nothing is paid twice); `version` is the claim's.
 */
export type RecordPaymentRequest = {
  version: number;
  sp2dNumber: string;
  sp2dDate: string;
  amount: number;
  taxReceipts: TaxReceipt[];
};

export type Payment = {
  id: string;
  claimId: string;
  sp2dNumber: string;
  sp2dDate: string;
  amount: number;
  taxReceipts: TaxReceipt[];
  recordedBy: string;
  recordedAt: string;
};

export const PAYMENT_SORTS = ['-sp2dDate', 'sp2dDate', '-amount', 'amount'] as const;
export type PaymentSort = (typeof PAYMENT_SORTS)[number];

/**
 * GET /api/t/:tenant/payments: newest SP2D first by default. `fiscalYear` is the claim's; `from`/`to`
 * bound the SP2D date (inclusive, YYYY-MM-DD); `q` finds the SP2D number, the claim number, the
 * outlet or the company name (contains, any case).
 */
export type PaymentQuery = {
  fiscalYear?: number;
  from?: string;
  to?: string;
  outletId?: string;
  q?: string;
  sort?: PaymentSort;
  page?: number;
  pageSize?: number;
};

/** One payment (SP2D) in the staff list, with its claim's frozen amounts and documents. */
export type PaymentRow = {
  id: string;
  claim: { id: string; number: string; fiscalYear: number; gross: number; ppnWithheld: number; pph23: number };
  company: { id: string; legalName: string };
  outlet: { id: string; name: string; mediaType: MediaType };
  sp2dNumber: string;
  sp2dDate: string;
  amount: number;
  recordedBy: string;
  recordedAt: string;
  /** The claim's documents issued so far (download: GET /api/t/:tenant/claims/:claimId/documents/:kind). */
  documents: BillingDocument[];
};

/** A page of payments with the totals of the whole filtered set (not only of the page). */
export type PaymentList = Page<PaymentRow> & { totals: { count: number; amount: number } };

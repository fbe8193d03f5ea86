import type { MediaType } from './rules';

/** What can be ordered from an outlet (PRODUCT.md step 5). */
export const PRODUCT_KINDS = [
  'advertorial',
  'infotorial',
  'banner',
  'press-release',
  'print-ad',
  'spot',
  'live-coverage',
  'social-post',
  'videotron-slot',
] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const PRODUCT_UNITS = ['item', 'month', 'second', 'column-mm', 'slot', 'day'] as const;
export type ProductUnit = (typeof PRODUCT_UNITS)[number];

export const PROOF_FIELD_TYPES = ['text', 'number', 'date', 'url', 'file'] as const;
export type ProofFieldType = (typeof PROOF_FIELD_TYPES)[number];

export type Product = {
  /** Upper-case letters, digits and dashes, unique in the year's catalogue, e.g. "ONL-ADV". */
  code: string;
  mediaType: MediaType;
  kind: ProductKind;
  name: string;
  unit: ProductUnit;
  /** Banner position ("header", "sidebar"), for banners. */
  position?: string | null;
  /** Print ad size ("1/4 halaman", "3 kolom x 100 mm"). */
  size?: string | null;
  /** Spot duration, for TV and radio. */
  durationSeconds?: number | null;
};

/** The tier price of a product (rupiah per unit, taxes included as agreed in the PKS). */
export type Rate = { productCode: string; tier: string; unitPrice: number };
/** An agreement's own price for a product: overrides the tier price (Mojokerto fixes prices per agreement). */
export type AgreementRate = { agreementId: string; productCode: string; unitPrice: number };

export type ProofField = { key: string; label: { id: string; en: string }; type: ProofFieldType; required: boolean };
/** What a proof of publication (bukti tayang) of a media type carries, and how long after publication it may come. */
export type ProofForm = { mediaType: MediaType; deadlineDays: number; fields: ProofField[] };

export type PublicationSettingsRequest = {
  products: Product[];
  rates: Rate[];
  agreementRates: AgreementRate[];
  proofForms: ProofForm[];
  /** An outlet with a locked or overdue order gets no new order while this is on. */
  blockOutletsWithOverdueProofs: boolean;
};

export type PublicationSettings = PublicationSettingsRequest & {
  id: string;
  fiscalYear: number;
  version: number;
  createdBy: string;
  createdAt: string;
};

// --- orders (surat pesanan) ---------------------------------------------------------------------

/**
 * issued → accepted | declined | cancelled | locked; accepted → proof-submitted | locked;
 * proof-submitted → proof-accepted | proof-returned; proof-returned → proof-submitted | locked;
 * proof-accepted → claimed → paid (claimed → proof-accepted when a claim is withdrawn).
 */
export const ORDER_STATUSES = [
  'issued',
  'accepted',
  'declined',
  'cancelled',
  'proof-submitted',
  'proof-returned',
  'proof-accepted',
  'locked',
  'claimed',
  'paid',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** Statuses whose amount no longer holds budget nor the agreement's ceiling. */
export const RELEASED_ORDER_STATUSES: readonly OrderStatus[] = ['declined', 'cancelled', 'locked'];

export type OrderMaterialFile = { id: string; hash: string; name: string; size: number; contentType: string; uploadedAt: string };

export type CreateOrderRequest = {
  agreementId: string;
  productCode: string;
  quantity: number;
  material: { title: string; body: string };
  publishFrom: string;
  publishUntil: string;
};

export type OrderSummary = {
  id: string;
  number: string;
  fiscalYear: number;
  agreementId: string;
  company: { id: string; legalName: string };
  outlet: { id: string; name: string; mediaType: MediaType };
  tier: string;
  product: { code: string; name: string; kind: ProductKind; unit: ProductUnit };
  quantity: number;
  unitPrice: number;
  priceSource: 'agreement' | 'tier';
  amount: number;
  title: string;
  publishFrom: string;
  publishUntil: string;
  /** Last day (WIB) for the proof: publishUntil + the media type's deadlineDays, frozen at ordering. */
  proofDeadline: string;
  status: OrderStatus;
  createdAt: string;
  version: number;
};

export type OrderEvent = { at: string; action: string; actor: string; details: Record<string, unknown> };

export type LinkCheckVerdict = 'match' | 'weak' | 'no-match' | 'unreachable' | 'forbidden';
export type LinkCheckResult = {
  field: string;
  url: string;
  checkedAt: string;
  reachable: boolean;
  httpStatus: number | null;
  finalUrl: string | null;
  title: string | null;
  /** Share (0..1) of the material title's words found in the page's title and text. */
  matchScore: number;
  verdict: LinkCheckVerdict;
  problem: string | null;
};

export type ProofStatus = 'submitted' | 'returned' | 'accepted';
export type Proof = {
  id: string;
  orderId: string;
  status: ProofStatus;
  fields: Record<string, string | number>;
  round: number;
  note: string | null;
  submittedBy: string;
  submittedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  linkChecks: LinkCheckResult[];
  version: number;
};

export type Order = OrderSummary & {
  body: string;
  settingsVersion: number;
  declineReason: string | null;
  materials: OrderMaterialFile[];
  proof: Proof | null;
  history: OrderEvent[];
};

/**
 * The proof form an order owes, as the media fill it: the fields of its media type's form in the
 * settings version the order was issued under, and the last day (WIB) the proof is taken.
 */
export type OrderProofForm = ProofForm & { deadline: string };

/** An order as the press company sees it: with the proof form to fill (null when the settings lack one). */
export type MediaOrder = Order & { proofForm: OrderProofForm | null };

/** An order in the media inbox across every region the company works with. */
export type MediaInboxOrder = OrderSummary & { tenant: { slug: string; name: string } };

export type OrderQuery = {
  fiscalYear?: number;
  status?: OrderStatus[];
  outletId?: string;
  companyId?: string;
  mediaType?: MediaType;
  productCode?: string;
  q?: string;
  publishFrom?: string;
  publishTo?: string;
  sort?: 'createdAt' | 'publishFrom' | 'amount' | 'number';
  direction?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
};

/** Fair distribution: each outlet with an agreement in force in the year, its orders and spend so far. */
export type DistributionRow = {
  agreementId: string;
  outlet: { id: string; name: string; mediaType: MediaType };
  company: { id: string; legalName: string };
  tier: string;
  ceiling: number | null;
  orders: number;
  /** Ordered and still holding budget (not declined, cancelled or locked), paid included. */
  spend: number;
  paid: number;
  overdueProofs: number;
  lockedOrders: number;
  blocked: boolean;
  /** Why a new order would be refused today, if it would. */
  refusal: 'OUTLET_BLOCKED' | 'OUTLET_HAS_OVERDUE_PROOFS' | null;
};

export type SubmitProofRequest = { fields: Record<string, string | number> };
export type ReviewProofRequest = { version: number; note?: string };
export type ProofFileUpload = { hash: string; name: string; size: number; contentType: string };

// --- for billing and reporting ------------------------------------------------------------------

export type ClaimableProof = {
  proofId: string;
  orderId: string;
  orderNumber: string;
  fiscalYear: number;
  agreementId: string;
  companyId: string;
  outletId: string;
  outletName: string;
  mediaType: MediaType;
  productCode: string;
  productName: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  publishedOn: string;
};

export type OutletSpendRow = { outletId: string; outletName: string; mediaType: MediaType; orders: number; committed: number; paid: number };
export type OverdueProofRow = {
  orderId: string;
  orderNumber: string;
  outletId: string;
  outletName: string;
  mediaType: MediaType;
  status: OrderStatus;
  proofDeadline: string;
  daysOverdue: number;
  amount: number;
};
export type RegisterFilter = { fiscalYear: number; from?: string; to?: string; outletId?: string; mediaType?: MediaType };

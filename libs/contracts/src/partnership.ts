import type { DocumentRequirement, DossierDocumentType, EligibilityResult, LocalizedText, MediaType, RequirementLine, RulesContent } from './rules';

/** The kop surat of a tenant's documents. */
export type Letterhead = {
  governmentName: string;
  unitName: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
};

export type Signatory = { name: string; nip: string | null; position: string };

/** The concrete calendar of one fiscal year (ISO dates), from the configuration's schedule pattern. */
export type PartnershipCalendar = {
  registrationOpens: string;
  registrationCloses: string;
  announcement: string;
  objectionOpens: string;
  objectionCloses: string;
  final: string;
};

/** What a tenant admin saves for a fiscal year; every save is a new version (applications keep the one they used). */
export type PartnershipConfigurationRequest = {
  legalBasis: string;
  owningUnit: string;
  letterhead: Letterhead;
  /** Who signs agreements for the tenant (PIHAK PERTAMA). */
  agreementSignatory: Signatory;
  /** Whether verification includes a factual visit before tiering. */
  factualVisit: boolean;
  /** Agreement number unit code, e.g. DISKOMINFO. */
  unitCode: string;
  content: RulesContent;
};

export type PartnershipConfiguration = PartnershipConfigurationRequest & {
  id: string;
  fiscalYear: number;
  version: number;
  calendar: PartnershipCalendar;
  /** When adopted from another tenant's pack: from whom, what. */
  adoptedFrom: { tenant: string; packVersion: number; parts: PackPart[] } | null;
  createdAt: string;
  createdBy: string;
};


export const APPLICATION_STATUSES = ['submitted', 'in-review', 'returned', 'verified', 'tiered', 'ineligible', 'final', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const DOCUMENT_DECISIONS = ['pending', 'approved', 'rejected'] as const;
export type DocumentDecision = (typeof DOCUMENT_DECISIONS)[number];

export type ApplicationDocument = {
  id: string;
  documentType: DossierDocumentType;
  level: 'company' | 'outlet';
  dossierDocumentId: string;
  versionId: string;
  versionNumber: number;
  number: string | null;
  expiresOn: string | null;
  decision: DocumentDecision;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** Fields the caller's roles may not read (SENSITIVE_DOCUMENT_FIELDS: then `number` is null and the file 403). */
  hidden?: string[];
};

export type FactualVisit = { visitedOn: string; officer: string; passed: boolean; note: string | null };

export type Objection = {
  id: string;
  applicationId: string;
  text: string;
  submittedAt: string;
  submittedBy: string;
  answer: string | null;
  upheld: boolean | null;
  answeredAt: string | null;
  answeredBy: string | null;
};

export type TierDecision = {
  tier: string | null;
  eligible: boolean;
  score: number;
  result: EligibilityResult;
  configurationId: string;
  configurationVersion: number;
  decidedAt: string;
  decidedBy: string;
};

export type Application = {
  id: string;
  fiscalYear: number;
  company: { id: string; legalName: string };
  outlet: { id: string; name: string; mediaType: MediaType };
  status: ApplicationStatus;
  submittedAt: string;
  /** The evaluation shown when the application was submitted. */
  evaluation: EligibilityResult;
  requirements: RequirementLine[];
  documents: ApplicationDocument[];
  factualVisit: FactualVisit | null;
  decision: TierDecision | null;
  /** Visible to the media once the results are announced. */
  announced: boolean;
  objections: Objection[];
  agreementId: string | null;
  /** Optimistic locking: send it back with a decision; a stale one answers 409 STALE_VERSION. */
  version: number;
};

export type ApplicationSummary = Pick<Application, 'id' | 'fiscalYear' | 'company' | 'outlet' | 'status' | 'submittedAt' | 'version'> & {
  tier: string | null;
  pendingDocuments: number;
  rejectedDocuments: number;
};

export type ApplicationQuery = { fiscalYear?: number; status?: ApplicationStatus; q?: string; page?: number; pageSize?: number; sort?: string };

/** One outlet's standing before it applies: what the tenant's rules say and what is missing. */
export type OutletPreview = {
  outlet: { id: string; name: string; mediaType: MediaType };
  evaluation: EligibilityResult;
  requirements: RequirementLine[];
  canApply: boolean;
};

/**
 * Staff test the requirements and rules they are editing (saved or not) against a press company
 * that applied to the tenant: each of its active outlets as the rules would judge it today.
 */
export type ConfigurationPreviewRequest = { companyId: string; content: RulesContent };
export type ConfigurationPreview = { company: { id: string; legalName: string }; outlets: OutletPreview[] };

export type MediaTenantView = {
  tenant: { slug: string; name: string };
  fiscalYear: number;
  legalBasis: string;
  owningUnit: string;
  calendar: PartnershipCalendar;
  registrationOpen: boolean;
  outlets: OutletPreview[];
  /** The region publishes its public page (partner media, and spending when it chooses). */
  publicPage: boolean;
};

export type SubmitApplicationRequest = { fiscalYear: number; outletIds: string[] };
export type DocumentDecisionRequest = { decision: DocumentDecision; note?: string; version: number };
export type FactualVisitRequest = { visitedOn: string; passed: boolean; note?: string; version: number };
export type TieringRequest = { version: number };
export type ResubmitDocumentRequest = { versionId: string };
export type ObjectionRequest = { text: string };
export type ObjectionAnswerRequest = { answer: string; upheld: boolean };
export type AnnouncementRequest = { fiscalYear: number; kind: 'initial' | 'final' };
export type Announcement = { fiscalYear: number; kind: 'initial' | 'final'; announcedAt: string; announcedBy: string; applications: number };

export type Agreement = {
  id: string;
  number: string;
  fiscalYear: number;
  applicationId: string;
  company: { id: string; legalName: string };
  outlet: { id: string; name: string; mediaType: MediaType };
  tier: string;
  startsOn: string;
  endsOn: string;
  ceiling: number | null;
  status: 'active' | 'terminated';
  createdAt: string;
};
export type CreateAgreementRequest = { applicationId: string; startsOn: string; endsOn: string; ceiling?: number | null; signedOn?: string };

export type OutletBlock = {
  id: string;
  outletId: string;
  reason: string;
  startsOn: string;
  endsOn: string | null;
  createdBy: string;
  createdAt: string;
  liftedAt: string | null;
  liftedBy: string | null;
};
export type CreateOutletBlockRequest = { reason: string; startsOn: string; endsOn?: string | null };

export type OutletHistoryEntry = { at: string; kind: 'application' | 'decision' | 'agreement' | 'block' | 'unblock'; summary: string; refId: string };

/** The eligibility list: every applied outlet of a year with its current evaluation. */
export type EligibilityListEntry = { applicationId: string; outlet: { id: string; name: string; mediaType: MediaType }; company: string; eligible: boolean; score: number; tier: string | null };

// --- configuration packs (studi tiru) -----------------------------------------------------------

export const PACK_PARTS = ['requirements', 'eligibility', 'schedule'] as const;
export type PackPart = (typeof PACK_PARTS)[number];

export type ConfigurationPack = {
  id: string;
  tenant: { slug: string; name: string };
  version: number;
  title: string;
  description: string;
  legalBasis: string;
  content: RulesContent;
  publishedAt: string;
  publishedBy: string;
  adoptions: number;
};
export type PublishPackRequest = { fiscalYear: number; title: string; description?: string };
export type AdoptPackRequest = { fiscalYear: number; parts: PackPart[] };
export type PackComparisonLine = { part: PackPart; path: string; label: string; ours: unknown; theirs: unknown; same: boolean };
export type PackComparison = { pack: ConfigurationPack; lines: PackComparisonLine[] };
export type PackAdoption = { id: string; pack: { id: string; tenant: string; version: number }; adopter: string; parts: PackPart[]; adoptedBy: string; adoptedAt: string };

// --- public (no login): what regions publish --------------------------------------------------

/** A region's call for media partners (GET /api/public/calls). */
export type PublicCall = {
  tenant: { slug: string; name: string };
  fiscalYear: number;
  legalBasis: string;
  registrationOpens: string;
  registrationCloses: string;
  open: boolean;
};

/** What a region requires of media for a year (GET /api/public/t/:tenant/requirements). */
export type PublicRequirements = {
  tenant: { slug: string; name: string };
  fiscalYear: number;
  legalBasis: string;
  owningUnit: string;
  calendar: PartnershipCalendar;
  requirements: (DocumentRequirement & { text: LocalizedText })[];
  rules: { id: string; text: LocalizedText; mediaTypes: MediaType[] | 'all' }[];
  tiers: { code: string; label: LocalizedText; minScore: number | null; conditions: LocalizedText[] }[];
};

/** A region's partner media for a year (GET /api/public/t/:tenant/partners): UU 14/2008 transparency. */
export type PublicPartner = { outlet: string; mediaType: MediaType; company: string; tier: string; startsOn: string; endsOn: string };

/**
 * What a region paid in a fiscal year, published by its choice (GET /api/public/t/:tenant/spending):
 * realised by SP2D, at the claims' gross (taxes included), per media type and per outlet.
 */
export type PublicSpending = {
  tenant: { slug: string; name: string };
  fiscalYear: number;
  total: number;
  byMediaType: { mediaType: MediaType; paid: number }[];
  byOutlet: { outlet: string; company: string; mediaType: MediaType; claims: number; paid: number }[];
};

/** A region's public page (GET /api/public/t/:tenant/page): who runs the partnership, its partners, and its spending when published. */
export type PublicTenantPage = {
  tenant: { slug: string; name: string };
  fiscalYear: number;
  owningUnit: string;
  address: string | null;
  email: string | null;
  phone: string | null;
  partners: PublicPartner[];
  /** Null when the region publishes its partners but not its spending. */
  spending: PublicSpending | null;
};

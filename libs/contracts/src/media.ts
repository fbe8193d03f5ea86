import type { MediaAbilityRule, MediaLegalForm, MediaRole } from './auth';
import type { DewanPersStatus, DossierDocumentType, MediaType, UkwLevel } from './rules';

/** A press company's dossier profile: kept once, read by every tenant it applies to. */
export type MediaCompanyProfile = {
  id: string;
  legalName: string;
  legalForm: MediaLegalForm;
  npwp: string | null;
  nib: string | null;
  pkp: boolean;
  kbli: string[];
  address: string | null;
  /** Kemendagri code of the head office's region (e.g. 18.13). */
  regionCode: string | null;
  /** Regions where the company also has an office or bureau. */
  officeRegionCodes: string[];
  establishedOn: string | null;
  phone: string | null;
  website: string | null;
  bankName: string | null;
  bankAccountNumber: string | null;
  bankAccountHolder: string | null;
  dewanPersStatus: DewanPersStatus;
  dewanPersCertificateNumber: string | null;
  dewanPersVerifiedOn: string | null;
  constituentOrganisation: string | null;
  /** Optimistic locking: send it back with a change; a stale one answers 409 STALE_VERSION. */
  version: number;
};

export type UpdateMediaCompanyRequest = Partial<Omit<MediaCompanyProfile, 'id' | 'version'>> & { version: number };

export const MEDIA_PERSON_POSITIONS = ['pemimpin-redaksi', 'editor', 'journalist', 'bureau-chief'] as const;
export type MediaPersonPosition = (typeof MEDIA_PERSON_POSITIONS)[number];

export type MediaPerson = {
  id: string;
  name: string;
  position: MediaPersonPosition;
  ukwLevel: UkwLevel | null;
  ukwCertificateNumber: string | null;
  ukwCertifiedOn: string | null;
  /** Region on the person's KTP (local bureau chiefs must be local). */
  ktpRegionCode: string | null;
};
export type MediaPersonRequest = Omit<MediaPerson, 'id'>;

export type MediaOutlet = {
  id: string;
  name: string;
  mediaType: MediaType;
  url: string | null;
  launchedOn: string | null;
  monthlyVisitors: number | null;
  circulation: number | null;
  broadcastLicenceNumber: string | null;
  socialPlatform: string | null;
  location: string | null;
  publishesMasthead: boolean;
  active: boolean;
  version: number;
};
export type MediaOutletRequest = Omit<MediaOutlet, 'id' | 'version' | 'active'> & { active?: boolean; version?: number };

export type DossierDocumentVersion = {
  id: string;
  version: number;
  number: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  fileHash: string;
  fileSize: number;
  contentType: string;
  originalName: string;
  uploadedAt: string;
};

export type DossierDocument = {
  id: string;
  documentType: DossierDocumentType;
  /** Null for a company-level document; else the outlet it belongs to. */
  outletId: string | null;
  current: DossierDocumentVersion;
  /** Older versions, newest first: tenants may have verified one of them. */
  previous: DossierDocumentVersion[];
  /** Days until the current version expires (negative once expired), null when it does not expire. */
  expiresInDays: number | null;
};

/** Sent as multipart/form-data fields next to the `file` part. */
export type DossierUploadFields = {
  documentType: DossierDocumentType;
  outletId?: string;
  number?: string;
  issuedOn?: string;
  expiresOn?: string;
};

/** One tenant the company works with, as the media portal lists it. */
export type MediaPartnershipSummary = {
  tenant: { slug: string; name: string };
  applications: { id: string; fiscalYear: number; outletId: string; outletName: string; status: string; tier: string | null }[];
};

export type MediaCompanyDossier = MediaCompanyProfile & {
  roles: MediaRole[];
  /** The caller's CASL rules in this company (the portal hides what they forbid). */
  abilities: MediaAbilityRule[];
  people: MediaPerson[];
  outlets: MediaOutlet[];
  documents: DossierDocument[];
  partnerships: MediaPartnershipSummary[];
};

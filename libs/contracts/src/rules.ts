/**
 * The vocabulary of the rule engine: what a tenant may say about press outlets (eligibility rules,
 * scoring, tiers, document requirements, the yearly calendar) as data, and what the engine answers.
 * Shared by the API, the worker and the web app's configuration screens: plain data, no Node APIs.
 */
import { MEDIA_LEGAL_FORMS } from './auth';

export const DEWAN_PERS_STATUSES = ['none', 'administrative', 'factual'] as const; // ordered, weakest first
export type DewanPersStatus = (typeof DEWAN_PERS_STATUSES)[number];
export const UKW_LEVELS = ['muda', 'madya', 'utama'] as const; // ordered
export type UkwLevel = (typeof UKW_LEVELS)[number];
export const MEDIA_TYPES = ['online', 'print-daily', 'print-weekly', 'print-monthly', 'tv', 'radio', 'social-media', 'videotron'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];
export const DOSSIER_DOCUMENT_TYPES = ['akta-pendirian', 'sk-kemenkumham', 'nib', 'npwp', 'pkp-certificate', 'spt',
  'domicile-letter', 'bank-account', 'company-profile', 'ktp-penanggung-jawab', 'dewan-pers-certificate',
  'ukw-certificate', 'broadcast-licence', 'circulation-statement', 'traffic-statistics', 'masthead',
  'constituent-membership', 'e-katalog-registration', 'other'] as const;
export type DossierDocumentType = (typeof DOSSIER_DOCUMENT_TYPES)[number];

/** A text shown to people, in Bahasa Indonesia (the default) and English. */
export type LocalizedText = { id: string; en: string };

// ---------------------------------------------------------------------------------------------
// Facts
// ---------------------------------------------------------------------------------------------

/** enum: unordered values; ordinal: values ordered weakest first; string-list: e.g. KBLI codes. */
export const FACT_TYPES = ['enum', 'ordinal', 'boolean', 'number', 'string-list'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export type UnitLabel = { id: string; en: string; enSingular: string };

export type FactFieldDefinition = {
  type: FactType;
  /** enum: the allowed values; ordinal: the allowed values, weakest first. */
  values?: readonly string[];
  /** What the fact is, as a noun phrase ("UKW pemimpin redaksi"). */
  label: LocalizedText;
  /**
   * The start of a requirement sentence that the operator completes ("Pemimpin redaksi harus
   * memiliki UKW" + " minimal Utama"). Booleans: the whole sentence for isTrue.
   */
  requirement: LocalizedText;
  /** Booleans: the whole sentence for isFalse. */
  negatedRequirement?: LocalizedText;
  /** How a value reads (keys are the values; booleans use 'true' and 'false', as clauses). */
  valueLabels?: Readonly<Record<string, LocalizedText>>;
  unit?: UnitLabel;
};

const yesNo = (yes: LocalizedText, no: LocalizedText) => ({ true: yes, false: no });

/** The facts of one outlet applying to one tenant, built by the partnership module from the dossier. */
export const FACT_FIELDS = {
  'company.legalForm': {
    type: 'enum',
    values: MEDIA_LEGAL_FORMS,
    label: { id: 'Bentuk badan hukum perusahaan', en: 'Company legal form' },
    requirement: { id: 'Bentuk badan hukum perusahaan harus', en: "The company's legal form must be" },
    valueLabels: {
      PT: { id: 'PT', en: 'PT (limited company)' },
      yayasan: { id: 'yayasan', en: 'yayasan (foundation)' },
      koperasi: { id: 'koperasi', en: 'koperasi (cooperative)' },
      CV: { id: 'CV', en: 'CV (limited partnership)' },
    },
  },
  'company.dewanPersStatus': {
    type: 'ordinal',
    values: DEWAN_PERS_STATUSES,
    label: { id: 'Status verifikasi Dewan Pers', en: 'Dewan Pers verification status' },
    requirement: { id: 'Status Dewan Pers perusahaan harus', en: "The company's Dewan Pers status must be" },
    valueLabels: {
      none: { id: 'belum terverifikasi', en: 'not verified' },
      administrative: { id: 'terverifikasi administratif', en: 'administratively verified' },
      factual: { id: 'terverifikasi faktual', en: 'factually verified' },
    },
  },
  'company.pkp': {
    type: 'boolean',
    label: { id: 'Status PKP', en: 'VAT registration (PKP)' },
    requirement: { id: 'Perusahaan harus berstatus PKP (pengusaha kena pajak)', en: 'The company must be VAT-registered (PKP)' },
    negatedRequirement: { id: 'Perusahaan tidak boleh berstatus PKP', en: 'The company must not be VAT-registered (PKP)' },
    valueLabels: yesNo(
      { id: 'perusahaan berstatus PKP', en: 'the company is VAT-registered' },
      { id: 'perusahaan bukan PKP', en: 'the company is not VAT-registered' },
    ),
  },
  'company.hasNpwp': {
    type: 'boolean',
    label: { id: 'NPWP perusahaan', en: 'Company tax number (NPWP)' },
    requirement: { id: 'Perusahaan harus memiliki NPWP', en: 'The company must have a tax number (NPWP)' },
    negatedRequirement: { id: 'Perusahaan tidak boleh memiliki NPWP', en: 'The company must not have a tax number (NPWP)' },
    valueLabels: yesNo(
      { id: 'perusahaan memiliki NPWP', en: 'the company has an NPWP' },
      { id: 'perusahaan belum memiliki NPWP', en: 'the company has no NPWP' },
    ),
  },
  'company.kbli': {
    type: 'string-list',
    label: { id: 'KBLI perusahaan', en: 'Company KBLI codes' },
    requirement: { id: 'KBLI perusahaan harus', en: "The company's KBLI codes must" },
  },
  'company.ageMonths': {
    type: 'number',
    label: { id: 'Usia perusahaan', en: 'Company age' },
    requirement: { id: 'Usia perusahaan harus', en: "The company's age must be" },
    unit: { id: 'bulan', en: 'months', enSingular: 'month' },
  },
  'company.hasOfficeInRegion': {
    type: 'boolean',
    label: { id: 'Kantor atau biro di wilayah', en: 'Office or bureau in the region' },
    requirement: { id: 'Perusahaan harus memiliki kantor atau biro di wilayah ini', en: 'The company must have an office or bureau in the region' },
    negatedRequirement: { id: 'Perusahaan tidak boleh memiliki kantor di wilayah ini', en: 'The company must not have an office in the region' },
    valueLabels: yesNo(
      { id: 'perusahaan memiliki kantor di wilayah ini', en: 'the company has an office in the region' },
      { id: 'perusahaan tidak memiliki kantor di wilayah ini', en: 'the company has no office in the region' },
    ),
  },
  'company.hasLocalBureauChief': {
    type: 'boolean',
    label: { id: 'Kepala biro lokal', en: 'Local bureau chief' },
    requirement: { id: 'Perusahaan harus memiliki kepala biro ber-KTP daerah ini', en: 'The company must have a bureau chief holding a KTP of the region' },
    negatedRequirement: { id: 'Perusahaan tidak boleh memiliki kepala biro ber-KTP daerah ini', en: 'The company must not have a bureau chief holding a KTP of the region' },
    valueLabels: yesNo(
      { id: 'kepala biro ber-KTP daerah ini', en: 'the bureau chief holds a local KTP' },
      { id: 'tidak ada kepala biro ber-KTP daerah ini', en: 'there is no bureau chief with a local KTP' },
    ),
  },
  'company.constituentMember': {
    type: 'boolean',
    label: { id: 'Anggota konstituen Dewan Pers', en: 'Member of a Dewan Pers constituent' },
    requirement: { id: 'Perusahaan harus menjadi anggota organisasi konstituen Dewan Pers', en: 'The company must be a member of a Dewan Pers constituent organisation' },
    negatedRequirement: { id: 'Perusahaan tidak boleh menjadi anggota organisasi konstituen Dewan Pers', en: 'The company must not be a member of a Dewan Pers constituent organisation' },
    valueLabels: yesNo(
      { id: 'perusahaan anggota organisasi konstituen', en: 'the company is a member of a constituent organisation' },
      { id: 'perusahaan bukan anggota organisasi konstituen', en: 'the company is not a member of a constituent organisation' },
    ),
  },
  'company.outletCount': {
    type: 'number',
    label: { id: 'Jumlah media perusahaan', en: "Number of the company's outlets" },
    requirement: { id: 'Jumlah media perusahaan harus', en: "The company's number of outlets must be" },
    unit: { id: 'media', en: 'outlets', enSingular: 'outlet' },
  },
  'pemred.ukwLevel': {
    type: 'ordinal',
    values: UKW_LEVELS,
    label: { id: 'UKW pemimpin redaksi', en: "Editor-in-chief's UKW level" },
    requirement: { id: 'Pemimpin redaksi harus memiliki UKW', en: 'Editor-in-chief must hold UKW' },
    valueLabels: {
      muda: { id: 'Muda', en: 'Muda' },
      madya: { id: 'Madya', en: 'Madya' },
      utama: { id: 'Utama', en: 'Utama' },
    },
  },
  'pemred.hasLocalKtp': {
    type: 'boolean',
    label: { id: 'KTP pemimpin redaksi', en: "Editor-in-chief's KTP" },
    requirement: { id: 'Pemimpin redaksi harus ber-KTP daerah ini', en: 'The editor-in-chief must hold a KTP of the region' },
    negatedRequirement: { id: 'Pemimpin redaksi tidak boleh ber-KTP daerah ini', en: 'The editor-in-chief must not hold a KTP of the region' },
    valueLabels: yesNo(
      { id: 'pemimpin redaksi ber-KTP daerah ini', en: 'the editor-in-chief holds a local KTP' },
      { id: 'pemimpin redaksi tidak ber-KTP daerah ini', en: 'the editor-in-chief does not hold a local KTP' },
    ),
  },
  'outlet.mediaType': {
    type: 'enum',
    values: MEDIA_TYPES,
    label: { id: 'Jenis media', en: 'Media type' },
    requirement: { id: 'Jenis media harus', en: 'The media type must be' },
    valueLabels: {
      online: { id: 'media daring', en: 'online media' },
      'print-daily': { id: 'surat kabar harian', en: 'daily newspaper' },
      'print-weekly': { id: 'surat kabar mingguan', en: 'weekly newspaper' },
      'print-monthly': { id: 'media cetak bulanan', en: 'monthly print' },
      tv: { id: 'televisi', en: 'television' },
      radio: { id: 'radio', en: 'radio' },
      'social-media': { id: 'akun media sosial', en: 'social media account' },
      videotron: { id: 'videotron', en: 'videotron' },
    },
  },
  'outlet.activeMonths': {
    type: 'number',
    label: { id: 'Masa aktif media', en: "Outlet's active period" },
    requirement: { id: 'Media harus aktif', en: 'The outlet must have been active for' },
    unit: { id: 'bulan', en: 'months', enSingular: 'month' },
  },
  'outlet.monthlyVisitors': {
    type: 'number',
    label: { id: 'Pengunjung bulanan', en: 'Monthly visitors' },
    requirement: { id: 'Jumlah pengunjung bulanan harus', en: 'Monthly visitors must be' },
    unit: { id: 'pengunjung', en: 'visitors', enSingular: 'visitor' },
  },
  'outlet.circulation': {
    type: 'number',
    label: { id: 'Oplah', en: 'Circulation' },
    requirement: { id: 'Oplah harus', en: 'Circulation must be' },
    unit: { id: 'eksemplar', en: 'copies', enSingular: 'copy' },
  },
  'outlet.hasBroadcastLicence': {
    type: 'boolean',
    label: { id: 'Izin penyelenggaraan penyiaran', en: 'Broadcasting licence' },
    requirement: { id: 'Media harus memiliki izin penyelenggaraan penyiaran (IPP) tetap', en: 'The outlet must hold a permanent broadcasting licence (IPP)' },
    negatedRequirement: { id: 'Media tidak boleh memiliki izin penyelenggaraan penyiaran', en: 'The outlet must not hold a broadcasting licence' },
    valueLabels: yesNo(
      { id: 'media memiliki IPP tetap', en: 'the outlet holds a permanent licence' },
      { id: 'media belum memiliki IPP tetap', en: 'the outlet holds no permanent licence' },
    ),
  },
  'outlet.publishesMasthead': {
    type: 'boolean',
    label: { id: 'Boks redaksi', en: 'Masthead (boks redaksi)' },
    requirement: { id: 'Media harus memuat boks redaksi', en: 'The outlet must publish its masthead (boks redaksi)' },
    negatedRequirement: { id: 'Media tidak boleh memuat boks redaksi', en: 'The outlet must not publish a masthead' },
    valueLabels: yesNo(
      { id: 'media memuat boks redaksi', en: 'the outlet publishes its masthead' },
      { id: 'media tidak memuat boks redaksi', en: 'the outlet publishes no masthead' },
    ),
  },
  'documents.missingRequired': {
    type: 'number',
    label: { id: 'Dokumen wajib yang belum ada', en: 'Missing required documents' },
    requirement: { id: 'Jumlah dokumen wajib yang belum ada harus', en: 'The number of missing required documents must be' },
    unit: { id: 'dokumen', en: 'documents', enSingular: 'document' },
  },
  'documents.expiredRequired': {
    type: 'number',
    label: { id: 'Dokumen wajib yang kedaluwarsa', en: 'Expired required documents' },
    requirement: { id: 'Jumlah dokumen wajib yang kedaluwarsa harus', en: 'The number of expired required documents must be' },
    unit: { id: 'dokumen', en: 'documents', enSingular: 'document' },
  },
} as const satisfies Record<string, FactFieldDefinition>;

export type FactField = keyof typeof FACT_FIELDS;
export const FACT_FIELD_NAMES = Object.keys(FACT_FIELDS) as FactField[];

type FactValueOf<D> = D extends { type: 'boolean' }
  ? boolean
  : D extends { type: 'number' }
    ? number
    : D extends { type: 'string-list' }
      ? readonly string[]
      : D extends { values: readonly (infer V)[] }
        ? V
        : never;

/** The value of one fact; `null` = unknown or not applicable (never satisfies a rule but `absent`). */
export type FactValue<K extends FactField> = FactValueOf<(typeof FACT_FIELDS)[K]> | null;

/** The facts of one outlet applying to one tenant (flat keys). */
export type EligibilityFacts = { [K in FactField]: FactValue<K> };

// ---------------------------------------------------------------------------------------------
// Rules (tenant configuration, JSON-serialisable)
// ---------------------------------------------------------------------------------------------

export const RULE_OPERATORS = [
  'eq', 'neq', 'in', 'notIn', 'gte', 'gt', 'lte', 'lt', 'between', 'atLeast', 'atMost',
  'isTrue', 'isFalse', 'contains', 'containsAny', 'present', 'absent',
] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

/** Which operators make sense for which kind of fact (the validator and the rule editor use this). */
export const OPERATORS_BY_FACT_TYPE: Readonly<Record<FactType, readonly RuleOperator[]>> = {
  enum: ['eq', 'neq', 'in', 'notIn', 'present', 'absent'],
  ordinal: ['eq', 'neq', 'in', 'notIn', 'atLeast', 'atMost', 'present', 'absent'],
  boolean: ['isTrue', 'isFalse', 'present', 'absent'],
  number: ['eq', 'neq', 'gte', 'gt', 'lte', 'lt', 'between', 'present', 'absent'],
  'string-list': ['contains', 'containsAny', 'present', 'absent'],
};

/**
 * `value` by operator: eq/neq one value of the field (a number for numbers); in/notIn a non-empty
 * list of values; gte/gt/lte/lt a number; between [min, max]; atLeast/atMost one ordinal value;
 * contains a string; containsAny a non-empty list of strings; isTrue/isFalse/present/absent none.
 */
export type Condition = { field: FactField; operator: RuleOperator; value?: unknown };

/** A rule only for some media types (e.g. circulation for print) is not applicable to the others. */
export type EligibilityRule = Condition & { id: string; label?: LocalizedText; appliesTo?: MediaType[] };

export type ScoringCriterion = {
  id: string;
  label: LocalizedText;
  condition: Condition;
  /** Awarded when the condition holds; may be negative (a penalty). */
  points: number;
  appliesTo?: MediaType[];
};

/** Ordered best first: the first tier whose conditions all hold and whose minScore is reached wins. */
export type TierDefinition = { code: string; label: LocalizedText; conditions: Condition[]; minScore?: number };

export type EligibilityRuleSet = {
  rules: EligibilityRule[];
  scoring: ScoringCriterion[];
  tiers: TierDefinition[];
  /** Shorthand for a rule `company.outletCount lte N` (evaluated as one more rule line). */
  maxOutletsPerCompany?: number;
};

export type DocumentRequirement = {
  documentType: DossierDocumentType;
  mediaTypes: MediaType[] | 'all';
  level: 'company' | 'outlet';
  required: boolean;
  mustBeUnexpired: boolean;
  label?: LocalizedText;
};

/** The yearly calendar as month-day strings ("01-07"), in this order within one year. */
export const SCHEDULE_STEPS = ['registrationOpens', 'registrationCloses', 'announcement', 'objectionOpens', 'objectionCloses', 'final'] as const;
export type ScheduleStep = (typeof SCHEDULE_STEPS)[number];
export type SchedulePattern = Record<ScheduleStep, string>;

/** What a tenant configures per fiscal year and what a configuration pack carries. */
export type RulesContent = { requirements: DocumentRequirement[]; eligibility: EligibilityRuleSet; schedule: SchedulePattern };

export const STARTING_CONFIGURATION_KEYS = ['strict', 'local-presence', 'permissive'] as const;
export type StartingConfigurationKey = (typeof STARTING_CONFIGURATION_KEYS)[number];

/** A preset a new tenant can start from, with the regulation it is modelled on. */
export type StartingConfiguration = {
  key: StartingConfigurationKey;
  label: LocalizedText;
  description: LocalizedText;
  /** An example legal basis, e.g. "Pergub Kalimantan Timur Nomor 49 Tahun 2024". */
  legalBasis: string;
  content: RulesContent;
};

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

export type RuleOutcome = 'passed' | 'failed' | 'not-applicable';

export type RuleLine = {
  ruleId: string;
  field: FactField;
  outcome: RuleOutcome;
  /** The fact's value (null when not recorded). */
  actual: unknown;
  expected: { operator: RuleOperator; value?: unknown };
  message: LocalizedText;
};

/** `points` is what the criterion awarded (0 when it failed or did not apply). */
export type ScoreLine = RuleLine & { points: number };

export type EligibilityResult = {
  eligible: boolean;
  lines: RuleLine[];
  score: number;
  scoreLines: ScoreLine[];
  tier: string | null;
  tierExplanation: LocalizedText;
};

export type RequirementOutcome = 'present' | 'missing' | 'expired' | 'optional-missing';

export type RequirementLine = {
  documentType: DossierDocumentType;
  level: 'company' | 'outlet';
  outcome: RequirementOutcome;
  message: LocalizedText;
};

/** A dossier document as the requirements check sees it; `expiresOn` is an ISO date (YYYY-MM-DD). */
export type DossierDocumentFact = { documentType: DossierDocumentType; level: 'company' | 'outlet'; expiresOn: string | null };

export const DOSSIER_DOCUMENT_LABELS: Readonly<Record<DossierDocumentType, LocalizedText>> = {
  'akta-pendirian': { id: 'Akta pendirian dan perubahan terakhir', en: 'Deed of establishment and latest amendment' },
  'sk-kemenkumham': { id: 'SK Kemenkumham', en: 'Ministry of Law approval (SK Kemenkumham)' },
  nib: { id: 'NIB', en: 'Business identification number (NIB)' },
  npwp: { id: 'NPWP perusahaan', en: 'Company tax number (NPWP)' },
  'pkp-certificate': { id: 'Surat pengukuhan PKP', en: 'VAT registration certificate (PKP)' },
  spt: { id: 'SPT tahunan terakhir', en: 'Latest annual tax return (SPT)' },
  'domicile-letter': { id: 'Surat keterangan domisili', en: 'Domicile letter' },
  'bank-account': { id: 'Rekening bank perusahaan', en: 'Company bank account' },
  'company-profile': { id: 'Profil perusahaan', en: 'Company profile' },
  'ktp-penanggung-jawab': { id: 'KTP penanggung jawab', en: 'ID card (KTP) of the person in charge' },
  'dewan-pers-certificate': { id: 'Sertifikat verifikasi Dewan Pers', en: 'Dewan Pers verification certificate' },
  'ukw-certificate': { id: 'Sertifikat UKW pemimpin redaksi', en: "Editor-in-chief's UKW certificate" },
  'broadcast-licence': { id: 'Izin penyelenggaraan penyiaran (IPP)', en: 'Broadcasting licence (IPP)' },
  'circulation-statement': { id: 'Surat pernyataan oplah', en: 'Circulation statement' },
  'traffic-statistics': { id: 'Statistik kunjungan', en: 'Traffic statistics' },
  masthead: { id: 'Boks redaksi', en: 'Masthead (boks redaksi)' },
  'constituent-membership': { id: 'Bukti keanggotaan konstituen Dewan Pers', en: 'Proof of Dewan Pers constituent membership' },
  'e-katalog-registration': { id: 'Bukti terdaftar di e-Katalog', en: 'e-Katalog registration' },
  other: { id: 'Dokumen lain', en: 'Other document' },
};

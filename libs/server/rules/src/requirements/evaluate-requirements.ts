import {
  DOSSIER_DOCUMENT_LABELS,
  DocumentRequirement,
  DossierDocumentFact,
  LocalizedText,
  MediaType,
  RequirementLine,
} from '@sinergi/contracts';

const LEVEL: Readonly<Record<'company' | 'outlet', LocalizedText>> = {
  company: { id: 'perusahaan', en: 'company' },
  outlet: { id: 'media', en: 'outlet' },
};

/** A requirement for this media type? ('all' or a list that names it.) */
export function requirementApplies(requirement: DocumentRequirement, mediaType: MediaType): boolean {
  return requirement.mediaTypes === 'all' || requirement.mediaTypes.includes(mediaType);
}

// Dates compare as ISO strings; a document is valid through its expiry date.
function isExpired(document: DossierDocumentFact, onDate: string): boolean {
  return document.expiresOn !== null && document.expiresOn.slice(0, 10) < onDate.slice(0, 10);
}

function latestExpiry(documents: readonly DossierDocumentFact[]): string {
  return documents
    .map((d) => (d.expiresOn ?? '').slice(0, 10))
    .sort()
    .at(-1)!;
}

function requirementLine(
  requirement: DocumentRequirement,
  documents: readonly DossierDocumentFact[],
  onDate: string,
): RequirementLine {
  const base = requirement.label ?? DOSSIER_DOCUMENT_LABELS[requirement.documentType] ?? { id: requirement.documentType, en: requirement.documentType };
  const level = LEVEL[requirement.level];
  const name = { id: `${base.id} (${level.id})`, en: `${base.en} (${level.en})` };
  const line = (outcome: RequirementLine['outcome'], message: LocalizedText): RequirementLine => ({
    documentType: requirement.documentType,
    level: requirement.level,
    outcome,
    message,
  });
  const matching = documents.filter((d) => d.documentType === requirement.documentType && d.level === requirement.level);
  if (matching.length === 0) {
    return requirement.required
      ? line('missing', { id: `${name.id} wajib: belum ada di dossier.`, en: `${name.en} is required: not in the dossier.` })
      : line('optional-missing', { id: `${name.id} (opsional): belum ada di dossier.`, en: `${name.en} (optional): not in the dossier.` });
  }
  const valid = matching.find((d) => !requirement.mustBeUnexpired || !isExpired(d, onDate));
  if (!valid) {
    const expiredOn = latestExpiry(matching);
    if (!requirement.required) {
      return line('optional-missing', {
        id: `${name.id} (opsional): kedaluwarsa sejak ${expiredOn}.`,
        en: `${name.en} (optional): expired on ${expiredOn}.`,
      });
    }
    return line('expired', {
      id: `${name.id} wajib masih berlaku: kedaluwarsa sejak ${expiredOn}; unggah versi yang berlaku.`,
      en: `${name.en} must be valid: it expired on ${expiredOn}; upload a current one.`,
    });
  }
  const until = valid.expiresOn
    ? { id: `, berlaku sampai ${valid.expiresOn.slice(0, 10)}`, en: `, valid until ${valid.expiresOn.slice(0, 10)}` }
    : { id: '', en: '' };
  return line('present', { id: `${name.id}: tersedia${until.id}.`, en: `${name.en}: provided${until.en}.` });
}

/**
 * The tenant's document requirements for one outlet of a media type, checked against the dossier
 * on a date: company-level requirements are met by company documents, outlet-level ones by the
 * outlet's own. An optional document that is missing or expired never counts against the outlet.
 */
export function evaluateRequirements(
  requirements: readonly DocumentRequirement[],
  mediaType: MediaType,
  documents: readonly DossierDocumentFact[],
  onDate: string,
): RequirementLine[] {
  return requirements.filter((r) => requirementApplies(r, mediaType)).map((r) => requirementLine(r, documents, onDate));
}

/** The counts that feed the `documents.missingRequired` and `documents.expiredRequired` facts. */
export function summarizeRequirements(lines: readonly RequirementLine[]): { missingRequired: number; expiredRequired: number } {
  let missingRequired = 0;
  let expiredRequired = 0;
  for (const line of lines) {
    if (line.outcome === 'missing') missingRequired++;
    else if (line.outcome === 'expired') expiredRequired++;
  }
  return { missingRequired, expiredRequired };
}

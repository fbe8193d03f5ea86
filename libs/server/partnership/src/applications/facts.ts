import type { DossierDocumentFact, EligibilityFacts, MediaOutlet, RequirementLine, RulesContent } from '@sinergi/contracts';
import { eligibilityVerdict, evaluateEligibility, evaluateRequirements, summarizeRequirements } from '@sinergi/server/rules';
import type { DossierSnapshot } from '@sinergi/server/media';

/** A region code lies inside a tenant's region: the same code, or a kabupaten/kota of a province tenant. */
export function insideRegion(code: string | null | undefined, tenantRegion: string): boolean {
  return !!code && (code === tenantRegion || code.startsWith(`${tenantRegion}.`));
}

function monthsSince(date: string | null, today: string): number | null {
  if (!date) return null;
  const [y1, m1, d1] = date.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number];
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

/** The dossier documents that count for one outlet: the company's and that outlet's own. */
export function documentFacts(snapshot: DossierSnapshot, outletId: string): DossierDocumentFact[] {
  return snapshot.documents
    .filter((document) => document.outletId === null || document.outletId === outletId)
    .map((document) => ({ documentType: document.documentType, level: document.outletId ? 'outlet' : 'company', expiresOn: document.current.expiresOn }));
}

/** What the tenant's rules see of one outlet of a dossier, today, in the tenant's region. */
export function buildFacts(snapshot: DossierSnapshot, outlet: MediaOutlet, tenantRegion: string, requirements: RequirementLine[], today: string): EligibilityFacts {
  const { company, people } = snapshot;
  const pemred = people.find((person) => person.position === 'pemimpin-redaksi') ?? null;
  const { missingRequired, expiredRequired } = summarizeRequirements(requirements);
  return {
    'company.legalForm': company.legalForm,
    'company.dewanPersStatus': company.dewanPersStatus,
    'company.pkp': company.pkp,
    'company.hasNpwp': !!company.npwp,
    'company.kbli': company.kbli,
    'company.ageMonths': monthsSince(company.establishedOn, today),
    'company.hasOfficeInRegion': [company.regionCode, ...company.officeRegionCodes].some((code) => insideRegion(code, tenantRegion)),
    'company.hasLocalBureauChief': people.some((person) => person.position === 'bureau-chief' && insideRegion(person.ktpRegionCode, tenantRegion)),
    'company.constituentMember': !!company.constituentOrganisation,
    'company.outletCount': snapshot.outlets.filter((o) => o.active).length,
    'pemred.ukwLevel': pemred?.ukwLevel ?? null,
    'pemred.hasLocalKtp': insideRegion(pemred?.ktpRegionCode, tenantRegion),
    'outlet.mediaType': outlet.mediaType,
    'outlet.activeMonths': monthsSince(outlet.launchedOn, today),
    'outlet.monthlyVisitors': outlet.monthlyVisitors,
    'outlet.circulation': outlet.circulation,
    'outlet.hasBroadcastLicence': !!outlet.broadcastLicenceNumber,
    'outlet.publishesMasthead': outlet.publishesMasthead,
    'documents.missingRequired': missingRequired,
    'documents.expiredRequired': expiredRequired,
  } as EligibilityFacts;
}

/** The whole evaluation of one outlet against a configuration: documents first, then the rules. */
export function evaluateOutlet(content: RulesContent, snapshot: DossierSnapshot, outlet: MediaOutlet, tenantRegion: string, today: string) {
  const requirements = evaluateRequirements(content.requirements, outlet.mediaType, documentFacts(snapshot, outlet.id), today);
  const facts = buildFacts(snapshot, outlet, tenantRegion, requirements, today);
  return { requirements, facts, evaluation: evaluateEligibility(content.eligibility, facts) };
}

/** Only the verdict (eligible, score, tier) of one outlet: the eligibility list of many outlets. */
export function outletVerdict(content: RulesContent, snapshot: DossierSnapshot, outlet: MediaOutlet, tenantRegion: string, today: string) {
  const requirements = evaluateRequirements(content.requirements, outlet.mediaType, documentFacts(snapshot, outlet.id), today);
  return eligibilityVerdict(content.eligibility, buildFacts(snapshot, outlet, tenantRegion, requirements, today));
}

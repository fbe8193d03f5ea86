import { EligibilityFacts } from '@sinergi/contracts';

/**
 * Realistic media profiles for the specs and the benchmark. A Samarinda online daily run by a PT
 * that Dewan Pers verified factually, with an editor-in-chief of UKW Utama; every requirement met.
 */
export function samarindaOnlinePt(overrides: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return {
    'company.legalForm': 'PT',
    'company.dewanPersStatus': 'factual',
    'company.pkp': true,
    'company.hasNpwp': true,
    'company.kbli': ['63122', '73100'],
    'company.ageMonths': 84,
    'company.hasOfficeInRegion': true,
    'company.hasLocalBureauChief': true,
    'company.constituentMember': true,
    'company.outletCount': 2,
    'pemred.ukwLevel': 'utama',
    'pemred.hasLocalKtp': true,
    'outlet.mediaType': 'online',
    'outlet.activeMonths': 60,
    'outlet.monthlyVisitors': 250_000,
    'outlet.circulation': null,
    'outlet.hasBroadcastLicence': false,
    'outlet.publishesMasthead': true,
    'documents.missingRequired': 0,
    'documents.expiredRequired': 0,
    ...overrides,
  };
}

/** A Kotabumi (Lampung Utara) online outlet: a small yayasan, local bureau chief, not yet verified. */
export function lampungUtaraLocalOutlet(overrides: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return {
    'company.legalForm': 'yayasan',
    'company.dewanPersStatus': 'none',
    'company.pkp': false,
    'company.hasNpwp': true,
    'company.kbli': ['63122'],
    'company.ageMonths': 30,
    'company.hasOfficeInRegion': true,
    'company.hasLocalBureauChief': true,
    'company.constituentMember': false,
    'company.outletCount': 1,
    'pemred.ukwLevel': 'madya',
    'pemred.hasLocalKtp': true,
    'outlet.mediaType': 'online',
    'outlet.activeMonths': 26,
    'outlet.monthlyVisitors': 18_000,
    'outlet.circulation': null,
    'outlet.hasBroadcastLicence': false,
    'outlet.publishesMasthead': true,
    'documents.missingRequired': 0,
    'documents.expiredRequired': 0,
    ...overrides,
  };
}

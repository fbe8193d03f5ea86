import { DossierDocumentFact, EligibilityFacts, StartingConfigurationKey } from '@sinergi/contracts';
import { evaluateEligibility } from '../eligibility/evaluate-eligibility';
import { evaluateRequirements, summarizeRequirements } from '../requirements/evaluate-requirements';
import { lampungUtaraLocalOutlet, samarindaOnlinePt } from '../testing/fact-profiles';
import { validateRulesContent } from '../validation/validate-rules-content';
import { STARTING_CONFIGURATIONS, startingConfiguration } from './starting-configurations';

const rules = (key: StartingConfigurationKey) => startingConfiguration(key)!.content.eligibility;

const samarindaTv = (overrides: Partial<EligibilityFacts> = {}) =>
  samarindaOnlinePt({
    'company.kbli': ['60202'],
    'outlet.mediaType': 'tv',
    'outlet.hasBroadcastLicence': true,
    'outlet.publishesMasthead': false,
    'outlet.monthlyVisitors': null,
    ...overrides,
  });

describe('the starting configurations', () => {
  it.each(STARTING_CONFIGURATIONS.map((c) => [c.key, c] as const))('%s passes validation', (_key, configuration) => {
    expect(validateRulesContent(configuration.content)).toEqual([]);
  });

  it('are the three documented presets, each with labels, a description and a legal basis', () => {
    expect(STARTING_CONFIGURATIONS.map((c) => c.key)).toEqual(['strict', 'local-presence', 'permissive']);
    for (const c of STARTING_CONFIGURATIONS) {
      expect(c.label.id && c.label.en && c.description.id && c.description.en && c.legalBasis).toBeTruthy();
    }
    expect(startingConfiguration('strict')!.legalBasis).toMatch(/Kalimantan Timur Nomor 49 Tahun 2024/);
    expect(startingConfiguration('local-presence')!.legalBasis).toMatch(/Lampung Utara Nomor 63 Tahun 2025/);
  });

  it.each(STARTING_CONFIGURATIONS.map((c) => c.key))('%s asks a broadcast licence of TV and radio, a circulation statement of print', (key) => {
    const documents = (mediaType: Parameters<typeof evaluateRequirements>[1]) =>
      evaluateRequirements(startingConfiguration(key)!.content.requirements, mediaType, [], '2026-01-08')
        .filter((l) => l.outcome === 'missing')
        .map((l) => l.documentType);
    expect(documents('tv')).toContain('broadcast-licence');
    expect(documents('radio')).toContain('broadcast-licence');
    expect(documents('print-weekly')).toContain('circulation-statement');
    expect(documents('online')).not.toContain('broadcast-licence');
    expect(documents('online')).not.toContain('circulation-statement');
  });

  it('hands out copies: editing one never changes the preset', () => {
    const copy = startingConfiguration('strict')!;
    copy.content.eligibility.rules.length = 0;
    expect(startingConfiguration('strict')!.content.eligibility.rules.length).toBeGreaterThan(10);
    expect(startingConfiguration('unknown')).toBeUndefined();
  });

  it('follows the Lampung Utara 2026 calendar in local-presence', () => {
    expect(startingConfiguration('local-presence')!.content.schedule).toEqual({
      registrationOpens: '01-07',
      registrationCloses: '01-11',
      announcement: '01-24',
      objectionOpens: '01-26',
      objectionCloses: '01-27',
      final: '01-28',
    });
  });
});

describe('strict (Pergub Kaltim 49/2024) against media profiles', () => {
  it.each([
    ['a Samarinda PT, factually verified, pemred UKW Utama', samarindaOnlinePt(), true, 'A'],
    ['the same PT administratively verified', samarindaOnlinePt({ 'company.dewanPersStatus': 'administrative' }), true, 'B'],
    ['the same PT still in verification', samarindaOnlinePt({ 'company.dewanPersStatus': 'none' }), true, 'C'],
    ['a Samarinda TV station with its licence', samarindaTv(), true, 'A'],
    ['a TV station without a permanent licence', samarindaTv({ 'outlet.hasBroadcastLicence': false }), false, null],
    ['a CV', samarindaOnlinePt({ 'company.legalForm': 'CV' }), false, null],
    ['a yayasan', samarindaOnlinePt({ 'company.legalForm': 'yayasan' }), false, null],
    ['a PT without PKP', samarindaOnlinePt({ 'company.pkp': false }), false, null],
    ['a PT with three outlets', samarindaOnlinePt({ 'company.outletCount': 3 }), false, null],
    ['an outlet active for 18 months', samarindaOnlinePt({ 'outlet.activeMonths': 18 }), false, null],
    ['an online outlet without KBLI 63122', samarindaOnlinePt({ 'company.kbli': ['58130'] }), false, null],
    ['an outlet with a missing required document', samarindaOnlinePt({ 'documents.missingRequired': 1 }), false, null],
  ])('%s → eligible %s, tier %s', (_name, facts, eligible, tier) => {
    const result = evaluateEligibility(rules('strict'), facts);
    expect(result.eligible).toBe(eligible);
    expect(result.tier).toBe(tier);
  });

  it('refuses a CV and says why in both languages', () => {
    const result = evaluateEligibility(rules('strict'), samarindaOnlinePt({ 'company.legalForm': 'CV' }));
    expect(result.lines.filter((l) => l.outcome === 'failed').map((l) => l.message)).toEqual([
      {
        id: 'Bentuk badan hukum perusahaan harus PT: dossier mencatat CV.',
        en: "The company's legal form must be PT (limited company): the dossier has CV (limited partnership).",
      },
    ]);
  });

  it('refuses an editor-in-chief with UKW Madya', () => {
    const result = evaluateEligibility(rules('strict'), samarindaOnlinePt({ 'pemred.ukwLevel': 'madya' }));
    expect(result.eligible).toBe(false);
    expect(result.lines.find((l) => l.ruleId === 'pemred-ukw')!.message).toEqual({
      id: 'Pemimpin redaksi harus memiliki UKW minimal Utama: dossier mencatat Madya.',
      en: 'Editor-in-chief must hold UKW at least Utama: the dossier has Madya.',
    });
  });
});

describe('local-presence (Perbup Lampung Utara 63/2025) against media profiles', () => {
  it.each([
    ['a Lampung Utara local outlet (yayasan, not yet verified)', lampungUtaraLocalOutlet(), true, 30, 'C'],
    [
      'an administratively verified local outlet',
      lampungUtaraLocalOutlet({ 'company.dewanPersStatus': 'administrative' }),
      true,
      60,
      'B',
    ],
    [
      'a factually verified local PT with pemred UKW Utama, constituent member',
      lampungUtaraLocalOutlet({
        'company.legalForm': 'PT',
        'company.dewanPersStatus': 'factual',
        'pemred.ukwLevel': 'utama',
        'company.constituentMember': true,
      }),
      true,
      100,
      'A',
    ],
    ['a koperasi', lampungUtaraLocalOutlet({ 'company.legalForm': 'koperasi' }), true, 30, 'C'],
    ['a CV', lampungUtaraLocalOutlet({ 'company.legalForm': 'CV' }), false, 30, null],
    ['a company with a second outlet', lampungUtaraLocalOutlet({ 'company.outletCount': 2 }), false, 30, null],
    ['an outlet without a local bureau chief', lampungUtaraLocalOutlet({ 'company.hasLocalBureauChief': false }), false, 30, null],
    ['a Samarinda PT with two outlets and no office in the region', samarindaOnlinePt({ 'company.hasOfficeInRegion': false }), false, 100, null],
  ])('%s → eligible %s, score %s, tier %s', (_name, facts, eligible, score, tier) => {
    const result = evaluateEligibility(rules('local-presence'), facts);
    expect(result).toMatchObject({ eligible, score, tier });
  });

  it('explains the one company, one outlet rule under its own label', () => {
    const result = evaluateEligibility(rules('local-presence'), lampungUtaraLocalOutlet({ 'company.outletCount': 2 }));
    expect(result.lines.find((l) => l.outcome === 'failed')!.message.id).toBe(
      'Satu perusahaan satu media — Jumlah media perusahaan harus paling banyak 1 media: dossier mencatat 2 media.',
    );
  });
});

describe('permissive (national default) against media profiles', () => {
  it.each([
    ['a koperasi not yet verified', lampungUtaraLocalOutlet({ 'company.legalForm': 'koperasi', 'company.hasOfficeInRegion': false }), true, 'C'],
    ['an administratively verified yayasan', lampungUtaraLocalOutlet({ 'company.dewanPersStatus': 'administrative' }), true, 'B'],
    ['a factually verified PT from another province', samarindaOnlinePt({ 'company.hasOfficeInRegion': false }), true, 'A'],
    ['a CV', samarindaOnlinePt({ 'company.legalForm': 'CV' }), false, null],
    ['a company without NPWP', samarindaOnlinePt({ 'company.hasNpwp': false }), false, null],
  ])('%s → eligible %s, tier %s', (_name, facts, eligible, tier) => {
    const result = evaluateEligibility(rules('permissive'), facts);
    expect(result.eligible).toBe(eligible);
    expect(result.tier).toBe(tier);
  });
});

describe('from the dossier to the tier', () => {
  const company = (documentType: DossierDocumentFact['documentType'], expiresOn: string | null = null): DossierDocumentFact => ({
    documentType,
    level: 'company',
    expiresOn,
  });
  const fullDossier: DossierDocumentFact[] = [
    ...(['akta-pendirian', 'sk-kemenkumham', 'nib', 'npwp', 'bank-account', 'ktp-penanggung-jawab'] as const).map((t) => company(t)),
    company('spt', '2026-04-30'),
    company('domicile-letter', '2026-12-31'),
    company('e-katalog-registration'),
  ];

  it('feeds the requirement counts into the documents.* facts', () => {
    const configuration = startingConfiguration('local-presence')!;
    const evaluate = (documents: DossierDocumentFact[]) => {
      const lines = evaluateRequirements(configuration.content.requirements, 'online', documents, '2026-01-08');
      const counts = summarizeRequirements(lines);
      return evaluateEligibility(
        configuration.content.eligibility,
        lampungUtaraLocalOutlet({ 'documents.missingRequired': counts.missingRequired, 'documents.expiredRequired': counts.expiredRequired }),
      );
    };
    expect(evaluate(fullDossier)).toMatchObject({ eligible: true, tier: 'C' });
    const expiredSpt = evaluate([...fullDossier.filter((d) => d.documentType !== 'spt'), company('spt', '2025-04-30')]);
    expect(expiredSpt.eligible).toBe(false);
    expect(expiredSpt.lines.find((l) => l.ruleId === 'documents-valid')!.message.en).toBe(
      'The number of expired required documents must be zero: the dossier has 1 document.',
    );
    const noEkatalog = evaluate(fullDossier.filter((d) => d.documentType !== 'e-katalog-registration'));
    expect(noEkatalog.lines.find((l) => l.ruleId === 'documents-complete')!.outcome).toBe('failed');
  });
});

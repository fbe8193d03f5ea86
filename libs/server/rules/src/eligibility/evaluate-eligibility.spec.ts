import { EligibilityRuleSet, TierDefinition } from '@sinergi/contracts';
import { samarindaOnlinePt } from '../testing/fact-profiles';
import { evaluateEligibility, MAX_OUTLETS_RULE_ID } from './evaluate-eligibility';

const ruleSet = (overrides: Partial<EligibilityRuleSet>): EligibilityRuleSet => ({ rules: [], scoring: [], tiers: [], ...overrides });

describe('eligibility rules, explained line by line', () => {
  it.each([
    [
      'an ordinal below the minimum',
      ruleSet({ rules: [{ id: 'ukw', field: 'pemred.ukwLevel', operator: 'atLeast', value: 'utama' }] }),
      samarindaOnlinePt({ 'pemred.ukwLevel': 'madya' }),
      'Pemimpin redaksi harus memiliki UKW minimal Utama: dossier mencatat Madya.',
      'Editor-in-chief must hold UKW at least Utama: the dossier has Madya.',
    ],
    [
      'a fact the dossier does not record',
      ruleSet({ rules: [{ id: 'ukw', field: 'pemred.ukwLevel', operator: 'atLeast', value: 'utama' }] }),
      samarindaOnlinePt({ 'pemred.ukwLevel': null }),
      'Pemimpin redaksi harus memiliki UKW minimal Utama: tidak tercatat dalam dossier.',
      'Editor-in-chief must hold UKW at least Utama: not recorded in the dossier.',
    ],
    [
      'a list of legal forms',
      ruleSet({ rules: [{ id: 'form', field: 'company.legalForm', operator: 'in', value: ['PT', 'yayasan', 'koperasi'] }] }),
      samarindaOnlinePt({ 'company.legalForm': 'CV' }),
      'Bentuk badan hukum perusahaan harus salah satu dari PT, yayasan atau koperasi: dossier mencatat CV.',
      "The company's legal form must be one of PT (limited company), yayasan (foundation) or koperasi (cooperative): the dossier has CV (limited partnership).",
    ],
    [
      'a number with its unit and thousands separators',
      ruleSet({ rules: [{ id: 'reach', field: 'outlet.monthlyVisitors', operator: 'gte', value: 50_000 }] }),
      samarindaOnlinePt({ 'outlet.monthlyVisitors': 12_500 }),
      'Jumlah pengunjung bulanan harus minimal 50.000 pengunjung: dossier mencatat 12.500 pengunjung.',
      'Monthly visitors must be at least 50,000 visitors: the dossier has 12,500 visitors.',
    ],
    [
      'a boolean',
      ruleSet({ rules: [{ id: 'pkp', field: 'company.pkp', operator: 'isTrue' }] }),
      samarindaOnlinePt({ 'company.pkp': false }),
      'Perusahaan harus berstatus PKP (pengusaha kena pajak): menurut dossier, perusahaan bukan PKP.',
      'The company must be VAT-registered (PKP): the dossier says the company is not VAT-registered.',
    ],
    [
      'a count that must be zero',
      ruleSet({ rules: [{ id: 'docs', field: 'documents.missingRequired', operator: 'eq', value: 0 }] }),
      samarindaOnlinePt({ 'documents.missingRequired': 1 }),
      'Jumlah dokumen wajib yang belum ada harus nol: dossier mencatat 1 dokumen.',
      'The number of missing required documents must be zero: the dossier has 1 document.',
    ],
    [
      'a range',
      ruleSet({ rules: [{ id: 'age', field: 'company.ageMonths', operator: 'between', value: [12, 36] }] }),
      samarindaOnlinePt({ 'company.ageMonths': 84 }),
      'Usia perusahaan harus antara 12 dan 36 bulan: dossier mencatat 84 bulan.',
      "The company's age must be between 12 and 36 months: the dossier has 84 months.",
    ],
    [
      'a KBLI code',
      ruleSet({ rules: [{ id: 'kbli', field: 'company.kbli', operator: 'contains', value: '58130' }] }),
      samarindaOnlinePt({ 'company.kbli': [] }),
      'KBLI perusahaan harus mencakup 58130: dossier mencatat tidak ada.',
      "The company's KBLI codes must include 58130: the dossier has none.",
    ],
  ] as const)('explains %s in both languages', (_name, rules, facts, id, en) => {
    const result = evaluateEligibility(rules, facts);
    expect(result.eligible).toBe(false);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]!.outcome).toBe('failed');
    expect(result.lines[0]!.message).toEqual({ id, en });
  });

  it('records the actual and expected values on each line', () => {
    const rules = ruleSet({ rules: [{ id: 'active', field: 'outlet.activeMonths', operator: 'gte', value: 24 }] });
    const [line] = evaluateEligibility(rules, samarindaOnlinePt({ 'outlet.activeMonths': 30 })).lines;
    expect(line).toEqual({
      ruleId: 'active',
      field: 'outlet.activeMonths',
      outcome: 'passed',
      actual: 30,
      expected: { operator: 'gte', value: 24 },
      message: {
        id: 'Media harus aktif minimal 24 bulan: dossier mencatat 30 bulan.',
        en: 'The outlet must have been active for at least 24 months: the dossier has 30 months.',
      },
    });
  });

  it("leads the message with the rule's own label", () => {
    const rules = ruleSet({
      rules: [
        {
          id: 'one-outlet',
          label: { id: 'Satu perusahaan satu media', en: 'One company, one outlet' },
          field: 'company.outletCount',
          operator: 'lte',
          value: 1,
        },
      ],
    });
    expect(evaluateEligibility(rules, samarindaOnlinePt({ 'company.outletCount': 3 })).lines[0]!.message).toEqual({
      id: 'Satu perusahaan satu media — Jumlah media perusahaan harus paling banyak 1 media: dossier mencatat 3 media.',
      en: "One company, one outlet — The company's number of outlets must be at most 1 outlet: the dossier has 3 outlets.",
    });
  });

  it('passes a rule for other media types as not applicable, and says why', () => {
    const rules = ruleSet({
      rules: [
        { id: 'circulation', field: 'outlet.circulation', operator: 'gte', value: 3000, appliesTo: ['print-daily', 'print-weekly'] },
        { id: 'licence', field: 'outlet.hasBroadcastLicence', operator: 'isTrue', appliesTo: ['tv', 'radio'] },
      ],
    });
    const online = evaluateEligibility(rules, samarindaOnlinePt());
    expect(online.eligible).toBe(true);
    expect(online.lines.map((l) => l.outcome)).toEqual(['not-applicable', 'not-applicable']);
    expect(online.lines[0]!.message).toEqual({
      id: 'Oplah harus minimal 3.000 eksemplar: tidak berlaku untuk media daring.',
      en: 'Circulation must be at least 3,000 copies: does not apply to online media.',
    });
    const tv = evaluateEligibility(rules, samarindaOnlinePt({ 'outlet.mediaType': 'tv', 'outlet.hasBroadcastLicence': false }));
    expect(tv.lines.map((l) => l.outcome)).toEqual(['not-applicable', 'failed']);
    expect(tv.eligible).toBe(false);
  });

  it('is eligible only when no rule fails', () => {
    const rules = ruleSet({
      rules: [
        { id: 'form', field: 'company.legalForm', operator: 'eq', value: 'PT' },
        { id: 'npwp', field: 'company.hasNpwp', operator: 'isTrue' },
      ],
    });
    expect(evaluateEligibility(rules, samarindaOnlinePt()).eligible).toBe(true);
    expect(evaluateEligibility(rules, samarindaOnlinePt({ 'company.hasNpwp': false })).eligible).toBe(false);
  });

  it('reads maxOutletsPerCompany as one more rule on company.outletCount', () => {
    const rules = ruleSet({ maxOutletsPerCompany: 2 });
    const result = evaluateEligibility(rules, samarindaOnlinePt({ 'company.outletCount': 3 }));
    expect(result.eligible).toBe(false);
    expect(result.lines).toEqual([expect.objectContaining({ ruleId: MAX_OUTLETS_RULE_ID, field: 'company.outletCount', outcome: 'failed' })]);
  });
});

describe('scoring', () => {
  const scoring = ruleSet({
    scoring: [
      {
        id: 'verified',
        label: { id: 'Terverifikasi Dewan Pers', en: 'Verified by Dewan Pers' },
        condition: { field: 'company.dewanPersStatus', operator: 'atLeast', value: 'administrative' },
        points: 30,
      },
      {
        id: 'utama',
        label: { id: 'Pemimpin redaksi UKW Utama', en: 'Editor-in-chief UKW Utama' },
        condition: { field: 'pemred.ukwLevel', operator: 'eq', value: 'utama' },
        points: 10,
      },
      {
        id: 'print',
        label: { id: 'Oplah cetak', en: 'Print circulation' },
        condition: { field: 'outlet.circulation', operator: 'gte', value: 3000 },
        points: 15,
        appliesTo: ['print-daily'],
      },
      {
        id: 'late-proofs',
        label: { id: 'Dokumen kedaluwarsa', en: 'Expired documents' },
        condition: { field: 'documents.expiredRequired', operator: 'gt', value: 0 },
        points: -5,
      },
    ],
  });

  it('adds the points of the criteria that hold, and explains each', () => {
    const result = evaluateEligibility(scoring, samarindaOnlinePt({ 'pemred.ukwLevel': 'madya' }));
    expect(result.score).toBe(30);
    expect(result.scoreLines.map((l) => [l.ruleId, l.outcome, l.points])).toEqual([
      ['verified', 'passed', 30],
      ['utama', 'failed', 0],
      ['print', 'not-applicable', 0],
      ['late-proofs', 'failed', 0],
    ]);
    expect(result.scoreLines[0]!.message).toEqual({
      id: 'Terverifikasi Dewan Pers: +30 poin — Status Dewan Pers perusahaan harus minimal terverifikasi administratif: dossier mencatat terverifikasi faktual.',
      en: "Verified by Dewan Pers: +30 points — The company's Dewan Pers status must be at least administratively verified: the dossier has factually verified.",
    });
    expect(result.scoreLines[1]!.message).toEqual({
      id: 'Pemimpin redaksi UKW Utama: 0 dari 10 poin — Pemimpin redaksi harus memiliki UKW Utama: dossier mencatat Madya.',
      en: 'Editor-in-chief UKW Utama: 0 of 10 points — Editor-in-chief must hold UKW Utama: the dossier has Madya.',
    });
  });

  it('subtracts a penalty when its condition holds', () => {
    const result = evaluateEligibility(scoring, samarindaOnlinePt({ 'documents.expiredRequired': 2 }));
    expect(result.score).toBe(30 + 10 - 5);
    expect(result.scoreLines[3]!.message.en).toMatch(/^Expired documents: -5 points — /);
  });

  it('scores an ineligible outlet too, but gives it no tier', () => {
    const rules: EligibilityRuleSet = {
      ...scoring,
      rules: [{ id: 'form', field: 'company.legalForm', operator: 'eq', value: 'PT' }],
      tiers: [{ code: 'C', label: { id: 'Lainnya', en: 'Other' }, conditions: [] }],
    };
    const result = evaluateEligibility(rules, samarindaOnlinePt({ 'company.legalForm': 'CV' }));
    expect(result).toMatchObject({ eligible: false, score: 40, tier: null });
    expect(result.tierExplanation).toEqual({
      id: 'Tidak mendapat kelas: media tidak memenuhi syarat.',
      en: 'No tier: the outlet does not meet the eligibility rules.',
    });
  });
});

describe('tier selection', () => {
  const verified = (status: 'factual' | 'administrative') => ({ field: 'company.dewanPersStatus' as const, operator: 'eq' as const, value: status });
  const TIERS: TierDefinition[] = [
    { code: 'A', label: { id: 'Faktual', en: 'Factual' }, conditions: [verified('factual')], minScore: 50 },
    { code: 'B', label: { id: 'Administratif', en: 'Administrative' }, conditions: [verified('administrative')] },
    { code: 'C', label: { id: 'Skor cukup', en: 'Enough points' }, conditions: [], minScore: 20 },
  ];
  const rules = (tiers: TierDefinition[]): EligibilityRuleSet =>
    ruleSet({
      tiers,
      scoring: [
        {
          id: 'reach',
          label: { id: 'Jangkauan', en: 'Reach' },
          condition: { field: 'outlet.monthlyVisitors', operator: 'gte', value: 100_000 },
          points: 60,
        },
        { id: 'age', label: { id: 'Usia', en: 'Age' }, condition: { field: 'company.ageMonths', operator: 'gte', value: 24 }, points: 20 },
      ],
    });

  it.each([
    ['factual with a score of 80 → A', samarindaOnlinePt(), 'A'],
    ['factual but a score of 20 → not A, and not B either → C', samarindaOnlinePt({ 'outlet.monthlyVisitors': 5_000 }), 'C'],
    ['administrative → B, the first tier that matches', samarindaOnlinePt({ 'company.dewanPersStatus': 'administrative' }), 'B'],
    ['not verified with 20 points → C', samarindaOnlinePt({ 'company.dewanPersStatus': 'none', 'outlet.monthlyVisitors': 0 }), 'C'],
    [
      'not verified with no points → no tier',
      samarindaOnlinePt({ 'company.dewanPersStatus': 'none', 'outlet.monthlyVisitors': 0, 'company.ageMonths': 6 }),
      null,
    ],
  ])('%s', (_name, facts, tier) => {
    expect(evaluateEligibility(rules(TIERS), facts).tier).toBe(tier);
  });

  it('explains the tier reached and why the better ones were not', () => {
    const result = evaluateEligibility(rules(TIERS), samarindaOnlinePt({ 'company.dewanPersStatus': 'administrative' }));
    expect(result.tierExplanation).toEqual({
      id:
        'Kelas B (Administratif): semua syarat kelas terpenuhi. ' +
        'Kelas A tidak tercapai: status Dewan Pers perusahaan harus terverifikasi faktual (dossier mencatat terverifikasi administratif).',
      en:
        'Tier B (Administrative): all its conditions hold. ' +
        "Tier A not reached: the company's Dewan Pers status must be factually verified (the dossier has administratively verified).",
    });
  });

  it('explains a missed minimum score', () => {
    const result = evaluateEligibility(rules(TIERS), samarindaOnlinePt({ 'outlet.monthlyVisitors': 5_000 }));
    expect(result.tierExplanation.en).toBe(
      'Tier C (Enough points): the score 20 reaches the minimum 20. ' +
        'Tier A not reached: the score 20 is below the minimum 50. ' +
        "Tier B not reached: the company's Dewan Pers status must be administratively verified (the dossier has factually verified).",
    );
  });

  it('says so when an eligible outlet matches no tier', () => {
    const result = evaluateEligibility(
      rules(TIERS),
      samarindaOnlinePt({ 'company.dewanPersStatus': 'none', 'outlet.monthlyVisitors': 0, 'company.ageMonths': 6 }),
    );
    expect(result.eligible).toBe(true);
    expect(result.tierExplanation.id).toMatch(/^Memenuhi syarat, tetapi tidak ada kelas yang cocok\. Kelas A tidak tercapai: /);
    expect(result.tierExplanation.en).toContain('Tier C not reached: the score 0 is below the minimum 20.');
  });

  it('gives no tier when the configuration defines none', () => {
    const result = evaluateEligibility(rules([]), samarindaOnlinePt());
    expect(result.tier).toBeNull();
    expect(result.tierExplanation.en).toBe('No tier: the configuration defines no tiers.');
  });
});

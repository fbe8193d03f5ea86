/**
 * npm run bench:rules — what the rule engine costs. Section 1: one application evaluated against a
 * 40-condition configuration (rules + scoring + tiers), over 100,000 generated fact sets (target
 * under 1 ms p99). Each section is a function that returns its verdicts; add further sections
 * (e.g. an eligibility list of 1,000 outlets via the API) the same way.
 */
import {
  Condition,
  DEWAN_PERS_STATUSES,
  EligibilityFacts,
  EligibilityRuleSet,
  MEDIA_LEGAL_FORMS,
  MEDIA_TYPES,
  RulesContent,
  UKW_LEVELS,
} from '@sinergi/contracts';
import { evaluateEligibility, STARTING_CONFIGURATIONS, validateRulesContent } from '@sinergi/server/rules';
import { percentile, printVerdicts, Verdict } from './stats';

const APPLICATIONS = 100_000;
const WARM_UP = 5_000;

/** mulberry32: a seeded generator, so every run evaluates the same fact sets. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function µs(valueMs: number): string {
  return `${(valueMs * 1000).toFixed(1)} µs`;
}

// ---------------------------------------------------------------------------------------------
// Section 1: one application against a 40-rule configuration
// ---------------------------------------------------------------------------------------------

/** The strict preset widened to 24 rules, 10 scoring criteria and 6 tier conditions: 40 conditions. */
function fortyRuleSet(): EligibilityRuleSet {
  const strict = STARTING_CONFIGURATIONS.find((c) => c.key === 'strict')!.content.eligibility;
  const extraRules: EligibilityRuleSet['rules'] = [
    { id: 'legal-entity', field: 'company.legalForm', operator: 'notIn', value: ['CV'] },
    { id: 'company-age', field: 'company.ageMonths', operator: 'between', value: [24, 1200] },
    { id: 'bureau-chief', field: 'company.hasLocalBureauChief', operator: 'isTrue', appliesTo: ['online', 'print-daily'] },
    { id: 'visitors-known', field: 'outlet.monthlyVisitors', operator: 'present', appliesTo: ['online'] },
    { id: 'circulation', field: 'outlet.circulation', operator: 'gt', value: 1000, appliesTo: ['print-daily', 'print-weekly', 'print-monthly'] },
    { id: 'not-social', field: 'outlet.mediaType', operator: 'neq', value: 'social-media' },
    { id: 'pemred-known', field: 'pemred.ukwLevel', operator: 'present' },
  ];
  const rules = [...strict.rules, ...extraRules];
  const criterion = (id: string, condition: Condition, points: number) => ({ id, label: { id, en: id }, condition, points });
  const scoring: EligibilityRuleSet['scoring'] = [
    ...strict.scoring,
    criterion('kbli-advertising', { field: 'company.kbli', operator: 'containsAny', value: ['73100', '73111'] }, 5),
    criterion('ukw-madya', { field: 'pemred.ukwLevel', operator: 'atLeast', value: 'madya' }, 5),
    criterion('active-long', { field: 'outlet.activeMonths', operator: 'gte', value: 120 }, 5),
    criterion('single-outlet', { field: 'company.outletCount', operator: 'eq', value: 1 }, 5),
    criterion('late-documents', { field: 'documents.expiredRequired', operator: 'gt', value: 0 }, -10),
  ];
  const tiers: EligibilityRuleSet['tiers'] = [
    {
      code: 'A',
      label: { id: 'A', en: 'A' },
      minScore: 50,
      conditions: [
        { field: 'company.dewanPersStatus', operator: 'eq', value: 'factual' },
        { field: 'pemred.ukwLevel', operator: 'eq', value: 'utama' },
        { field: 'outlet.activeMonths', operator: 'gte', value: 36 },
      ],
    },
    {
      code: 'B',
      label: { id: 'B', en: 'B' },
      conditions: [
        { field: 'company.dewanPersStatus', operator: 'atLeast', value: 'administrative' },
        { field: 'company.constituentMember', operator: 'isTrue' },
      ],
    },
    { code: 'C', label: { id: 'C', en: 'C' }, conditions: [{ field: 'company.hasOfficeInRegion', operator: 'isTrue' }] },
  ];
  return { rules, scoring, tiers };
}

function conditionCount(ruleSet: EligibilityRuleSet): number {
  return ruleSet.rules.length + ruleSet.scoring.length + ruleSet.tiers.reduce((sum, t) => sum + t.conditions.length, 0);
}

/** Varied fact sets: mostly plausible outlets, some missing facts, a few with everything in order. */
function generateFacts(count: number, seed: number): EligibilityFacts[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const chance = (p: number) => next() < p;
  const maybeNull = <T>(value: T, p = 0.05): T | null => (chance(p) ? null : value);
  const KBLI = ['63122', '58130', '60202', '60102', '73100'];
  const facts: EligibilityFacts[] = [];
  for (let i = 0; i < count; i++) {
    const mediaType = pick(MEDIA_TYPES);
    const good = chance(0.3);
    facts.push({
      'company.legalForm': good ? 'PT' : pick(MEDIA_LEGAL_FORMS),
      'company.dewanPersStatus': pick(DEWAN_PERS_STATUSES),
      'company.pkp': good || chance(0.6),
      'company.hasNpwp': good || chance(0.9),
      'company.kbli': KBLI.filter(() => chance(0.4)),
      'company.ageMonths': maybeNull(Math.floor(next() * 240)),
      'company.hasOfficeInRegion': good || chance(0.7),
      'company.hasLocalBureauChief': chance(0.6),
      'company.constituentMember': good || chance(0.5),
      'company.outletCount': 1 + Math.floor(next() * (good ? 2 : 4)),
      'pemred.ukwLevel': good ? 'utama' : maybeNull(pick(UKW_LEVELS), 0.15),
      'pemred.hasLocalKtp': good || chance(0.7),
      'outlet.mediaType': mediaType,
      'outlet.activeMonths': Math.floor(next() * 180),
      'outlet.monthlyVisitors': mediaType === 'online' ? maybeNull(Math.floor(next() * 500_000), 0.2) : null,
      'outlet.circulation': mediaType.startsWith('print') ? maybeNull(Math.floor(next() * 20_000), 0.2) : null,
      'outlet.hasBroadcastLicence': (mediaType === 'tv' || mediaType === 'radio') && (good || chance(0.7)),
      'outlet.publishesMasthead': good || chance(0.8),
      'documents.missingRequired': good ? 0 : Math.floor(next() * 3),
      'documents.expiredRequired': good ? 0 : Math.floor(next() * 2),
    });
  }
  return facts;
}

function sectionOneApplication(): Verdict[] {
  const ruleSet = fortyRuleSet();
  const content: RulesContent = { ...STARTING_CONFIGURATIONS[0]!.content, eligibility: ruleSet };
  const problems = validateRulesContent(content);
  if (problems.length > 0) throw new Error(`the bench configuration is invalid: ${JSON.stringify(problems)}`);
  const conditions = conditionCount(ruleSet);
  const factSets = generateFacts(APPLICATIONS, 4924);

  for (let i = 0; i < WARM_UP; i++) evaluateEligibility(ruleSet, factSets[i % factSets.length]!);
  const times = new Float64Array(factSets.length);
  const tiers = new Map<string, number>();
  let eligible = 0;
  const started = performance.now();
  for (let i = 0; i < factSets.length; i++) {
    const t0 = performance.now();
    const result = evaluateEligibility(ruleSet, factSets[i]!);
    times[i] = performance.now() - t0;
    if (result.eligible) eligible++;
    tiers.set(result.tier ?? 'none', (tiers.get(result.tier ?? 'none') ?? 0) + 1);
  }
  const wall = performance.now() - started;
  const sorted = Array.from(times).sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p99 = percentile(sorted, 99);
  const max = sorted[sorted.length - 1]!;
  const tierMix = [...tiers].sort(([a], [b]) => a.localeCompare(b)).map(([tier, n]) => `${tier} ${n}`).join(', ');
  console.log(
    `1. One application against a ${conditions}-condition configuration (${ruleSet.rules.length} rules, ` +
      `${ruleSet.scoring.length} scoring criteria, ${conditions - ruleSet.rules.length - ruleSet.scoring.length} tier conditions), ` +
      `${factSets.length.toLocaleString('en')} generated fact sets in ${(wall / 1000).toFixed(2)} s`,
  );
  console.log(`   per evaluation: p50 ${µs(p50)}, p99 ${µs(p99)}, max ${µs(max)}`);
  console.log(`   outcomes: ${eligible.toLocaleString('en')} eligible; tiers: ${tierMix}`);
  return [
    {
      name: `one application, ${conditions}-rule configuration (p99)`,
      figure: `p99 ${µs(p99)} (p50 ${µs(p50)})`,
      target: '< 1 ms p99',
      pass: conditions >= 40 && p99 < 1,
    },
  ];
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const verdicts: Verdict[] = [];
  verdicts.push(...sectionOneApplication());
  // Section 2 goes here (e.g. the eligibility list of 1,000 outlets via the API).
  printVerdicts('Targets', verdicts);
  process.exit(verdicts.every((v) => v.pass) ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});

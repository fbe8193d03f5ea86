import { DEWAN_PERS_STATUSES, EligibilityFacts, MEDIA_LEGAL_FORMS, MEDIA_TYPES, UKW_LEVELS } from '@sinergi/contracts';
import { STARTING_CONFIGURATIONS } from '../configurations/starting-configurations';
import { lampungUtaraLocalOutlet, samarindaOnlinePt } from '../testing/fact-profiles';
import { eligibilityVerdict, evaluateEligibility } from './evaluate-eligibility';

/** A small deterministic generator: the verdict must agree with the full evaluation everywhere. */
function* variedFacts(count: number): Generator<EligibilityFacts> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  for (let i = 0; i < count; i++) {
    const base = next() < 0.5 ? samarindaOnlinePt() : lampungUtaraLocalOutlet();
    yield {
      ...base,
      'company.legalForm': pick(MEDIA_LEGAL_FORMS),
      'company.dewanPersStatus': pick(DEWAN_PERS_STATUSES),
      'company.pkp': next() < 0.7,
      'company.hasOfficeInRegion': next() < 0.7,
      'company.outletCount': 1 + Math.floor(next() * 3),
      'pemred.ukwLevel': next() < 0.1 ? null : pick(UKW_LEVELS),
      'outlet.mediaType': pick(MEDIA_TYPES),
      'outlet.activeMonths': Math.floor(next() * 60),
      'documents.missingRequired': next() < 0.8 ? 0 : 1,
    };
  }
}

describe('eligibilityVerdict', () => {
  it.each(STARTING_CONFIGURATIONS.map((c) => [c.key, c] as const))('agrees with evaluateEligibility on 2,000 varied outlets (%s)', (_, configuration) => {
    for (const facts of variedFacts(2000)) {
      const full = evaluateEligibility(configuration.content.eligibility, facts);
      expect(eligibilityVerdict(configuration.content.eligibility, facts)).toEqual({ eligible: full.eligible, score: full.score, tier: full.tier });
    }
  });
});

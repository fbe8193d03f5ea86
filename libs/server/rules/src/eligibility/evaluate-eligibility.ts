import {
  Condition,
  EligibilityFacts,
  EligibilityResult,
  EligibilityRule,
  EligibilityRuleSet,
  LocalizedText,
  MediaType,
  RuleLine,
  RuleOutcome,
  ScoreLine,
  ScoringCriterion,
} from '@sinergi/contracts';
import { formatNumber } from '../text/localized-format';
import { conditionHolds } from './condition-holds';
import { describeActual, describeCondition, notApplicableClause } from './condition-text';
import { selectTier } from './select-tier';

/** The rule line id of the `maxOutletsPerCompany` shorthand. */
export const MAX_OUTLETS_RULE_ID = 'maxOutletsPerCompany';

type FactsRecord = Readonly<Record<string, unknown>>;

function applies(appliesTo: readonly MediaType[] | undefined, mediaType: MediaType | null): boolean {
  return !appliesTo || appliesTo.length === 0 || (mediaType !== null && appliesTo.includes(mediaType));
}

function lead(label: LocalizedText | undefined, text: LocalizedText): LocalizedText {
  return label ? { id: `${label.id} — ${text.id}`, en: `${label.en} — ${text.en}` } : text;
}

/** One condition checked against the facts, explained ("…: dossier mencatat Madya."). */
function conditionLine(ruleId: string, condition: Condition, facts: FactsRecord, applicable: boolean, mediaType: MediaType | null): RuleLine {
  const actual = facts[condition.field] ?? null;
  const outcome: RuleOutcome = !applicable ? 'not-applicable' : conditionHolds(condition, actual) ? 'passed' : 'failed';
  const asked = describeCondition(condition);
  const seen = outcome === 'not-applicable' ? notApplicableClause(mediaType) : describeActual(condition.field, actual);
  return {
    ruleId,
    field: condition.field,
    outcome,
    actual,
    expected: condition.value === undefined ? { operator: condition.operator } : { operator: condition.operator, value: condition.value },
    message: { id: `${asked.id}: ${seen.id}.`, en: `${asked.en}: ${seen.en}.` },
  };
}

function ruleLine(rule: EligibilityRule, facts: FactsRecord, mediaType: MediaType | null): RuleLine {
  const line = conditionLine(rule.id, rule, facts, applies(rule.appliesTo, mediaType), mediaType);
  line.message = lead(rule.label, line.message);
  return line;
}

function pointsText(points: number, awarded: boolean): LocalizedText {
  const noun = (n: number): LocalizedText => ({ id: 'poin', en: Math.abs(n) === 1 ? 'point' : 'points' });
  if (awarded) {
    const sign = points > 0 ? '+' : '';
    return { id: `${sign}${formatNumber(points, 'id')} ${noun(points).id}`, en: `${sign}${formatNumber(points, 'en')} ${noun(points).en}` };
  }
  if (points > 0) return { id: `0 dari ${formatNumber(points, 'id')} poin`, en: `0 of ${formatNumber(points, 'en')} ${noun(points).en}` };
  return { id: '0 poin', en: '0 points' };
}

function scoreLine(criterion: ScoringCriterion, facts: FactsRecord, mediaType: MediaType | null): ScoreLine {
  const line = conditionLine(criterion.id, criterion.condition, facts, applies(criterion.appliesTo, mediaType), mediaType);
  const awarded = line.outcome === 'passed';
  const points = awarded && Number.isFinite(criterion.points) ? criterion.points : 0;
  const text = pointsText(criterion.points, awarded);
  return {
    ...line,
    points,
    message: {
      id: `${criterion.label.id}: ${text.id} — ${line.message.id}`,
      en: `${criterion.label.en}: ${text.en} — ${line.message.en}`,
    },
  };
}

function effectiveRules(ruleSet: EligibilityRuleSet): EligibilityRule[] {
  const max = ruleSet.maxOutletsPerCompany;
  if (max === undefined || max === null) return ruleSet.rules ?? [];
  // Not a special case in evaluation: the shorthand is one more rule on company.outletCount.
  return [...(ruleSet.rules ?? []), { id: MAX_OUTLETS_RULE_ID, field: 'company.outletCount', operator: 'lte', value: max }];
}

/**
 * Evaluates one outlet's facts against a tenant's rule set: every rule explained line by line,
 * the score from the scoring criteria, and the first tier (best first) that the outlet reaches.
 * Pure and synchronous; never throws on a rule set that passed validateRulesContent.
 */
export function evaluateEligibility(ruleSet: EligibilityRuleSet, facts: EligibilityFacts): EligibilityResult {
  const record = facts as FactsRecord;
  const mediaType = (record['outlet.mediaType'] ?? null) as MediaType | null;
  const lines = effectiveRules(ruleSet).map((rule) => ruleLine(rule, record, mediaType));
  const eligible = lines.every((line) => line.outcome !== 'failed');
  const scoreLines = (ruleSet.scoring ?? []).map((criterion) => scoreLine(criterion, record, mediaType));
  const score = scoreLines.reduce((sum, line) => sum + line.points, 0);
  const { tier, explanation } = selectTier(ruleSet.tiers ?? [], record, eligible, score);
  return { eligible, lines, score, scoreLines, tier, tierExplanation: explanation };
}

export type EligibilityVerdict = { eligible: boolean; score: number; tier: string | null };

/**
 * The same verdict as evaluateEligibility (eligible, score, tier) without composing the explanation:
 * for lists of many outlets, where the lines are not shown and their text is most of the cost.
 */
export function eligibilityVerdict(ruleSet: EligibilityRuleSet, facts: EligibilityFacts): EligibilityVerdict {
  const record = facts as FactsRecord;
  const mediaType = (record['outlet.mediaType'] ?? null) as MediaType | null;
  const holds = (condition: Condition) => conditionHolds(condition, record[condition.field] ?? null);
  const eligible = effectiveRules(ruleSet).every((rule) => !applies(rule.appliesTo, mediaType) || holds(rule));
  let score = 0;
  for (const criterion of ruleSet.scoring ?? []) {
    if (applies(criterion.appliesTo, mediaType) && holds(criterion.condition) && Number.isFinite(criterion.points)) score += criterion.points;
  }
  const tier = eligible
    ? ((ruleSet.tiers ?? []).find((t) => (t.conditions ?? []).every(holds) && !(typeof t.minScore === 'number' && !(score >= t.minScore)))?.code ?? null)
    : null;
  return { eligible, score, tier };
}

import { LocalizedText, TierDefinition } from '@sinergi/contracts';
import { formatNumber } from '../text/localized-format';
import { conditionHolds } from './condition-holds';
import { describeActual, describeCondition } from './condition-text';

type TierChoice = { tier: string | null; explanation: LocalizedText };

function tierName(tier: TierDefinition): LocalizedText {
  return { id: `Kelas ${tier.code} (${tier.label.id})`, en: `Tier ${tier.code} (${tier.label.en})` };
}

// Mid-sentence, "The company's…" becomes "the company's…"; acronyms ("KBLI", "UKW") stay.
function uncapitalize(text: string): string {
  return text.length > 1 && text[1] === text[1]!.toLowerCase() ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Why a tier was not reached, or null when it is. */
function missedBecause(tier: TierDefinition, facts: Readonly<Record<string, unknown>>, score: number): LocalizedText | null {
  for (const condition of tier.conditions ?? []) {
    const actual = facts[condition.field] ?? null;
    if (!conditionHolds(condition, actual)) {
      const asked = describeCondition(condition);
      const seen = describeActual(condition.field, actual);
      return { id: `${uncapitalize(asked.id)} (${seen.id})`, en: `${uncapitalize(asked.en)} (${seen.en})` };
    }
  }
  if (typeof tier.minScore === 'number' && !(score >= tier.minScore)) {
    return {
      id: `skor ${formatNumber(score, 'id')} di bawah minimal ${formatNumber(tier.minScore, 'id')}`,
      en: `the score ${formatNumber(score, 'en')} is below the minimum ${formatNumber(tier.minScore, 'en')}`,
    };
  }
  return null;
}

function reached(tier: TierDefinition, score: number): LocalizedText {
  const name = tierName(tier);
  const hasConditions = (tier.conditions ?? []).length > 0;
  const parts: LocalizedText[] = [];
  if (hasConditions) parts.push({ id: 'semua syarat kelas terpenuhi', en: 'all its conditions hold' });
  if (typeof tier.minScore === 'number') {
    parts.push({
      id: `skor ${formatNumber(score, 'id')} mencapai minimal ${formatNumber(tier.minScore, 'id')}`,
      en: `the score ${formatNumber(score, 'en')} reaches the minimum ${formatNumber(tier.minScore, 'en')}`,
    });
  }
  if (parts.length === 0) parts.push({ id: 'tanpa syarat tambahan', en: 'it has no further conditions' });
  return {
    id: `${name.id}: ${parts.map((p) => p.id).join(' dan ')}.`,
    en: `${name.en}: ${parts.map((p) => p.en).join(' and ')}.`,
  };
}

/** The first tier, best first, whose conditions all hold and whose minimum score is reached. */
export function selectTier(
  tiers: readonly TierDefinition[],
  facts: Readonly<Record<string, unknown>>,
  eligible: boolean,
  score: number,
): TierChoice {
  if (!eligible) {
    return {
      tier: null,
      explanation: { id: 'Tidak mendapat kelas: media tidak memenuhi syarat.', en: 'No tier: the outlet does not meet the eligibility rules.' },
    };
  }
  if (tiers.length === 0) {
    return { tier: null, explanation: { id: 'Tidak ada kelas: konfigurasi tidak menetapkan kelas.', en: 'No tier: the configuration defines no tiers.' } };
  }
  const missed: LocalizedText[] = [];
  for (const tier of tiers) {
    const because = missedBecause(tier, facts, score);
    if (because === null) {
      const head = reached(tier, score);
      return { tier: tier.code, explanation: joinSentences(head, missed) };
    }
    missed.push({ id: `Kelas ${tier.code} tidak tercapai: ${because.id}.`, en: `Tier ${tier.code} not reached: ${because.en}.` });
  }
  const head = { id: 'Memenuhi syarat, tetapi tidak ada kelas yang cocok.', en: 'Eligible, but no tier matches.' };
  return { tier: null, explanation: joinSentences(head, missed) };
}

function joinSentences(head: LocalizedText, rest: LocalizedText[]): LocalizedText {
  return { id: [head.id, ...rest.map((r) => r.id)].join(' '), en: [head.en, ...rest.map((r) => r.en)].join(' ') };
}

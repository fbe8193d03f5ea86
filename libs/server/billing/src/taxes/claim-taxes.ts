import type { ClaimTaxes, TaxPosition, TaxSettingsRequest } from '@sinergi/contracts';

export type TaxRates = Pick<
  TaxSettingsRequest,
  'ppnRateBp' | 'ppnBaseNumerator' | 'ppnBaseDenominator' | 'pph23RateBp' | 'pph23RateWithoutNpwpBp' | 'ppnCollectionThreshold'
>;

const BP = 10_000n;
const RATE_FIELDS = ['ppnRateBp', 'ppnBaseNumerator', 'ppnBaseDenominator', 'pph23RateBp', 'pph23RateWithoutNpwpBp', 'ppnCollectionThreshold'] as const;

/** round(numerator ÷ denominator) half up, for numerator ≥ 0 and denominator > 0, exactly. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/**
 * The taxes of a claim from its gross (prices include PPN), computed once on the claim total.
 *
 * Rounding rule (half up, in exact integer arithmetic with BigInt, never floating point):
 * - PKP: ppnBase = round_half_up(gross ÷ (1 + rate × num/den))
 *                = round_half_up(gross × 10000 × den ÷ (10000 × den + rateBp × num)),
 *   ppn = gross − ppnBase (so base + PPN = gross to the rupiah). Not PKP: ppnBase = gross, ppn = 0.
 * - pph23 = round_half_up(ppnBase × pph23Bp ÷ 10000), with the higher rate when there is no NPWP.
 * - the treasurer withholds the PPN only when the company is PKP and gross ≥ ppnCollectionThreshold.
 * - net = gross − withheld PPN − pph23.
 *
 * 1,200,000 at 12% × 11/12: base 1,081,081, PPN 118,919, PPh 23 at 2% 21,622, net 1,059,459.
 */
export function computeClaimTaxes(gross: number, position: TaxPosition, rates: TaxRates): ClaimTaxes {
  if (!Number.isSafeInteger(gross) || gross < 0) throw new RangeError(`gross must be a whole, non-negative rupiah amount, got ${gross}`);
  for (const name of RATE_FIELDS) {
    const value = rates[name];
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  if (rates.ppnBaseDenominator === 0) throw new RangeError('ppnBaseDenominator must be positive');
  const g = BigInt(gross);
  let base = g;
  if (position.pkp) {
    const den = BigInt(rates.ppnBaseDenominator);
    base = divideHalfUp(g * BP * den, BP * den + BigInt(rates.ppnRateBp) * BigInt(rates.ppnBaseNumerator));
  }
  const ppn = g - base;
  const pph23RateBp = position.hasNpwp ? rates.pph23RateBp : rates.pph23RateWithoutNpwpBp;
  const pph23 = divideHalfUp(base * BigInt(pph23RateBp), BP);
  const ppnCollected = position.pkp && gross >= rates.ppnCollectionThreshold;
  const ppnWithheld = ppnCollected ? ppn : 0n;
  return {
    gross,
    pkp: position.pkp,
    hasNpwp: position.hasNpwp,
    ppnBase: Number(base),
    ppn: Number(ppn),
    ppnCollected,
    ppnWithheld: Number(ppnWithheld),
    pph23RateBp,
    pph23: Number(pph23),
    net: Number(g - ppnWithheld - pph23),
  };
}

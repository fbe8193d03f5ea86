import { computeClaimTaxes, divideHalfUp, TaxRates } from './claim-taxes';

/** 2025 rule: 12% on a base of 11/12 (effectively 11%). The threshold is set per case. */
const EFFECTIVE_11: TaxRates = { ppnRateBp: 1200, ppnBaseNumerator: 11, ppnBaseDenominator: 12, pph23RateBp: 200, pph23RateWithoutNpwpBp: 400, ppnCollectionThreshold: 0 };
const PLAIN_10: TaxRates = { ...EFFECTIVE_11, ppnRateBp: 1000, ppnBaseNumerator: 1, ppnBaseDenominator: 1 };
const PKP = { pkp: true, hasNpwp: true };

describe('computeClaimTaxes', () => {
  it.each([
    // label, gross, position, rates, base, ppn, withheld ppn, pph23, net
    ['the worked example at effective 11% (12% × 11/12)', 1_200_000, PKP, EFFECTIVE_11, 1_081_081, 118_919, 118_919, 21_622, 1_059_459],
    ['the worked example at plain 10%', 1_200_000, PKP, PLAIN_10, 1_090_909, 109_091, 109_091, 21_818, 1_069_091],
    ['effective 11% written as a plain 11%', 1_200_000, PKP, { ...PLAIN_10, ppnRateBp: 1100 }, 1_081_081, 118_919, 118_919, 21_622, 1_059_459],
    ['a base whose fraction is above one half rounds up (1000 / 1.11 = 900.90)', 1_000, PKP, EFFECTIVE_11, 901, 99, 99, 18, 883],
    ['a base whose fraction is below one half rounds down (100 / 1.11 = 90.09)', 100, PKP, EFFECTIVE_11, 90, 10, 10, 2, 88],
    ['a base of exactly one half rounds up (3 / 2 = 1.5 at 100%)', 3, PKP, { ...PLAIN_10, ppnRateBp: 10_000 }, 2, 1, 1, 0, 2],
    ['PPh 23 of exactly one half rounds up (1,025 × 2% = 20.5)', 1_025, { pkp: false, hasNpwp: true }, EFFECTIVE_11, 1_025, 0, 0, 21, 1_004],
    ['PPh 23 just under one half rounds down (1,024 × 2% = 20.48)', 1_024, { pkp: false, hasNpwp: true }, EFFECTIVE_11, 1_024, 0, 0, 20, 1_004],
    ['not PKP: no PPN, PPh 23 on the gross', 1_200_000, { pkp: false, hasNpwp: true }, EFFECTIVE_11, 1_200_000, 0, 0, 24_000, 1_176_000],
    ['no NPWP: the higher PPh 23 rate (4%)', 1_200_000, { pkp: true, hasNpwp: false }, EFFECTIVE_11, 1_081_081, 118_919, 118_919, 43_243, 1_037_838],
    ['not PKP and no NPWP', 500_000, { pkp: false, hasNpwp: false }, EFFECTIVE_11, 500_000, 0, 0, 20_000, 480_000],
    ['below the collection threshold: PPN computed, not withheld', 1_200_000, PKP, { ...EFFECTIVE_11, ppnCollectionThreshold: 2_000_000 }, 1_081_081, 118_919, 0, 21_622, 1_178_378],
    ['exactly at the threshold: withheld', 2_000_000, PKP, { ...EFFECTIVE_11, ppnCollectionThreshold: 2_000_000 }, 1_801_802, 198_198, 198_198, 36_036, 1_765_766],
    ['one rupiah under the threshold: not withheld', 1_999_999, PKP, { ...EFFECTIVE_11, ppnCollectionThreshold: 2_000_000 }, 1_801_801, 198_198, 0, 36_036, 1_963_963],
    ['zero', 0, PKP, EFFECTIVE_11, 0, 0, 0, 0, 0],
    ['one trillion rupiah', 1_000_000_000_000, PKP, EFFECTIVE_11, 900_900_900_901, 99_099_099_099, 99_099_099_099, 18_018_018_018, 882_882_882_883],
  ])('%s', (_label, gross, position, rates, base, ppn, withheld, pph23, net) => {
    const taxes = computeClaimTaxes(gross, position, rates);
    expect(taxes).toMatchObject({ gross, ppnBase: base, ppn, ppnWithheld: withheld, pph23, net, ppnCollected: withheld > 0 || (position.pkp && gross >= rates.ppnCollectionThreshold) });
    expect(taxes.ppnBase + taxes.ppn).toBe(gross);
    expect(taxes.net + taxes.ppnWithheld + taxes.pph23).toBe(gross);
  });

  it('stays exact at the largest safe integer, where floating point would drift', () => {
    const gross = Number.MAX_SAFE_INTEGER; // 9,007,199,254,740,991
    const taxes = computeClaimTaxes(gross, PKP, EFFECTIVE_11);
    const g = BigInt(gross);
    // Exact: base is the nearest integer to g × 120000 / 133200 (= g / 1.11).
    const base = BigInt(taxes.ppnBase);
    const distance = base * 133_200n - g * 120_000n;
    expect(2n * (distance < 0n ? -distance : distance) <= 133_200n).toBe(true);
    expect(BigInt(taxes.ppnBase) + BigInt(taxes.ppn)).toBe(g);
    expect(BigInt(taxes.net) + BigInt(taxes.ppnWithheld) + BigInt(taxes.pph23)).toBe(g);
    expect(taxes.ppnBase).toBe(8_114_593_923_190_082);
    // The naive float computation is off here.
    expect(Math.round(gross / 1.11)).not.toBe(taxes.ppnBase);
  });

  it('refuses amounts that are not whole rupiah, negative or unsafe, and rates that are not integers', () => {
    expect(() => computeClaimTaxes(1.5, PKP, EFFECTIVE_11)).toThrow(RangeError);
    expect(() => computeClaimTaxes(-1, PKP, EFFECTIVE_11)).toThrow(RangeError);
    expect(() => computeClaimTaxes(2 ** 60, PKP, EFFECTIVE_11)).toThrow(RangeError);
    expect(() => computeClaimTaxes(100, PKP, { ...EFFECTIVE_11, ppnRateBp: 11.5 })).toThrow(RangeError);
    expect(() => computeClaimTaxes(100, PKP, { ...EFFECTIVE_11, ppnBaseDenominator: 0 })).toThrow(RangeError);
  });

  it('divides half up exactly', () => {
    expect([divideHalfUp(5n, 2n), divideHalfUp(7n, 2n), divideHalfUp(4n, 3n), divideHalfUp(5n, 3n), divideHalfUp(0n, 7n)]).toEqual([3n, 4n, 1n, 2n, 0n]);
  });
});

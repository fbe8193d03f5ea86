import { RecordPaymentRequest } from '@sinergi/contracts';
import { IDEMPOTENCY_KEY_PATTERN, paymentFingerprint, taxReceiptProblems } from './payment.service';

const request: RecordPaymentRequest = {
  version: 3,
  sp2dNumber: '00123/SP2D/LS/2026',
  sp2dDate: '2026-11-23',
  amount: 1_059_459,
  taxReceipts: [
    { kind: 'ppn', ntpn: 'AB12CD34EF56GH78', amount: 118_919, paidOn: '2026-11-23' },
    { kind: 'pph23', ntpn: 'ZX98CV76BN54ML32', amount: 21_622, paidOn: '2026-11-23' },
  ],
};

describe('payment rules', () => {
  it('accepts receipts that add up, per kind, to what the claim withholds', () => {
    expect(taxReceiptProblems(request.taxReceipts, { ppn: 118_919, pph23: 21_622 })).toEqual([]);
    // Split deposits are fine as long as they add up.
    const split = [...request.taxReceipts, { kind: 'ppn' as const, ntpn: 'QQ12CD34EF56GH78', amount: 1, paidOn: '2026-11-23' }];
    split[0] = { ...split[0]!, amount: 118_918 };
    expect(taxReceiptProblems(split, { ppn: 118_919, pph23: 21_622 })).toEqual([]);
  });

  it('names the figures when they do not match, and refuses receipts for a tax not withheld', () => {
    const problems = taxReceiptProblems(request.taxReceipts, { ppn: 0, pph23: 21_000 });
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'ppn', expected: 0, received: 118_919 }),
      expect.objectContaining({ kind: 'pph23', expected: 21_000, received: 21_622 }),
    ]);
    expect(taxReceiptProblems([], { ppn: 0, pph23: 21_622 })).toEqual([expect.objectContaining({ kind: 'pph23', expected: 21_622, received: 0 })]);
    const twice = taxReceiptProblems([request.taxReceipts[0]!, { ...request.taxReceipts[1]!, ntpn: request.taxReceipts[0]!.ntpn }], { ppn: 118_919, pph23: 21_622 });
    expect(twice.map((p) => p.message)).toEqual([expect.stringContaining('the same NTPN appears twice')]);
  });

  it('fingerprints what the payment is: not the version, not the order of receipts; any amount or number changes it', () => {
    const same = paymentFingerprint('c1', request);
    expect(paymentFingerprint('c1', { ...request, version: 4, taxReceipts: [...request.taxReceipts].reverse() })).toBe(same);
    expect(paymentFingerprint('c1', { ...request, amount: request.amount + 1 })).not.toBe(same);
    expect(paymentFingerprint('c1', { ...request, sp2dNumber: 'other' })).not.toBe(same);
    expect(paymentFingerprint('c2', request)).not.toBe(same);
  });

  it('takes idempotency keys of 8-200 safe characters', () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test('pay-2026-0001')).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('3f2b8c1e-7d4a-4b9e-a1c2-123456789abc')).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('short')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('has spaces in it')).toBe(false);
  });
});

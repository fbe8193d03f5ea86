import type { Claim } from '@sinergi/contracts';
import { paymentDraftFor, paymentProblems, paymentRequest } from './payment-draft';

const claim = {
  version: 4,
  net: 1_059_459,
  taxes: { gross: 1_200_000, pkp: true, hasNpwp: true, ppnBase: 1_081_081, ppn: 118_919, ppnCollected: true, ppnWithheld: 118_919, pph23RateBp: 200, pph23: 21_622, net: 1_059_459 },
} as Claim;

describe('payment draft', () => {
  it('is prefilled with the net and a receipt per withheld tax (the worked example)', () => {
    const draft = paymentDraftFor(claim, '2026-11-23');
    expect(draft.amount).toBe(1_059_459);
    expect(draft.receipts.map((r) => [r.kind, r.amount])).toEqual([
      ['ppn', 118_919],
      ['pph23', 21_622],
    ]);
  });

  it('leaves out PPN when the treasurer does not withhold it', () => {
    const draft = paymentDraftFor({ ...claim, taxes: { ...claim.taxes, ppnCollected: false, ppnWithheld: 0 } }, '2026-11-23');
    expect(draft.receipts.map((r) => r.kind)).toEqual(['pph23']);
  });

  it('names what is missing or wrong, as the API would', () => {
    const draft = paymentDraftFor(claim, '2026-11-23');
    expect([...paymentProblems(draft, claim)].sort()).toEqual(['receipt.0.ntpn', 'receipt.1.ntpn', 'sp2dNumber']);
    draft.sp2dNumber = '00123/SP2D/LS/2026';
    draft.receipts[0]!.ntpn = '0A1B2C3D4E5F6G7H';
    draft.receipts[1]!.ntpn = '1A1B2C3D4E5F6G7H';
    draft.receipts[1]!.billingCode = '12345';
    draft.amount = 1_059_460;
    expect([...paymentProblems(draft, claim)].sort()).toEqual(['amount', 'receipt.1.billingCode']);
    draft.amount = 1_059_459;
    draft.receipts[1]!.billingCode = '';
    expect(paymentProblems(draft, claim).size).toBe(0);
    expect(paymentRequest(draft, claim)).toEqual({
      version: 4,
      sp2dNumber: '00123/SP2D/LS/2026',
      sp2dDate: '2026-11-23',
      amount: 1_059_459,
      taxReceipts: [
        { kind: 'ppn', ntpn: '0A1B2C3D4E5F6G7H', billingCode: null, amount: 118_919, paidOn: '2026-11-23' },
        { kind: 'pph23', ntpn: '1A1B2C3D4E5F6G7H', billingCode: null, amount: 21_622, paidOn: '2026-11-23' },
      ],
    });
  });
});

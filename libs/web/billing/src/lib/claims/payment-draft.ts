import type { Claim, RecordPaymentRequest, TaxReceipt } from '@sinergi/contracts';

export type ReceiptDraft = { kind: TaxReceipt['kind']; ntpn: string; billingCode: string; amount: number; paidOn: string };
export type PaymentDraft = { sp2dNumber: string; sp2dDate: string; amount: number; receipts: ReceiptDraft[] };
export type PaymentProblem = 'sp2dNumber' | 'sp2dDate' | 'amount' | `receipt.${number}.ntpn` | `receipt.${number}.billingCode` | `receipt.${number}.paidOn` | `receipt.${number}.amount`;

/** The payment form prefilled from the claim: its net amount, and one tax receipt per tax it withholds. */
export function paymentDraftFor(claim: Claim, today: string): PaymentDraft {
  const receipts: ReceiptDraft[] = [];
  if (claim.taxes.ppnWithheld > 0) receipts.push({ kind: 'ppn', ntpn: '', billingCode: '', amount: claim.taxes.ppnWithheld, paidOn: today });
  if (claim.taxes.pph23 > 0) receipts.push({ kind: 'pph23', ntpn: '', billingCode: '', amount: claim.taxes.pph23, paidOn: today });
  return { sp2dNumber: '', sp2dDate: today, amount: claim.net, receipts };
}

/** The API's rules for a payment, checked as the user types (the server checks them again). */
export function paymentProblems(draft: PaymentDraft, claim: Claim): Set<PaymentProblem> {
  const problems = new Set<PaymentProblem>();
  if (draft.sp2dNumber.trim().length < 3) problems.add('sp2dNumber');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.sp2dDate)) problems.add('sp2dDate');
  if (!Number.isSafeInteger(draft.amount) || draft.amount !== claim.net) problems.add('amount');
  draft.receipts.forEach((r, i) => {
    if (!/^[A-Za-z0-9]{16}$/.test(r.ntpn.trim())) problems.add(`receipt.${i}.ntpn`);
    if (r.billingCode.trim() && !/^\d{15}$/.test(r.billingCode.trim())) problems.add(`receipt.${i}.billingCode`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.paidOn)) problems.add(`receipt.${i}.paidOn`);
    if (!Number.isSafeInteger(r.amount) || r.amount < 1) problems.add(`receipt.${i}.amount`);
  });
  return problems;
}

export function paymentRequest(draft: PaymentDraft, claim: Claim): RecordPaymentRequest {
  return {
    version: claim.version,
    sp2dNumber: draft.sp2dNumber.trim(),
    sp2dDate: draft.sp2dDate,
    amount: draft.amount,
    taxReceipts: draft.receipts.map((r) => ({ kind: r.kind, ntpn: r.ntpn.trim().toUpperCase(), billingCode: r.billingCode.trim() || null, amount: r.amount, paidOn: r.paidOn })),
  };
}

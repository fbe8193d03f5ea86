import { Injectable } from '@nestjs/common';
import type { ClaimPaymentStatus, ClaimStatus, ClaimSummary, MediaClaimQuery, MediaClaimSort, MediaClaimSummary, Page } from '@sinergi/contracts';
import { CompanyTenants } from '@sinergi/server/partnership';
import { ClaimService } from './claim.service';

/** In memory, the same order as the claim list's SQL (ties by id), so the merged page is exact. */
const COMPARE: Record<MediaClaimSort, (a: ClaimSummary, b: ClaimSummary) => number> = {
  '-submittedAt': (a, b) => compareText(b.submittedAt, a.submittedAt) || compareText(a.id, b.id),
  submittedAt: (a, b) => compareText(a.submittedAt, b.submittedAt) || compareText(a.id, b.id),
  '-gross': (a, b) => b.gross - a.gross || compareText(a.id, b.id),
  gross: (a, b) => a.gross - b.gross || compareText(a.id, b.id),
};

export function paymentStatusOf(status: ClaimStatus): ClaimPaymentStatus {
  switch (status) {
    case 'paid':
      return 'paid';
    case 'approved':
      return 'awaiting-payment';
    case 'cancelled':
      return 'not-payable';
    default:
      return 'pending-approval';
  }
}

/** A press company's claims in every region it works with, in one list (the inbox of orders' mechanism). */
@Injectable()
export class MediaClaimsService {
  constructor(
    private readonly companyTenants: CompanyTenants,
    private readonly claims: ClaimService,
  ) {}

  async list(companyId: string, query: MediaClaimQuery): Promise<Page<MediaClaimSummary>> {
    const sort = query.sort ?? '-submittedAt';
    const merged = await this.companyTenants.mergedPage(
      companyId,
      query,
      (limit) => this.claims.listForCompany(companyId, { status: query.status, fiscalYear: query.fiscalYear, sort, page: 1, pageSize: limit }),
      COMPARE[sort],
      'claims',
    );
    return { ...merged, items: merged.items.map((claim) => ({ ...claim, paymentStatus: paymentStatusOf(claim.status) })) };
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

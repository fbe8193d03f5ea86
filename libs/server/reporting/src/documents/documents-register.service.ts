import { Injectable } from '@nestjs/common';
import { BILLING_DOCUMENT_KINDS, type BillingDocumentKind, type IssuedDocument, type IssuedDocumentKind, type IssuedDocumentQuery, type Page } from '@sinergi/contracts';
import { ClaimService } from '@sinergi/server/billing';
import { mergePage, type PageSlice, pageWindow } from '@sinergi/server/core';
import { AgreementService } from '@sinergi/server/partnership';
import { PublicationService } from '@sinergi/server/publication';

/** The register's order, as each source sorts: date on the document, when numbered (newest first), kind, number. */
export function newestIssuedFirst(a: IssuedDocument, b: IssuedDocument): number {
  if (a.issuedOn !== b.issuedOn) return a.issuedOn < b.issuedOn ? 1 : -1;
  if (a.issuedAt !== b.issuedAt) return a.issuedAt < b.issuedAt ? 1 : -1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
}

/**
 * The register of every numbered document the region issued (agreements, order letters, a claim's
 * BA serah terima, kwitansi and BA pembayaran), one page merged from the modules that issue them.
 * Owns no table: each module lists its own documents, of the kinds the caller may read.
 */
@Injectable()
export class DocumentsRegisterService {
  constructor(
    private readonly agreements: AgreementService,
    private readonly publication: PublicationService,
    private readonly claims: ClaimService,
  ) {}

  /** `readable`: the kinds the caller may read; others are neither listed nor counted. */
  async list(query: IssuedDocumentQuery, readable: ReadonlySet<IssuedDocumentKind>): Promise<Page<IssuedDocument>> {
    const { pageSize, offset } = pageWindow(query);
    // Each source gives its newest page * pageSize rows: enough for the page whatever the spread.
    const limit = offset + pageSize;
    const wanted = (kind: IssuedDocumentKind) => readable.has(kind) && (!query.kind || query.kind === kind);
    const filter = { fiscalYear: query.fiscalYear, q: query.q };
    const slices: PageSlice<IssuedDocument>[] = [];
    if (wanted('agreement')) slices.push(await this.agreements.issuedDocuments(filter, limit));
    if (wanted('order')) slices.push(await this.publication.issuedDocuments(filter, limit));
    const claimKinds: BillingDocumentKind[] = BILLING_DOCUMENT_KINDS.filter(wanted);
    if (claimKinds.length) slices.push(await this.claims.issuedDocuments({ ...filter, kinds: claimKinds }, limit));
    return mergePage(slices, newestIssuedFirst, query);
  }
}

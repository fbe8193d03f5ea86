import { HttpClient, HttpEventType, HttpHeaders, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApprovalChain,
  ApprovalDecisionRequest,
  ApprovalInstance,
  ApprovalKind,
  ApprovalWaitingRow,
  BillingDocumentKind,
  Budget,
  BudgetAbsorptionRow,
  Claim,
  ClaimStatus,
  ClaimSummary,
  IssuedDocument,
  IssuedDocumentQuery,
  MediaClaimQuery,
  MediaClaimSummary,
  Page,
  Payment,
  PaymentList,
  PaymentQuery,
  RecordPaymentRequest,
  RegisterKind,
  RegisterQuery,
  ResubmitClaimRequest,
  SaveApprovalChainRequest,
  SetBudgetRequest,
  TaxSettings,
  TaxSettingsRequest,
  TenantDashboard,
} from '@sinergi/contracts';
import { type Observable, catchError, filter, from, map, switchMap, throwError } from 'rxjs';
import { API_CLIENT_CONFIG } from './api-client.config';
import { ApiError, isErrorResponse, toApiError } from './api-error';
import { fileNameOf } from './media-api';
import { toHttpParams } from './query-params';

export type ClaimQuery = {
  fiscalYear?: number;
  status?: ClaimStatus;
  outletId?: string;
  companyId?: string;
  sort?: 'submittedAt' | '-submittedAt' | 'gross' | '-gross' | 'number' | 'status' | 'outlet';
  page?: number;
  pageSize?: number;
};
export type ApprovalQuery = { scope?: 'mine' | 'all'; kind?: ApprovalKind; page?: number; pageSize?: number };

/** A download in flight: received percent (null when the size is unknown), then the file. */
export type DownloadProgress = { kind: 'progress'; percent: number | null; loaded: number } | { kind: 'done'; blob: Blob; fileName: string };

/**
 * Budget, taxes, approval chains and approvals, claims and payments, the dashboard and the Excel
 * registers (`/api/t/:tenant/…`), and the press company's claims. Failures arrive as `ApiError`.
 */
@Injectable({ providedIn: 'root' })
export class BillingApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(API_CLIENT_CONFIG);

  // --- budget and taxes -------------------------------------------------------------------------

  budget(tenant: string, fiscalYear: number): Observable<Budget> {
    return this.guard(this.http.get<Budget>(this.at(tenant, `/budgets/${fiscalYear}`)));
  }

  /** A new revision of the pagu (DPA, APBD-P); the shares by media type must add up to the total. */
  setBudget(tenant: string, fiscalYear: number, body: SetBudgetRequest): Observable<Budget> {
    return this.guard(this.http.put<Budget>(this.at(tenant, `/budgets/${fiscalYear}`), body));
  }

  absorption(tenant: string, fiscalYear: number): Observable<BudgetAbsorptionRow[]> {
    return this.guard(this.http.get<BudgetAbsorptionRow[]>(this.at(tenant, `/budgets/${fiscalYear}/absorption`)));
  }

  startingTaxSettings(tenant: string): Observable<TaxSettingsRequest> {
    return this.guard(this.http.get<TaxSettingsRequest>(this.at(tenant, '/tax-settings/starting')));
  }

  /** 404 RESOURCE_NOT_FOUND when the year has none. */
  taxSettings(tenant: string, fiscalYear: number): Observable<TaxSettings> {
    return this.guard(this.http.get<TaxSettings>(this.at(tenant, `/tax-settings/${fiscalYear}`)));
  }

  taxSettingsVersions(tenant: string, fiscalYear: number): Observable<TaxSettings[]> {
    return this.guard(this.http.get<TaxSettings[]>(this.at(tenant, `/tax-settings/${fiscalYear}/versions`)));
  }

  saveTaxSettings(tenant: string, fiscalYear: number, body: TaxSettingsRequest): Observable<TaxSettings> {
    return this.guard(this.http.put<TaxSettings>(this.at(tenant, `/tax-settings/${fiscalYear}`), body));
  }

  // --- approval chains and approvals ------------------------------------------------------------

  /** 404 RESOURCE_NOT_FOUND when the kind has no chain yet. */
  chain(tenant: string, kind: ApprovalKind): Observable<ApprovalChain> {
    return this.guard(this.http.get<ApprovalChain>(this.at(tenant, `/approval-chains/${kind}`)));
  }

  chainVersions(tenant: string, kind: ApprovalKind): Observable<ApprovalChain[]> {
    return this.guard(this.http.get<ApprovalChain[]>(this.at(tenant, `/approval-chains/${kind}/versions`)));
  }

  /** 422 CHAIN_INVALID lists every problem, by field path (`steps[1].role`). */
  saveChain(tenant: string, kind: ApprovalKind, body: SaveApprovalChainRequest): Observable<ApprovalChain> {
    return this.guard(this.http.put<ApprovalChain>(this.at(tenant, `/approval-chains/${kind}`), body));
  }

  approvals(tenant: string, query: ApprovalQuery = {}): Observable<Page<ApprovalInstance>> {
    return this.guard(this.http.get<Page<ApprovalInstance>>(this.at(tenant, '/approvals'), { params: toHttpParams(query) }));
  }

  approval(tenant: string, id: string): Observable<ApprovalInstance> {
    return this.guard(this.http.get<ApprovalInstance>(this.at(tenant, `/approvals/${enc(id)}`)));
  }

  waitingByOfficial(tenant: string): Observable<ApprovalWaitingRow[]> {
    return this.guard(this.http.get<ApprovalWaitingRow[]>(this.at(tenant, '/approvals/waiting-by-official')));
  }

  /**
   * Approve or return. `idempotencyKey` is made once per user action: a retry or a double click
   * with the same key is answered with the same result and never decides twice.
   */
  decide(tenant: string, id: string, body: ApprovalDecisionRequest, idempotencyKey: string): Observable<ApprovalInstance> {
    const headers = new HttpHeaders({ 'Idempotency-Key': idempotencyKey });
    return this.guard(this.http.post<ApprovalInstance>(this.at(tenant, `/approvals/${enc(id)}/decisions`), body, { headers }));
  }

  // --- claims and payments (staff) --------------------------------------------------------------

  claims(tenant: string, query: ClaimQuery = {}): Observable<Page<ClaimSummary>> {
    return this.guard(this.http.get<Page<ClaimSummary>>(this.at(tenant, '/claims'), { params: toHttpParams(query) }));
  }

  /** The register of every numbered document the region issued, of the kinds the caller may read. */
  issuedDocuments(tenant: string, query: IssuedDocumentQuery = {}): Observable<Page<IssuedDocument>> {
    return this.guard(this.http.get<Page<IssuedDocument>>(this.at(tenant, '/documents'), { params: toHttpParams(query) }));
  }

  /** The PDF of a register row (its `downloadPath` is relative to the tenant's API root). */
  issuedDocumentUrl(tenant: string, document: IssuedDocument): string {
    return this.at(tenant, document.downloadPath);
  }

  claim(tenant: string, id: string): Observable<Claim> {
    return this.guard(this.http.get<Claim>(this.at(tenant, `/claims/${enc(id)}`)));
  }

  claimDocumentUrl(tenant: string, id: string, kind: BillingDocumentKind): string {
    return this.at(tenant, `/claims/${enc(id)}/documents/${kind}`);
  }

  /** The recorded payments (SP2D) with the count and sum of the whole filtered set. */
  payments(tenant: string, query: PaymentQuery = {}): Observable<PaymentList> {
    return this.guard(this.http.get<PaymentList>(this.at(tenant, '/payments'), { params: toHttpParams(query) }));
  }

  /** The same key again answers the same payment: nothing is paid twice. */
  pay(tenant: string, claimId: string, body: RecordPaymentRequest, idempotencyKey: string): Observable<Payment> {
    const headers = new HttpHeaders({ 'Idempotency-Key': idempotencyKey });
    return this.guard(this.http.post<Payment>(this.at(tenant, `/claims/${enc(claimId)}/payments`), body, { headers }));
  }

  // --- the press company's claims ---------------------------------------------------------------

  mediaClaims(tenant: string, companyId: string, query: { fiscalYear?: number; status?: ClaimStatus; page?: number; pageSize?: number } = {}): Observable<Page<ClaimSummary>> {
    return this.guard(this.http.get<Page<ClaimSummary>>(this.media(tenant, companyId, '/claims'), { params: toHttpParams(query) }));
  }

  /** The company's claims in every region it works with, each with where its payment stands. */
  companyClaims(companyId: string, query: MediaClaimQuery = {}): Observable<Page<MediaClaimSummary>> {
    return this.guard(this.http.get<Page<MediaClaimSummary>>(`${this.config.baseUrl}/media/companies/${enc(companyId)}/claims`, { params: toHttpParams(query) }));
  }

  mediaClaim(tenant: string, companyId: string, id: string): Observable<Claim> {
    return this.guard(this.http.get<Claim>(this.media(tenant, companyId, `/claims/${enc(id)}`)));
  }

  /** 422 CLAIM_PROOFS_INVALID names each bad proof; 422 SETTINGS_MISSING without tax settings. */
  submitClaim(tenant: string, companyId: string, proofIds: string[]): Observable<Claim> {
    return this.guard(this.http.post<Claim>(this.media(tenant, companyId, '/claims'), { proofIds }));
  }

  resubmitClaim(tenant: string, companyId: string, id: string, body: ResubmitClaimRequest): Observable<Claim> {
    return this.guard(this.http.post<Claim>(this.media(tenant, companyId, `/claims/${enc(id)}/resubmit`), body));
  }

  cancelClaim(tenant: string, companyId: string, id: string, version: number): Observable<Claim> {
    return this.guard(this.http.post<Claim>(this.media(tenant, companyId, `/claims/${enc(id)}/cancel`), { version }));
  }

  mediaClaimDocumentUrl(tenant: string, companyId: string, id: string, kind: BillingDocumentKind): string {
    return this.media(tenant, companyId, `/claims/${enc(id)}/documents/${kind}`);
  }

  // --- reporting --------------------------------------------------------------------------------

  dashboard(tenant: string, fiscalYear: number): Observable<TenantDashboard> {
    return this.guard(this.http.get<TenantDashboard>(this.at(tenant, '/dashboard'), { params: toHttpParams({ fiscalYear }) }));
  }

  registerUrl(tenant: string, kind: RegisterKind): string {
    return this.at(tenant, `/registers/${kind}`);
  }

  /** An Excel register, with the download's progress. */
  register(tenant: string, kind: RegisterKind, query: RegisterQuery): Observable<DownloadProgress> {
    return this.download(this.registerUrl(tenant, kind), toHttpParams(query));
  }

  /** Any file the API serves behind the session's token (PDFs), with the download's progress. */
  download(url: string, params = toHttpParams({})): Observable<DownloadProgress> {
    return this.http.get(url, { params, responseType: 'blob', observe: 'events', reportProgress: true }).pipe(
      filter((event: HttpEvent<Blob>) => event.type === HttpEventType.DownloadProgress || event.type === HttpEventType.Response),
      map((event): DownloadProgress => {
        if (event.type === HttpEventType.Response) {
          return { kind: 'done', blob: event.body ?? new Blob([]), fileName: fileNameOf(event.headers.get('content-disposition')) ?? 'unduhan' };
        }
        const progress = event as { loaded: number; total?: number };
        return { kind: 'progress', loaded: progress.loaded, percent: progress.total ? Math.round((100 * progress.loaded) / progress.total) : null };
      }),
      catchError((error: unknown) => from(blobError(error, toApiError(error, this.config.fallbackMessages))).pipe(switchMap((e) => throwError(() => e)))),
    );
  }

  private at(tenant: string, path: string): string {
    return `${this.config.baseUrl}/t/${enc(tenant)}${path}`;
  }

  private media(tenant: string, companyId: string, path: string): string {
    return this.at(tenant, `/media/${enc(companyId)}${path}`);
  }

  private guard<T>(request: Observable<T>): Observable<T> {
    return request.pipe(catchError((error: unknown) => throwError(() => toApiError(error, this.config.fallbackMessages))));
  }
}

/** A failed blob request carries its JSON error as a Blob: read it so the server's message shows. */
async function blobError(error: unknown, fallback: ApiError): Promise<ApiError> {
  const body = fallback.body ?? (error as { error?: unknown } | null)?.error;
  if (!(body instanceof Blob)) return fallback;
  try {
    const parsed: unknown = JSON.parse(await body.text());
    if (isErrorResponse(parsed)) return new ApiError(parsed.statusCode, parsed.code, parsed.message, parsed.details ?? []);
  } catch {
    // not JSON: keep the fallback
  }
  return fallback;
}

function enc(value: string): string {
  return encodeURIComponent(value);
}

/** An Idempotency-Key for one user action (8-200 visible ASCII characters). */
export function newIdempotencyKey(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
  return `web-${random}`;
}

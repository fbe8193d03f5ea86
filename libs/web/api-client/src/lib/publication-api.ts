import { HttpClient, HttpEventType, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateOrderRequest,
  DistributionRow,
  MediaInboxOrder,
  MediaOrder,
  Order,
  OrderQuery,
  OrderStatus,
  OrderSummary,
  Page,
  ProofFileUpload,
  PublicationSettings,
  PublicationSettingsRequest,
} from '@sinergi/contracts';
import { type Observable, catchError, filter, map, throwError } from 'rxjs';
import { API_CLIENT_CONFIG } from './api-client.config';
import { toApiError } from './api-error';
import { toHttpParams } from './query-params';

/** A file upload in flight: progress in percent (null when the size is unknown), then the answer. */
export type TransferProgress<T> = { kind: 'progress'; percent: number | null } | { kind: 'done'; value: T };

export type DistributionQuery = { fiscalYear: number; sort?: 'spend' | 'orders' | 'outlet' | 'tier'; direction?: 'asc' | 'desc' };
export type InboxQuery = { status?: OrderStatus[]; page?: number; pageSize?: number };

/**
 * Publication (surat pesanan, bukti tayang): the staff side under `/api/t/:tenant/…` and the press
 * company's side (`/api/t/:tenant/media/:companyId/orders`, the inbox across tenants). Every
 * failure arrives as an `ApiError`.
 */
@Injectable({ providedIn: 'root' })
export class PublicationApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(API_CLIENT_CONFIG);

  // --- settings ---------------------------------------------------------------------------------

  startingSettings(tenant: string): Observable<PublicationSettingsRequest> {
    return this.guard(this.http.get<PublicationSettingsRequest>(this.at(tenant, '/publication-settings/starting')));
  }

  /** The version in force (404 RESOURCE_NOT_FOUND when the year has none yet). */
  settings(tenant: string, fiscalYear: number): Observable<PublicationSettings> {
    return this.guard(this.http.get<PublicationSettings>(this.at(tenant, `/publication-settings/${fiscalYear}`)));
  }

  settingsVersions(tenant: string, fiscalYear: number): Observable<PublicationSettings[]> {
    return this.guard(this.http.get<PublicationSettings[]>(this.at(tenant, `/publication-settings/${fiscalYear}/versions`)));
  }

  /** A new version (422 PUBLICATION_SETTINGS_INVALID lists every problem). */
  saveSettings(tenant: string, fiscalYear: number, body: PublicationSettingsRequest): Observable<PublicationSettings> {
    return this.guard(this.http.put<PublicationSettings>(this.at(tenant, `/publication-settings/${fiscalYear}`), body));
  }

  // --- orders (staff) ---------------------------------------------------------------------------

  orders(tenant: string, query: OrderQuery = {}): Observable<Page<OrderSummary>> {
    return this.guard(this.http.get<Page<OrderSummary>>(this.at(tenant, '/orders'), { params: toHttpParams(orderParams(query)) }));
  }

  /** Every outlet with an agreement in force: its orders and spend so far, and whether an order would be refused. */
  distribution(tenant: string, query: DistributionQuery): Observable<DistributionRow[]> {
    return this.guard(this.http.get<DistributionRow[]>(this.at(tenant, '/orders/distribution'), { params: toHttpParams(query) }));
  }

  /** 422 BUDGET_EXCEEDED / AGREEMENT_CEILING_EXCEEDED with the figures in `details`. */
  createOrder(tenant: string, body: CreateOrderRequest): Observable<Order> {
    return this.guard(this.http.post<Order>(this.at(tenant, '/orders'), body));
  }

  order(tenant: string, id: string): Observable<Order> {
    return this.guard(this.http.get<Order>(this.at(tenant, `/orders/${enc(id)}`)));
  }

  orderPdfUrl(tenant: string, id: string): string {
    return this.at(tenant, `/orders/${enc(id)}/pdf`);
  }

  orderFileUrl(tenant: string, id: string, fileId: string): string {
    return this.at(tenant, `/orders/${enc(id)}/files/${enc(fileId)}`);
  }

  /** A file of the order's proof, by its field in the proof form (staff who review proofs). */
  proofFileUrl(tenant: string, id: string, field: string): string {
    return this.at(tenant, `/orders/${enc(id)}/proof/files/${enc(field)}`);
  }

  addMaterial(tenant: string, id: string, file: Blob, fileName: string): Observable<TransferProgress<Order>> {
    return this.upload<Order>(this.at(tenant, `/orders/${enc(id)}/materials`), file, fileName);
  }

  cancelOrder(tenant: string, id: string, version: number, reason: string): Observable<Order> {
    return this.guard(this.http.post<Order>(this.at(tenant, `/orders/${enc(id)}/cancel`), { version, reason }));
  }

  acceptProof(tenant: string, id: string, version: number): Observable<Order> {
    return this.guard(this.http.post<Order>(this.at(tenant, `/orders/${enc(id)}/proof/accept`), { version }));
  }

  returnProof(tenant: string, id: string, version: number, note: string): Observable<Order> {
    return this.guard(this.http.post<Order>(this.at(tenant, `/orders/${enc(id)}/proof/return`), { version, note }));
  }

  recheckLinks(tenant: string, id: string): Observable<Order> {
    return this.guard(this.http.post<Order>(this.at(tenant, `/orders/${enc(id)}/proof/link-check`), {}));
  }

  // --- the press company's side -------------------------------------------------------------------

  /** Orders from every region the company works with, newest first. */
  inbox(companyId: string, query: InboxQuery = {}): Observable<Page<MediaInboxOrder>> {
    const params = toHttpParams({ status: query.status?.join(','), page: query.page, pageSize: query.pageSize });
    return this.guard(this.http.get<Page<MediaInboxOrder>>(`${this.config.baseUrl}/media/companies/${enc(companyId)}/orders`, { params }));
  }

  mediaOrders(tenant: string, companyId: string, query: OrderQuery = {}): Observable<Page<OrderSummary>> {
    return this.guard(
      this.http.get<Page<OrderSummary>>(this.media(tenant, companyId, '/orders'), { params: toHttpParams(orderParams(query)) }),
    );
  }

  mediaOrder(tenant: string, companyId: string, id: string): Observable<MediaOrder> {
    return this.guard(this.http.get<MediaOrder>(this.media(tenant, companyId, `/orders/${enc(id)}`)));
  }

  mediaOrderPdfUrl(tenant: string, companyId: string, id: string): string {
    return this.media(tenant, companyId, `/orders/${enc(id)}/pdf`);
  }

  mediaOrderFileUrl(tenant: string, companyId: string, id: string, fileId: string): string {
    return this.media(tenant, companyId, `/orders/${enc(id)}/files/${enc(fileId)}`);
  }

  acceptOrder(tenant: string, companyId: string, id: string): Observable<Order> {
    return this.guard(this.http.post<Order>(this.media(tenant, companyId, `/orders/${enc(id)}/accept`), {}));
  }

  declineOrder(tenant: string, companyId: string, id: string, reason: string): Observable<Order> {
    return this.guard(this.http.post<Order>(this.media(tenant, companyId, `/orders/${enc(id)}/decline`), { reason }));
  }

  /** A file of the proof (photo of the print page, screenshot); its hash goes into the form's file field. */
  uploadProofFile(tenant: string, companyId: string, id: string, file: Blob, fileName: string): Observable<TransferProgress<ProofFileUpload>> {
    return this.upload<ProofFileUpload>(this.media(tenant, companyId, `/orders/${enc(id)}/proof-files`), file, fileName);
  }

  /** 423 ORDER_LOCKED after the deadline; 400 VALIDATION_FAILED names each field (`fields.<key>`). */
  submitProof(tenant: string, companyId: string, id: string, fields: Record<string, string | number>): Observable<MediaOrder> {
    return this.guard(this.http.post<MediaOrder>(this.media(tenant, companyId, `/orders/${enc(id)}/proof`), { fields }));
  }

  private upload<T>(url: string, file: Blob, fileName: string): Observable<TransferProgress<T>> {
    const form = new FormData();
    form.set('file', file, fileName);
    return this.guard(
      this.http.post<T>(url, form, { reportProgress: true, observe: 'events' }).pipe(
        filter((event: HttpEvent<T>) => event.type === HttpEventType.UploadProgress || event.type === HttpEventType.Response),
        map((event): TransferProgress<T> => {
          if (event.type === HttpEventType.Response) return { kind: 'done', value: event.body as T };
          const progress = event as { loaded: number; total?: number };
          return { kind: 'progress', percent: progress.total ? Math.round((100 * progress.loaded) / progress.total) : null };
        }),
      ),
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

function orderParams(query: OrderQuery): Record<string, string | number | undefined> {
  const { status, ...rest } = query;
  return { ...rest, status: status?.length ? status.join(',') : undefined };
}

function enc(value: string): string {
  return encodeURIComponent(value);
}

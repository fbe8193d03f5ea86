import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdoptPackRequest,
  Agreement,
  Announcement,
  AnnouncementRequest,
  Application,
  ApplicationQuery,
  ApplicationSummary,
  ConfigurationPreview,
  ConfigurationPreviewRequest,
  ConfigurationPack,
  CreateAgreementRequest,
  CreateOutletBlockRequest,
  DocumentDecisionRequest,
  FactualVisitRequest,
  ObjectionAnswerRequest,
  OutletBlock,
  OutletHistoryEntry,
  PackComparison,
  Page,
  PartnershipCalendar,
  PartnershipConfiguration,
  PartnershipConfigurationRequest,
  PublishPackRequest,
  StartingConfiguration,
} from '@sinergi/contracts';
import { type Observable, catchError, throwError } from 'rxjs';
import { API_CLIENT_CONFIG } from './api-client.config';
import { toApiError } from './api-error';
import { toHttpParams } from './query-params';

/** What the configuration screen saves: the request plus, optionally, this year's own dates. */
export type SaveConfigurationBody = PartnershipConfigurationRequest & { calendar?: PartnershipCalendar };
export type AgreementQuery = { fiscalYear?: number; page?: number; pageSize?: number };
/** `active`: only the blocks in force today (not lifted, started, not ended). */
export type OutletBlockQuery = { active?: boolean; page?: number; pageSize?: number };

/** The staff side of the partnership cycle (`/api/t/:tenant/…`). Every failure arrives as an `ApiError`. */
@Injectable({ providedIn: 'root' })
export class PartnershipApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(API_CLIENT_CONFIG);

  startingConfigurations(tenant: string): Observable<StartingConfiguration[]> {
    return this.guard(this.http.get<StartingConfiguration[]>(this.at(tenant, '/configurations/starting')));
  }

  /** The version in force (404 RESOURCE_NOT_FOUND when the year has none yet). */
  configuration(tenant: string, fiscalYear: number): Observable<PartnershipConfiguration> {
    return this.guard(this.http.get<PartnershipConfiguration>(this.at(tenant, `/configurations/${fiscalYear}`)));
  }

  configurationVersions(tenant: string, fiscalYear: number): Observable<PartnershipConfiguration[]> {
    return this.guard(this.http.get<PartnershipConfiguration[]>(this.at(tenant, `/configurations/${fiscalYear}/versions`)));
  }

  /** Saves a new version (422 RULE_SET_INVALID lists every problem by JSON path). */
  saveConfiguration(tenant: string, fiscalYear: number, body: SaveConfigurationBody): Observable<PartnershipConfiguration> {
    return this.guard(this.http.put<PartnershipConfiguration>(this.at(tenant, `/configurations/${fiscalYear}`), body));
  }

  /** The requirements and rules being edited against a company that applied (nothing saved; 422 RULE_SET_INVALID). */
  configurationPreview(tenant: string, body: ConfigurationPreviewRequest): Observable<ConfigurationPreview> {
    return this.guard(this.http.post<ConfigurationPreview>(this.at(tenant, '/configuration-preview'), body));
  }

  applications(tenant: string, query: ApplicationQuery = {}): Observable<Page<ApplicationSummary>> {
    return this.guard(
      this.http.get<Page<ApplicationSummary>>(this.at(tenant, '/applications'), { params: toHttpParams(query) }),
    );
  }

  application(tenant: string, id: string): Observable<Application> {
    return this.guard(this.http.get<Application>(this.at(tenant, `/applications/${encodeURIComponent(id)}`)));
  }

  /** 409 STALE_VERSION when someone decided meanwhile. */
  decideDocument(tenant: string, id: string, documentId: string, body: DocumentDecisionRequest): Observable<Application> {
    return this.guard(
      this.http.post<Application>(
        this.at(tenant, `/applications/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}/decision`),
        body,
      ),
    );
  }

  /** The URL of a document's file (fetch it with the session's token). */
  documentFileUrl(tenant: string, id: string, documentId: string): string {
    return this.at(tenant, `/applications/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}/file`);
  }

  recordFactualVisit(tenant: string, id: string, body: FactualVisitRequest): Observable<Application> {
    return this.guard(this.http.post<Application>(this.at(tenant, `/applications/${encodeURIComponent(id)}/factual-visit`), body));
  }

  tier(tenant: string, id: string, version: number): Observable<Application> {
    return this.guard(this.http.post<Application>(this.at(tenant, `/applications/${encodeURIComponent(id)}/tiering`), { version }));
  }

  answerObjection(tenant: string, objectionId: string, body: ObjectionAnswerRequest): Observable<Application> {
    return this.guard(this.http.post<Application>(this.at(tenant, `/objections/${encodeURIComponent(objectionId)}/answer`), body));
  }

  /** 422 WINDOW_CLOSED outside the window, 409 INVALID_TRANSITION with details. */
  announce(tenant: string, body: AnnouncementRequest): Observable<Announcement> {
    return this.guard(this.http.post<Announcement>(this.at(tenant, '/announcements'), body));
  }

  /** What has been announced for the year (initial, final), oldest first. */
  announcements(tenant: string, fiscalYear: number): Observable<Announcement[]> {
    return this.guard(this.http.get<Announcement[]>(this.at(tenant, '/announcements'), { params: toHttpParams({ fiscalYear }) }));
  }

  createAgreement(tenant: string, body: CreateAgreementRequest): Observable<Agreement> {
    return this.guard(this.http.post<Agreement>(this.at(tenant, '/agreements'), body));
  }

  agreements(tenant: string, query: AgreementQuery = {}): Observable<Page<Agreement>> {
    return this.guard(this.http.get<Page<Agreement>>(this.at(tenant, '/agreements'), { params: toHttpParams(query) }));
  }

  agreementPdfUrl(tenant: string, id: string): string {
    return this.at(tenant, `/agreements/${encodeURIComponent(id)}/pdf`);
  }

  /** The tenant's outlet blocks, newest first. */
  outletBlocks(tenant: string, query: OutletBlockQuery = {}): Observable<Page<OutletBlock>> {
    return this.guard(this.http.get<Page<OutletBlock>>(this.at(tenant, '/outlet-blocks'), { params: toHttpParams(query) }));
  }

  blockOutlet(tenant: string, outletId: string, body: CreateOutletBlockRequest): Observable<OutletBlock> {
    return this.guard(this.http.post<OutletBlock>(this.at(tenant, `/outlets/${encodeURIComponent(outletId)}/blocks`), body));
  }

  liftBlock(tenant: string, blockId: string): Observable<OutletBlock> {
    return this.guard(this.http.post<OutletBlock>(this.at(tenant, `/outlet-blocks/${encodeURIComponent(blockId)}/lift`), {}));
  }

  outletHistory(tenant: string, outletId: string): Observable<{ blocks: OutletBlock[]; entries: OutletHistoryEntry[] }> {
    return this.guard(
      this.http.get<{ blocks: OutletBlock[]; entries: OutletHistoryEntry[] }>(this.at(tenant, `/outlets/${encodeURIComponent(outletId)}/history`)),
    );
  }

  packs(tenant: string): Observable<ConfigurationPack[]> {
    return this.guard(this.http.get<ConfigurationPack[]>(this.at(tenant, '/packs')));
  }

  publishPack(tenant: string, body: PublishPackRequest): Observable<ConfigurationPack> {
    return this.guard(this.http.post<ConfigurationPack>(this.at(tenant, '/packs'), body));
  }

  comparePack(tenant: string, packId: string, fiscalYear: number): Observable<PackComparison> {
    return this.guard(
      this.http.get<PackComparison>(this.at(tenant, `/packs/${encodeURIComponent(packId)}/comparison`), {
        params: toHttpParams({ fiscalYear }),
      }),
    );
  }

  adoptPack(tenant: string, packId: string, body: AdoptPackRequest): Observable<PartnershipConfiguration> {
    return this.guard(this.http.post<PartnershipConfiguration>(this.at(tenant, `/packs/${encodeURIComponent(packId)}/adoption`), body));
  }

  /** A file the API serves behind the session's bearer token, as a Blob (for a download link). */
  file(url: string): Observable<Blob> {
    return this.guard(this.http.get(url, { responseType: 'blob' }));
  }

  private at(tenant: string, path: string): string {
    return `${this.config.baseUrl}/t/${encodeURIComponent(tenant)}${path}`;
  }

  private guard<T>(request: Observable<T>): Observable<T> {
    return request.pipe(catchError((error: unknown) => throwError(() => toApiError(error, this.config.fallbackMessages))));
  }
}

import { HttpClient, HttpEventType, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Application,
  DossierDocument,
  DossierUploadFields,
  MediaCompanyDossier,
  MediaCompanyProfile,
  MediaMe,
  MediaOutlet,
  MediaOutletRequest,
  MediaPerson,
  MediaPersonRequest,
  MediaRegistrationRequest,
  MediaRole,
  MediaTenantView,
  PublicCall,
  PublicTenantPage,
  SubmitApplicationRequest,
  UpdateMediaCompanyRequest,
} from '@sinergi/contracts';
import { type Observable, catchError, filter, from, map, switchMap, throwError } from 'rxjs';
import { API_CLIENT_CONFIG } from './api-client.config';
import { ApiError, isErrorResponse, toApiError } from './api-error';
import { anonymousRequest } from './http-context';

/** An upload in flight: progress in percent (null when the size is unknown), then the stored document. */
export type UploadProgress =
  | { kind: 'progress'; percent: number | null }
  | { kind: 'done'; document: DossierDocument };

/**
 * A person with an account in a press company's team (GET /api/media/companies/:id/members; the
 * contracts lib has no type for it yet, the server's `CompanyMember` is this shape).
 */
export type CompanyColleague = { userId: string; email: string; name: string; roles: MediaRole[]; invited: boolean };
export type InviteColleagueRequest = { email: string; name: string; role: MediaRole };

/** A downloaded file: its bytes and the name the server gave it. */
export type DownloadedFile = { blob: Blob; fileName: string };

/** The media portal's API: registration, the company dossier, and the company's side of each tenant. */
@Injectable({ providedIn: 'root' })
export class MediaApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(API_CLIENT_CONFIG);

  /** Signs up a person and their press company; a confirmation mail follows. */
  register(body: MediaRegistrationRequest): Observable<MediaMe> {
    return this.guard(this.http.post<MediaMe>(this.url('/media/register'), body, { context: anonymousRequest() }));
  }

  /** The link of the confirmation mail (404/410 when unknown or used). */
  confirmEmail(token: string): Observable<void> {
    return this.guard(
      this.http
        .post<null>(this.url('/media/confirm-email'), { token }, { context: anonymousRequest() })
        .pipe(map(() => undefined)),
    );
  }

  /** Regions with a call for media partners in the year (public: what regions publish). */
  publicCalls(fiscalYear: number): Observable<PublicCall[]> {
    return this.guard(this.http.get<PublicCall[]>(this.url(`/public/calls?fiscalYear=${fiscalYear}`), { context: anonymousRequest() }));
  }

  /** A region's public page (partners, and spending when published); 404 when the region publishes none. */
  publicPage(tenant: string, fiscalYear: number): Observable<PublicTenantPage> {
    return this.guard(this.http.get<PublicTenantPage>(this.url(`/public/t/${enc(tenant)}/page?fiscalYear=${fiscalYear}`), { context: anonymousRequest() }));
  }

  me(): Observable<MediaMe> {
    return this.guard(this.http.get<MediaMe>(this.url('/media/me')));
  }

  /** The company's team (404 for a company the caller is not in). */
  colleagues(companyId: string): Observable<CompanyColleague[]> {
    return this.guard(this.http.get<CompanyColleague[]>(this.company(companyId, '/members')));
  }

  /** Owners invite a colleague by mail (403 FORBIDDEN for editors, 409 ALREADY_A_MEMBER). */
  inviteColleague(companyId: string, body: InviteColleagueRequest): Observable<CompanyColleague> {
    return this.guard(this.http.post<CompanyColleague>(this.company(companyId, '/members'), body));
  }

  dossier(companyId: string): Observable<MediaCompanyDossier> {
    return this.guard(this.http.get<MediaCompanyDossier>(this.company(companyId)));
  }

  /** 409 STALE_VERSION when someone saved meanwhile. */
  updateProfile(companyId: string, body: UpdateMediaCompanyRequest): Observable<MediaCompanyProfile> {
    return this.guard(this.http.patch<MediaCompanyProfile>(this.company(companyId), body));
  }

  addPerson(companyId: string, body: MediaPersonRequest): Observable<MediaPerson> {
    return this.guard(this.http.post<MediaPerson>(this.company(companyId, '/people'), body));
  }

  updatePerson(companyId: string, personId: string, body: MediaPersonRequest): Observable<MediaPerson> {
    return this.guard(this.http.patch<MediaPerson>(this.company(companyId, `/people/${enc(personId)}`), body));
  }

  removePerson(companyId: string, personId: string): Observable<void> {
    return this.guard(
      this.http.delete<null>(this.company(companyId, `/people/${enc(personId)}`)).pipe(map(() => undefined)),
    );
  }

  addOutlet(companyId: string, body: MediaOutletRequest): Observable<MediaOutlet> {
    return this.guard(this.http.post<MediaOutlet>(this.company(companyId, '/outlets'), body));
  }

  updateOutlet(companyId: string, outletId: string, body: MediaOutletRequest): Observable<MediaOutlet> {
    return this.guard(this.http.patch<MediaOutlet>(this.company(companyId, `/outlets/${enc(outletId)}`), body));
  }

  /** Uploads a dossier document (a new version when the company already has one of that type). */
  uploadDocument(companyId: string, fields: DossierUploadFields, file: Blob, fileName: string): Observable<UploadProgress> {
    return this.upload(this.company(companyId, '/documents'), { ...fields }, file, fileName);
  }

  /** A new version of an existing document; the old versions are kept. */
  uploadVersion(
    companyId: string,
    documentId: string,
    fields: Omit<DossierUploadFields, 'documentType' | 'outletId'>,
    file: Blob,
    fileName: string,
  ): Observable<UploadProgress> {
    return this.upload(this.company(companyId, `/documents/${enc(documentId)}/versions`), { ...fields }, file, fileName);
  }

  downloadVersion(companyId: string, documentId: string, versionId: string): Observable<DownloadedFile> {
    return this.download(this.company(companyId, `/documents/${enc(documentId)}/versions/${enc(versionId)}/file`));
  }

  /** What the tenant requires for the year and, per outlet, what the rules say and what is missing. */
  tenantView(tenant: string, companyId: string, fiscalYear: number): Observable<MediaTenantView> {
    return this.guard(
      this.http.get<MediaTenantView>(this.inTenant(tenant, companyId), { params: { fiscalYear: String(fiscalYear) } }),
    );
  }

  /** One application per outlet (422 WINDOW_CLOSED, APPLICATION_INCOMPLETE; 409 CONFLICT when applied). */
  apply(tenant: string, companyId: string, body: SubmitApplicationRequest): Observable<Application[]> {
    return this.guard(this.http.post<Application[]>(this.inTenant(tenant, companyId, '/applications'), body));
  }

  applications(tenant: string, companyId: string): Observable<Application[]> {
    return this.guard(this.http.get<Application[]>(this.inTenant(tenant, companyId, '/applications')));
  }

  application(tenant: string, companyId: string, id: string): Observable<Application> {
    return this.guard(this.http.get<Application>(this.inTenant(tenant, companyId, `/applications/${enc(id)}`)));
  }

  /** Answers a rejected document with a newer version of it (uploaded first). */
  resubmit(tenant: string, companyId: string, applicationId: string, documentId: string, versionId: string): Observable<Application> {
    const path = `/applications/${enc(applicationId)}/documents/${enc(documentId)}/resubmission`;
    return this.guard(this.http.post<Application>(this.inTenant(tenant, companyId, path), { versionId }));
  }

  object(tenant: string, companyId: string, applicationId: string, text: string): Observable<Application> {
    const path = `/applications/${enc(applicationId)}/objections`;
    return this.guard(this.http.post<Application>(this.inTenant(tenant, companyId, path), { text }));
  }

  agreementPdf(tenant: string, companyId: string, agreementId: string): Observable<DownloadedFile> {
    return this.download(this.inTenant(tenant, companyId, `/agreements/${enc(agreementId)}/pdf`));
  }

  private upload(url: string, fields: Record<string, string | undefined>, file: Blob, fileName: string): Observable<UploadProgress> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) if (value) form.set(name, value);
    form.set('file', file, fileName);
    return this.guard(
      this.http.post<DossierDocument>(url, form, { reportProgress: true, observe: 'events' }).pipe(
        filter((event: HttpEvent<DossierDocument>) =>
          event.type === HttpEventType.UploadProgress || event.type === HttpEventType.Response,
        ),
        map((event): UploadProgress => {
          if (event.type === HttpEventType.Response) return { kind: 'done', document: event.body as DossierDocument };
          const progress = event as { loaded: number; total?: number };
          return { kind: 'progress', percent: progress.total ? Math.round((100 * progress.loaded) / progress.total) : null };
        }),
      ),
    );
  }

  private download(url: string): Observable<DownloadedFile> {
    return this.http.get(url, { responseType: 'blob', observe: 'response' }).pipe(
      map((response) => ({
        blob: response.body ?? new Blob([]),
        fileName: fileNameOf(response.headers.get('content-disposition')) ?? 'dokumen',
      })),
      catchError((error: unknown) => from(blobErrorToApiError(error, toApiError(error, this.config.fallbackMessages)))),
      switchMap((result) => (result instanceof ApiError ? throwError(() => result) : [result])),
    );
  }

  private company(companyId: string, path = ''): string {
    return this.url(`/media/companies/${enc(companyId)}${path}`);
  }

  private inTenant(tenant: string, companyId: string, path = ''): string {
    return this.url(`/t/${enc(tenant)}/media/${enc(companyId)}${path}`);
  }

  private url(path: string): string {
    return `${this.config.baseUrl}${path}`;
  }

  private guard<T>(request: Observable<T>): Observable<T> {
    return request.pipe(catchError((error: unknown) => throwError(() => toApiError(error, this.config.fallbackMessages))));
  }
}

function enc(value: string): string {
  return encodeURIComponent(value);
}

/** `attachment; filename="npwp.pdf"` → `npwp.pdf`. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}

/** A failed blob request carries its JSON error as a Blob: read it so the server's message shows. */
async function blobErrorToApiError(error: unknown, fallback: ApiError): Promise<ApiError> {
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

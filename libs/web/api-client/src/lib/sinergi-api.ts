import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcceptInvitationRequest,
  AuditEntry,
  AuditQuery,
  AuditVerification,
  CreateDelegationRequest,
  CreateTenantRequest,
  CreateTenantResponse,
  Delegation,
  FleetMigrationRun,
  HealthResponse,
  InvitationPreview,
  InviteMemberRequest,
  LoginRequest,
  LoginResponse,
  MemberQuery,
  Page,
  PlatformQueuesResponse,
  Region,
  RegionQuery,
  Tenant,
  TenantMe,
  TenantMember,
  TenantProfile,
  TenantQuery,
  TenantRoleDefinition,
  TenantStatus,
  UpdateMemberRequest,
  UpdateTenantProfileRequest,
  UpdateTenantRequest,
} from '@sinergi/contracts';
import { type Observable, catchError, map, of, tap, throwError } from 'rxjs';
import { API_CLIENT_CONFIG } from './api-client.config';
import { toApiError } from './api-error';
import { AuthStore } from './auth.store';
import { anonymousRequest, noRefreshRequest } from './http-context';
import { toHttpParams } from './query-params';


/** Typed access to the Sinergi HTTP API. Every failure arrives as an `ApiError`. */
@Injectable({ providedIn: 'root' })
export class SinergiApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(API_CLIENT_CONFIG);
  private readonly auth = inject(AuthStore);

  login(body: LoginRequest): Observable<LoginResponse> {
    return this.guard(
      this.http.post<LoginResponse>(this.url('/auth/login'), body, { context: anonymousRequest() }),
    );
  }

  /** Revokes the session on the server; the caller clears the local session either way. */
  logout(): Observable<void> {
    return this.guard(
      this.http
        .post<null>(this.url('/auth/logout'), null, { context: noRefreshRequest() })
        .pipe(map(() => undefined)),
    );
  }

  /** What an invitation link is for (public; 404/410/409 when unknown, expired or used). */
  invitation(token: string): Observable<InvitationPreview> {
    return this.guard(
      this.http.get<InvitationPreview>(this.url(`/auth/invitations/${encodeURIComponent(token)}`), {
        context: anonymousRequest(),
      }),
    );
  }

  /**
   * Accepts an invitation and, on success, starts the session exactly as a login does
   * (`AuthStore.start`), replacing any session of this tab.
   */
  acceptInvitation(body: AcceptInvitationRequest): Observable<LoginResponse> {
    return this.guard(
      this.http.post<LoginResponse>(this.url('/auth/invitations/accept'), body, { context: anonymousRequest() }),
    ).pipe(tap((session) => this.auth.start(session)));
  }

  /** The health report, also when the API answers 503 with a dependency marked `down`. */
  health(): Observable<HealthResponse> {
    return this.http.get<HealthResponse>(this.url('/health'), { context: anonymousRequest() }).pipe(
      catchError((error: unknown) => {
        const apiError = toApiError(error, this.config.fallbackMessages);
        return isHealthResponse(apiError.body) ? of(apiError.body) : throwError(() => apiError);
      }),
    );
  }

  regions(query: RegionQuery = {}): Observable<Page<Region>> {
    return this.guard(
      this.http.get<Page<Region>>(this.url('/platform/regions'), { params: toHttpParams(query) }),
    );
  }

  tenants(query: TenantQuery = {}): Observable<Page<Tenant>> {
    return this.guard(
      this.http.get<Page<Tenant>>(this.url('/platform/tenants'), { params: toHttpParams(query) }),
    );
  }

  tenant(slug: string): Observable<Tenant> {
    return this.guard(this.http.get<Tenant>(this.tenantUrl(slug)));
  }

  createTenant(body: CreateTenantRequest): Observable<CreateTenantResponse> {
    return this.guard(this.http.post<CreateTenantResponse>(this.url('/platform/tenants'), body));
  }

  updateTenantStatus(slug: string, status: TenantStatus): Observable<Tenant> {
    const body: UpdateTenantRequest = { status };
    return this.guard(this.http.patch<Tenant>(this.tenantUrl(slug), body));
  }

  /** The latest fleet migration runs, newest first, with their per-tenant results. */
  migrationRuns(): Observable<FleetMigrationRun[]> {
    return this.guard(this.http.get<FleetMigrationRun[]>(this.url('/platform/migrations')));
  }

  /** Queues a fleet migration for the worker (503 DEPENDENCY_DOWN when Redis does not answer). */
  startFleetMigration(concurrency?: number): Observable<{ jobId: string }> {
    const body = concurrency === undefined ? {} : { concurrency };
    return this.guard(this.http.post<{ jobId: string }>(this.url('/platform/migrations'), body));
  }

  /** The background queues: counts per state and recent failures (read-only). */
  queues(): Observable<PlatformQueuesResponse> {
    return this.guard(this.http.get<PlatformQueuesResponse>(this.url('/platform/queues')));
  }

  /** Who the caller is in a tenant: roles and the CASL rules the UI hides actions by. */
  tenantMe(tenant: string): Observable<TenantMe> {
    return this.guard(this.http.get<TenantMe>(this.inTenant(tenant, '/me')));
  }

  members(tenant: string, query: MemberQuery = {}): Observable<Page<TenantMember>> {
    return this.guard(
      this.http.get<Page<TenantMember>>(this.inTenant(tenant, '/members'), { params: toHttpParams(query) }),
    );
  }

  /** Adds a staff member and mails them an invitation (409 ALREADY_A_MEMBER, 400 ROLE_NOT_FOUND). */
  inviteMember(tenant: string, body: InviteMemberRequest): Observable<TenantMember> {
    return this.guard(this.http.post<TenantMember>(this.inTenant(tenant, '/members'), body));
  }

  /** Replaces a member's roles (422 LAST_ADMIN). */
  updateMember(tenant: string, userId: string, body: UpdateMemberRequest): Observable<TenantMember> {
    return this.guard(
      this.http.patch<TenantMember>(this.inTenant(tenant, `/members/${encodeURIComponent(userId)}`), body),
    );
  }

  /** Removes a member from the tenant (422 LAST_ADMIN). */
  removeMember(tenant: string, userId: string): Observable<void> {
    return this.guard(
      this.http
        .delete<null>(this.inTenant(tenant, `/members/${encodeURIComponent(userId)}`))
        .pipe(map(() => undefined)),
    );
  }

  tenantRoles(tenant: string): Observable<TenantRoleDefinition[]> {
    return this.guard(this.http.get<TenantRoleDefinition[]>(this.inTenant(tenant, '/roles')));
  }

  /** A role of the region's own (422 when its name is taken or a permission is unknown). */
  createRole(tenant: string, body: RoleRequest): Observable<TenantRoleDefinition> {
    return this.guard(this.http.post<TenantRoleDefinition>(this.inTenant(tenant, '/roles'), body));
  }

  /** Label, permissions and second factor of a role of the region's own (built-in roles stay as they are). */
  updateRole(tenant: string, name: string, body: Omit<RoleRequest, 'name'>): Observable<TenantRoleDefinition> {
    const { label, permissions, requiresTotp } = body;
    return this.guard(this.http.patch<TenantRoleDefinition>(this.inTenant(tenant, `/roles/${encodeURIComponent(name)}`), { label, permissions, requiresTotp }));
  }

  removeRole(tenant: string, name: string): Observable<void> {
    return this.guard(this.http.delete<null>(this.inTenant(tenant, `/roles/${encodeURIComponent(name)}`)).pipe(map(() => undefined)));
  }

  /** The region's own details (owning unit, legal basis, contacts) and what it publishes. */
  tenantProfile(tenant: string): Observable<TenantProfile> {
    return this.guard(this.http.get<TenantProfile>(this.inTenant(tenant, '/profile')));
  }

  /** 400 VALIDATION_FAILED when the spending is published without the public page. */
  updateTenantProfile(tenant: string, body: UpdateTenantProfileRequest): Observable<TenantProfile> {
    return this.guard(this.http.patch<TenantProfile>(this.inTenant(tenant, '/profile'), body));
  }

  /** Plt./Plh.: who holds whose role, when (newest first). */
  delegations(tenant: string): Observable<Delegation[]> {
    return this.guard(this.http.get<Delegation[]>(this.inTenant(tenant, '/delegations')));
  }

  /** 422 DELEGATION_INVALID when the dates or the people do not fit (the delegator must hold the role). */
  createDelegation(tenant: string, body: CreateDelegationRequest): Observable<Delegation> {
    return this.guard(this.http.post<Delegation>(this.inTenant(tenant, '/delegations'), body));
  }

  revokeDelegation(tenant: string, id: string): Observable<void> {
    return this.guard(this.http.delete<null>(this.inTenant(tenant, `/delegations/${encodeURIComponent(id)}`)).pipe(map(() => undefined)));
  }

  audit(tenant: string, query: AuditQuery = {}): Observable<Page<AuditEntry>> {
    return this.guard(
      this.http.get<Page<AuditEntry>>(this.inTenant(tenant, '/audit'), { params: toHttpParams(query) }),
    );
  }

  /** Recomputes the hash chain of the tenant's audit trail. */
  verifyAudit(tenant: string): Observable<AuditVerification> {
    return this.guard(this.http.get<AuditVerification>(this.inTenant(tenant, '/audit/verification')));
  }

  private inTenant(tenant: string, path: string): string {
    return this.url(`/t/${encodeURIComponent(tenant)}${path}`);
  }

  private url(path: string): string {
    return `${this.config.baseUrl}${path}`;
  }

  private tenantUrl(slug: string): string {
    return this.url(`/platform/tenants/${encodeURIComponent(slug)}`);
  }

  /** The interceptor already maps HTTP failures; this catches anything that slipped past it. */
  private guard<T>(request: Observable<T>): Observable<T> {
    return request.pipe(
      catchError((error: unknown) =>
        throwError(() => toApiError(error, this.config.fallbackMessages)),
      ),
    );
  }
}

/** What defines a role of the region's own (POST /roles; PATCH takes all but the name). */
export type RoleRequest = Pick<TenantRoleDefinition, 'name' | 'label' | 'permissions' | 'requiresTotp'>;

function isHealthResponse(body: unknown): body is HealthResponse {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate['status'] === 'string' && typeof candidate['checks'] === 'object';
}

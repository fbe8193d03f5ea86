import { subject as asSubject } from '@casl/ability';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { MediaAction, MediaSubject, TenantAction, TenantSubject } from '@sinergi/contracts';
import {
  ANY_MEMBER,
  AppException,
  Caller,
  IS_PUBLIC,
  MEDIA_COMPANY_ROUTE,
  MEDIA_REQUIRED_ABILITY,
  REQUIRED_ABILITY,
  RouteMetadata,
  SinergiRequest,
  TenantRequestContext,
} from '@sinergi/server/core';
import { MembershipService } from '../memberships/membership.service';
import { cachedMediaAbility } from './ability.factory';
import { RoleCatalogue, TenantRoles } from './role-catalogue.service';

/**
 * Last global guard: on a tenant route, builds the caller's CASL rules from their roles and checks
 * the handler's @Can. A tenant handler that declares neither @Can nor @AnyMember is refused, so
 * forgetting the check closes a route instead of opening it. A press company's route
 * (@ForMediaCompany) is checked the same way against the caller's company memberships (@MediaCan).
 */
@Injectable()
export class AbilityGuard implements CanActivate {
  private readonly route: RouteMetadata;

  constructor(
    reflector: Reflector,
    private readonly roles: RoleCatalogue,
    private readonly memberships: MembershipService,
  ) {
    this.route = new RouteMetadata(reflector);
  }

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<SinergiRequest>();
    if (this.route.has(MEDIA_COMPANY_ROUTE, context)) return this.canActivateForCompany(context, request);
    const tenant = request.tenant;
    if (!tenant) return true;
    if (this.route.has(IS_PUBLIC, context)) return true;
    // The tenant's roles are nearly always cached, and then the check answers without waiting.
    const catalogue = this.roles.cached(tenant.handle);
    if (catalogue) return this.check(context, tenant, request.caller, catalogue);
    return this.roles.of(tenant.handle).then((loaded) => this.check(context, tenant, request.caller, loaded));
  }

  private check(context: ExecutionContext, tenant: TenantRequestContext, caller: Caller | undefined, catalogue: TenantRoles): true {
    // Roles delegated to the caller today (Plt./Plh.) count too; the audit trail then names the delegator.
    const delegated = caller ? catalogue.delegationsTo(caller.userId) : [];
    const own = catalogue.accessOf(tenant.roles);
    const effective = delegated.length ? catalogue.accessOf([...new Set([...tenant.roles, ...delegated.map((d) => d.role)])]) : own;
    tenant.abilities = effective.rules;
    if (!caller?.mfa && effective.requiresSecondFactor) throw new AppException('SECOND_FACTOR_REQUIRED');
    if (this.route.has(ANY_MEMBER, context)) return true;
    const required = this.route.get<{ action: TenantAction; subject: TenantSubject }>(REQUIRED_ABILITY, context);
    if (!required || !effective.ability.can(required.action, required.subject)) throw new AppException('FORBIDDEN');
    if (!own.ability.can(required.action, required.subject)) {
      const through = delegated.find((delegation) => catalogue.accessOf([delegation.role]).ability.can(required.action, required.subject));
      if (through) tenant.onBehalfOf = { id: through.fromUserId, name: through.fromName };
    }
    return true;
  }

  /** A press company's route: CASL over the caller's memberships, bound to the company of the path. */
  private async canActivateForCompany(context: ExecutionContext, request: SinergiRequest): Promise<boolean> {
    const caller = request.caller;
    if (!caller) throw new AppException('UNAUTHENTICATED');
    const companyId = request.params?.['companyId'];
    // In a tenant, the access guard has already found the caller's membership of this company.
    const memberships = request.media
      ? [request.media]
      : (await this.memberships.mediaMembershipsOf(caller.userId)).map((m) => ({ companyId: m.companyId, roles: m.roles }));
    const { ability } = cachedMediaAbility(memberships);
    if (typeof companyId !== 'string' || !ability.can('read', asSubject('MediaCompany', { id: companyId }))) {
      throw new AppException('MEMBER_NOT_FOUND', { en: 'There is no such company.', id: 'Perusahaan tidak ditemukan.' });
    }
    const membership = memberships.find((m) => m.companyId === companyId)!;
    // The handlers check loaded rows against the ability of this company alone.
    const own = cachedMediaAbility([membership]);
    request.media = { companyId, roles: membership.roles, abilities: own.rules };
    const required = this.route.get<{ action: MediaAction; subject: MediaSubject }>(MEDIA_REQUIRED_ABILITY, context);
    const target = required?.subject === 'MediaCompany' ? { id: companyId } : { companyId };
    if (!required || !own.ability.can(required.action, asSubject(required.subject, target))) throw new AppException('FORBIDDEN');
    return true;
  }
}

import { subject as asSubject } from '@casl/ability';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { MediaAction, MediaSubject, TenantAction, TenantSubject } from '@sinergi/contracts';
import { ANY_MEMBER, AppException, IS_PUBLIC, MEDIA_COMPANY_ROUTE, MEDIA_REQUIRED_ABILITY, REQUIRED_ABILITY, SinergiRequest } from '@sinergi/server/core';
import { MembershipService } from '../memberships/membership.service';
import { cachedMediaAbility } from './ability.factory';
import { RoleCatalogue } from './role-catalogue.service';

/**
 * Last global guard: on a tenant route, builds the caller's CASL rules from their roles and checks
 * the handler's @Can. A tenant handler that declares neither @Can nor @AnyMember is refused, so
 * forgetting the check closes a route instead of opening it. A press company's route
 * (@ForMediaCompany) is checked the same way against the caller's company memberships (@MediaCan).
 */
@Injectable()
export class AbilityGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly roles: RoleCatalogue,
    private readonly memberships: MembershipService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<SinergiRequest>();
    if (this.reflector.getAllAndOverride<boolean>(MEDIA_COMPANY_ROUTE, [context.getHandler(), context.getClass()])) {
      return this.canActivateForCompany(context, request);
    }
    const tenant = request.tenant;
    if (!tenant) return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const caller = request.caller;
    // Roles delegated to the caller today (Plt./Plh.) count too; the audit trail then names the delegator.
    const delegated = caller ? await this.roles.delegationsTo(tenant.handle, caller.userId) : [];
    const effectiveRoles = [...new Set([...tenant.roles, ...delegated.map((d) => d.role)])];
    const own = await this.roles.abilityOf(tenant.handle, tenant.roles);
    const effective = delegated.length ? await this.roles.abilityOf(tenant.handle, effectiveRoles) : own;
    tenant.abilities = effective.rules;
    if (!caller?.mfa && (await this.roles.requiresSecondFactor(tenant.handle, effectiveRoles))) {
      throw new AppException('SECOND_FACTOR_REQUIRED');
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(ANY_MEMBER, targets)) return true;
    const required = this.reflector.getAllAndOverride<{ action: TenantAction; subject: TenantSubject } | undefined>(
      REQUIRED_ABILITY,
      targets,
    );
    if (!required || !effective.ability.can(required.action, required.subject)) throw new AppException('FORBIDDEN');
    if (!own.ability.can(required.action, required.subject)) {
      for (const delegation of delegated) {
        const through = await this.roles.abilityOf(tenant.handle, [delegation.role]);
        if (through.ability.can(required.action, required.subject)) {
          tenant.onBehalfOf = { id: delegation.fromUserId, name: delegation.fromName };
          break;
        }
      }
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
    const required = this.reflector.getAllAndOverride<{ action: MediaAction; subject: MediaSubject } | undefined>(MEDIA_REQUIRED_ABILITY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const target = required?.subject === 'MediaCompany' ? { id: companyId } : { companyId };
    if (!required || !own.ability.can(required.action, asSubject(required.subject, target))) throw new AppException('FORBIDDEN');
    return true;
  }
}

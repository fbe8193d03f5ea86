import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { TenantAction, TenantSubject } from '@sinergi/contracts';
import { ANY_MEMBER, AppException, IS_PUBLIC, REQUIRED_ABILITY, SinergiRequest } from '@sinergi/server/core';
import { RoleCatalogue } from './role-catalogue.service';

/**
 * Last global guard: on a tenant route, builds the caller's CASL rules from their roles and checks
 * the handler's @Can. A tenant handler that declares neither @Can nor @AnyMember is refused, so
 * forgetting the check closes a route instead of opening it.
 */
@Injectable()
export class AbilityGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly roles: RoleCatalogue,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<SinergiRequest>();
    const tenant = request.tenant;
    if (!tenant) return true;
    // A press company's route: the access guard admitted a member of that company, and the handler
    // reads and writes only that company's rows (its id comes from the path the guard checked).
    if (request.media) return true;
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
}

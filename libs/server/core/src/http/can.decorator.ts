import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import type { TenantAction, TenantSubject } from '@sinergi/contracts';

export const REQUIRED_ABILITY = 'sinergi:requiredAbility';
export const ANY_MEMBER = 'sinergi:anyMember';

/** A tenant handler's permission: checked with CASL before it runs. */
export const Can = (action: TenantAction, subject: TenantSubject): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(REQUIRED_ABILITY, { action, subject }),
    ApiForbiddenResponse({ description: `Needs ${action} on ${subject}` }),
  );

/** A tenant handler open to every member (e.g. /me). Every other tenant handler must say @Can. */
export const AnyMember = (): MethodDecorator & ClassDecorator => SetMetadata(ANY_MEMBER, true);

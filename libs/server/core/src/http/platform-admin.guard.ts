import { CanActivate, ExecutionContext, Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse } from '@nestjs/swagger';
import { PlatformRole } from '@sinergi/contracts';
import { AppException } from '../errors/app.exception';
import type { SinergiRequest } from './request-context';

const PLATFORM_ADMIN: PlatformRole = 'platform-admin';

@Injectable()
export class PlatformAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const caller = context.switchToHttp().getRequest<SinergiRequest>().caller;
    if (!caller) throw new AppException('UNAUTHENTICATED');
    if (!caller.platformRoles.includes(PLATFORM_ADMIN)) throw new AppException('PLATFORM_ADMIN_REQUIRED');
    return true;
  }
}

/** For platform routes: only platform admins pass. */
export const PlatformAdminOnly = (): ClassDecorator & MethodDecorator =>
  applyDecorators(
    UseGuards(PlatformAdminGuard),
    ApiBearerAuth(),
    ApiForbiddenResponse({ description: 'PLATFORM_ADMIN_REQUIRED' }),
  );

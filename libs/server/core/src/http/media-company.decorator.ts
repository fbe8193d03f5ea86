import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import type { MediaAction, MediaSubject } from '@sinergi/contracts';
import { AppException } from '../errors/app.exception';
import type { MediaCompanyContext, SinergiRequest } from './request-context';

export const MEDIA_COMPANY_ROUTE = 'sinergi:mediaCompanyRoute';
export const MEDIA_REQUIRED_ABILITY = 'sinergi:mediaRequiredAbility';

/**
 * A route for a press company's people, not a tenant's staff: `/api/media/companies/:companyId/...`
 * or, in a tenant, `/api/t/:tenant/media/:companyId/...`. The guards admit a member of `:companyId`
 * (anyone else gets 404, as if the company did not exist) and check the handler's @MediaCan with
 * CASL instead of tenant roles. In a tenant, the unit of work is the same as for staff.
 */
export const ForMediaCompany = (): MethodDecorator & ClassDecorator => SetMetadata(MEDIA_COMPANY_ROUTE, true);

/** A media handler's permission in the company of the path; a media handler without one is refused. */
export const MediaCan = (action: MediaAction, subject: MediaSubject): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(MEDIA_REQUIRED_ABILITY, { action, subject }),
    ApiForbiddenResponse({ description: `Needs ${action} on ${subject} in the company` }),
  );

/** The company a `@ForMediaCompany()` route acts for (set by the guards). */
export const CurrentMediaCompany = createParamDecorator((_: unknown, context: ExecutionContext): MediaCompanyContext => {
  const media = context.switchToHttp().getRequest<SinergiRequest>().media;
  if (!media) throw new AppException('TENANT_CONTEXT_MISSING');
  return media;
});

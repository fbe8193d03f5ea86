import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { AppException } from '../errors/app.exception';
import type { MediaCompanyContext, SinergiRequest } from './request-context';

export const MEDIA_COMPANY_ROUTE = 'sinergi:mediaCompanyRoute';

/**
 * A tenant route for a press company's people, not the tenant's staff (`/api/t/:tenant/media/:companyId/...`):
 * the tenant guards admit a member of `:companyId` (anyone else gets 404, as if the company did not
 * exist) instead of checking tenant roles. The tenant unit of work is the same as for staff.
 */
export const ForMediaCompany = (): MethodDecorator & ClassDecorator => SetMetadata(MEDIA_COMPANY_ROUTE, true);

/** The company a `@ForMediaCompany()` route acts for (set by the tenant access guard). */
export const CurrentMediaCompany = createParamDecorator((_: unknown, context: ExecutionContext): MediaCompanyContext => {
  const media = context.switchToHttp().getRequest<SinergiRequest>().media;
  if (!media) throw new AppException('TENANT_CONTEXT_MISSING');
  return media;
});

import { SetMetadata } from '@nestjs/common';

export const WITHOUT_TENANT_TRANSACTION = 'sinergi:withoutTenantTransaction';

/**
 * For a tenant route whose work is on platform-held data of the tenant (memberships,
 * invitations): the guards still resolve the tenant and check the caller, but no tenant
 * transaction is opened, so the handler can run its own platform transaction on one connection.
 */
export const WithoutTenantTransaction = (): MethodDecorator & ClassDecorator => SetMetadata(WITHOUT_TENANT_TRANSACTION, true);

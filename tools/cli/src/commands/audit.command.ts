import { INestApplicationContext } from '@nestjs/common';
import type { AuditVerification } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { AppException } from '@sinergi/server/core';
import { TenantRegistry } from '@sinergi/server/tenancy';

/** `audit verify <tenant-slug|platform>`: recomputes the hash chain; exits 1 when it is broken. */
export async function auditVerifyCommand(context: INestApplicationContext, target: string): Promise<number> {
  const audit = context.get(AuditTrail);
  let result: AuditVerification;
  if (target === 'platform') {
    result = await audit.verifyPlatform();
  } else {
    const tenant = await context.get(TenantRegistry).resolve(target);
    if (!tenant) throw new AppException('TENANT_NOT_FOUND', undefined, [{ field: 'tenant', message: target }]);
    result = await audit.verify(tenant.handle);
  }
  if (result.valid) {
    console.log(`audit trail of ${target}: ${result.entries} entries, chain intact`);
    return 0;
  }
  console.log(`audit trail of ${target}: BROKEN at entry ${result.firstBrokenId} (${result.problem}); ${result.entries} entries read`);
  return 1;
}

import { SetMetadata } from '@nestjs/common';

export const READS_ONLY = 'sinergi:readsOnly';

/**
 * For a tenant route that only reads: its unit of work sends its statements without a transaction
 * held open between them (see TenantDatabase.run's `readOnly`), saving the begin and commit round
 * trips. PostgreSQL refuses any write it would attempt.
 */
export const ReadsOnly = (): MethodDecorator & ClassDecorator => SetMetadata(READS_ONLY, true);

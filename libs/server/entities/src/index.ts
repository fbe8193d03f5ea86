import { AUDIT_ENTITIES } from '@sinergi/server/audit';
import { BILLING_ENTITIES } from '@sinergi/server/billing';
import { BUDGET_ENTITIES } from '@sinergi/server/budget';
import { DOCUMENTS_ENTITIES } from '@sinergi/server/documents';
import { IDENTITY_ENTITIES } from '@sinergi/server/identity';
import { MEDIA_ENTITIES } from '@sinergi/server/media';
import { NOTIFICATION_ENTITIES } from '@sinergi/server/notification';
import { PARTNERSHIP_PLATFORM_ENTITIES, PARTNERSHIP_TENANT_ENTITIES } from '@sinergi/server/partnership';
import { PUBLICATION_ENTITIES } from '@sinergi/server/publication';
import { REPORTING_ENTITIES } from '@sinergi/server/reporting';
import { TENANCY_PLATFORM_ENTITIES, TENANCY_TENANT_ENTITIES } from '@sinergi/server/tenancy';
import { WORKFLOW_ENTITIES } from '@sinergi/server/workflow';

/**
 * Every TypeORM entity of the server, platform and tenant alike, for the one DataSource of a
 * process (API, worker, CLI). A new module adds its list here once. (A lib's own tests register
 * just the entities they use: importing this from inside one of these libs would be a cycle.)
 */
export const SERVER_ENTITIES = [
  ...AUDIT_ENTITIES,
  ...MEDIA_ENTITIES,
  ...PARTNERSHIP_PLATFORM_ENTITIES,
  ...PARTNERSHIP_TENANT_ENTITIES,
  ...DOCUMENTS_ENTITIES,
  ...BUDGET_ENTITIES,
  ...WORKFLOW_ENTITIES,
  ...PUBLICATION_ENTITIES,
  ...BILLING_ENTITIES,
  ...REPORTING_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...TENANCY_PLATFORM_ENTITIES,
  ...TENANCY_TENANT_ENTITIES,
];

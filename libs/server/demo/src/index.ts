export { DEMO_TENANTS, DEMO_PASSWORD, demoAdminEmail } from './demo-tenants';
export type { DemoTenant } from './demo-tenants';
export { seedDemoTenants, ensurePlatformAdmin } from './demo-seeder';
export type { DemoLogin } from './demo-seeder';
export { DEMO_MEDIA, seedDemoPartnerships } from './demo-partnerships';
export { DEMO_PUBLICATION_REGIONS, demoOfficialEmail, seedDemoPublication } from './demo-publication';
export type { DemoPublicationLogin } from './demo-publication';

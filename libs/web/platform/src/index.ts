export { PLATFORM_ROUTES } from './lib/platform.routes';
export { deriveTenantSlug } from './lib/onboarding/derive-slug.util';

// The staff screens of the partnership cycle: configuration, applications, announcements, agreements, packs.
export { PARTNERSHIP_ROUTES } from './lib/partnership.routes';

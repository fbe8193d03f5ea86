export { PUBLIC_ROUTES } from './lib/public.routes';

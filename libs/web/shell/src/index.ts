export { ShellLayoutComponent } from './lib/layout/shell-layout.component';
export {
  authGuard,
  platformAdminGuard,
  anonymousOnlyGuard,
  redirectHome,
  safeReturnUrl,
} from './lib/auth/auth.guards';
export { loadLoginPage, loadWorkspacePage, loadNotFoundPage } from './lib/page-loaders';
export { TranslatedTitleStrategy } from './lib/title/translated-title.strategy';
export { IconComponent, type IconName } from './lib/icons/icon.component';

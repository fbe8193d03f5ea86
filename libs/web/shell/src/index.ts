export { ShellLayoutComponent } from './lib/layout/shell-layout.component';
export {
  authGuard,
  platformAdminGuard,
  anonymousOnlyGuard,
  redirectHome,
  homeUrl,
  safeReturnUrl,
  mediaMemberGuard,
  MEDIA_HOME,
} from './lib/auth/auth.guards';
export {
  loadLoginPage,
  loadWorkspacePage,
  loadNotFoundPage,
  loadInvitationPage,
  loadTenantRoutes,
} from './lib/page-loaders';
export { TranslatedTitleStrategy } from './lib/title/translated-title.strategy';
export { IconComponent, type IconName } from './lib/icons/icon.component';
export { ROLE_LABEL, KNOWN_ROLES, roleLabel, roleLabels, isKnownRole, type KnownRole } from './lib/roles/role-labels';

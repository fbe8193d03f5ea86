// Small UI pieces shared by the feature libs (platform admin, staff area).
export { ConfirmDialogComponent, confirmFirst, confirmThenRun } from './lib/confirm-dialog.component';
export type { ConfirmDialogData } from './lib/confirm-dialog.component';
export { TypedCellDefDirective } from './lib/typed-cell-def.directive';
export { TranslatedPaginatorIntl, TranslatedStepperIntl } from './lib/translated-material-intl';
export { sortFromParam, sortToParam, type SortState } from './lib/sort-param';
export { TenantAccess, tenantGuard, tenantSlugOf, canWith, type CanCheck } from './lib/tenant-access';
export { paginatedList, loadOnChange, pagingOf, clientPages, listStateFromParams, listStateParams, type PaginatedList, type Paging } from './lib/paginated-list';
export { LoadErrorComponent } from './lib/load-error.component';

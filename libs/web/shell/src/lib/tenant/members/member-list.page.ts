import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { MEMBER_SORTS, type TenantMember, type TenantRoleDefinition } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, SinergiApi, isApiError, loadStates } from '@sinergi/web/api-client';
import { TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { type Observable, catchError, filter, of, switchMap } from 'rxjs';
import { roleLabels } from '../../roles/role-labels';
import { positiveInt } from '../audit-query';
import { roleOptions } from '../role-options';
import { confirmFirst, type ConfirmDialogData, TypedCellDefDirective, sortFromParam, sortToParam, TenantAccess, LoadErrorComponent } from '@sinergi/web/ui';
import { memberActions } from '../tenant-ability';
import { MemberDialogComponent, type MemberDialogData } from './member-dialog.component';

const DEFAULT_PAGE_SIZE = 25;

/** `/t/:tenant/members`: the tenant's staff; invite, change roles, remove (as the abilities allow). */
@Component({
  selector: 'sg-member-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadErrorComponent, MatButtonModule, MatTableModule, MatSortModule, MatPaginatorModule, MatProgressBarModule, TranslatePipe, TypedCellDefDirective],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'members.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'members.lead' | translate }}</p>
      </div>
      @if (actions().invite) {
        <button mat-flat-button type="button" (click)="invite()">{{ 'members.invite' | translate }}</button>
      }
    </header>

    @if (actionError(); as message) {
      <p class="sg-alert sg-alert--error" role="alert">{{ message }}</p>
    }

    @let result = state();
    @if (result.status === 'error') {
      <sg-load-error [error]="result.error" (retry)="reload()" />
    }

    <div class="sg-table-scroll" [attr.aria-busy]="result.status === 'loading'">
      @if (result.status === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <table
        mat-table
        matSort
        [dataSource]="rows()"
        [matSortActive]="sorting().state.active"
        [matSortDirection]="sorting().state.direction"
        (matSortChange)="setSort($event)"
        [attr.aria-label]="'members.tableLabel' | translate"
      >
        <ng-container matColumnDef="name">
          <th
            mat-header-cell
            *matHeaderCellDef
            mat-sort-header
            scope="col"
            [sortActionDescription]="'common.sortBy' | translate: { column: ('members.col.name' | translate) }"
          >
            {{ 'members.col.name' | translate }}
          </th>
          <td mat-cell *matCellDef="let member; dataSource: rows()">
            <div class="name">
              {{ member.name }}
              @if (member.invited) {
                <span class="badge">{{ 'members.invited' | translate }}</span>
              }
            </div>
            <div class="meta">{{ member.email }}</div>
          </td>
        </ng-container>
        <ng-container matColumnDef="roles">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'members.col.roles' | translate }}</th>
          <td mat-cell *matCellDef="let member; dataSource: rows()">{{ labelsOf(member.roles) }}</td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'members.col.actions' | translate }}</th>
          <td mat-cell *matCellDef="let member; dataSource: rows()">
            <div class="row-actions">
              @if (actions().changeRoles) {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="busyId() === member.userId"
                  [attr.aria-label]="'members.changeRolesOf' | translate: { name: member.name }"
                  (click)="changeRoles(member)"
                >
                  {{ 'members.changeRoles' | translate }}
                </button>
              }
              @if (actions().remove) {
                <button
                  mat-stroked-button
                  type="button"
                  class="destructive"
                  [disabled]="busyId() === member.userId"
                  [attr.aria-label]="'members.removeOf' | translate: { name: member.name }"
                  (click)="remove(member)"
                >
                  {{ 'members.remove' | translate }}
                </button>
              }
            </div>
          </td>
        </ng-container>

        <tr mat-header-row *matHeaderRowDef="columns()"></tr>
        <tr mat-row *matRowDef="let row; columns: columns()"></tr>
      </table>

      @if (result.status === 'loaded' && result.value.total === 0) {
        <p class="sg-empty">{{ 'members.empty' | translate }}</p>
      }

      <mat-paginator
        [length]="result.value?.total ?? 0"
        [pageIndex]="query().page - 1"
        [pageSize]="query().pageSize"
        [pageSizeOptions]="[25, 50, 100]"
        (page)="onPage($event)"
      />
    </div>
  `,
  styles: `
    .name { font-weight: 500; }
    .meta { margin-top: 2px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .badge {
      margin-left: 8px;
      padding: 2px 8px;
      border-radius: 8px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .row-actions { display: flex; gap: 8px; white-space: nowrap; }
    .destructive { --mat-button-outlined-label-text-color: var(--mat-sys-error); }
  `,
})
export class MemberListPage {
  /** Query parameters, bound by the router. */
  readonly page = input<string>();
  readonly pageSize = input<string>();
  readonly sort = input<string>();

  private readonly api = inject(SinergiApi);
  private readonly store = inject(TenantAccess);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly reloads = signal(0);

  private readonly tenant = computed(() => this.store.slug());
  protected readonly actions = computed(() => {
    this.store.me();
    return memberActions((action, subject) => this.store.can(action, subject));
  });
  protected readonly columns = computed(() =>
    this.actions().changeRoles || this.actions().remove ? ['name', 'roles', 'actions'] : ['name', 'roles'],
  );
  protected readonly busyId = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected readonly sorting = computed(() => sortFromParam(this.sort(), MEMBER_SORTS));
  protected readonly query = computed(() => ({
    sort: this.sorting().param,
    page: positiveInt(this.page(), 1),
    pageSize: positiveInt(this.pageSize(), DEFAULT_PAGE_SIZE),
  }));
  protected readonly state = toSignal(
    toObservable(computed(() => ({ tenant: this.tenant(), query: this.query(), reload: this.reloads() }))).pipe(
      loadStates(({ tenant, query }) => this.api.members(tenant, query)),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly rows = computed(() => this.state().value?.items ?? []);

  /** The role definitions for the pickers; null (built-in roles) when they cannot be read. */
  private readonly definitions = toSignal(
    toObservable(this.tenant).pipe(
      switchMap((tenant): Observable<TenantRoleDefinition[] | null> =>
        this.store.can('read', 'Role') ? this.api.tenantRoles(tenant).pipe(catchError(() => of(null))) : of(null),
      ),
    ),
    { initialValue: null },
  );

  protected labelsOf(roles: readonly string[]): string {
    return roleLabels(roles, (key) => this.i18n.t(key)).join(', ');
  }

  protected onPage(event: PageEvent): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: event.pageIndex + 1, pageSize: event.pageSize },
      queryParamsHandling: 'merge',
    });
  }

  protected setSort(sort: Sort): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { sort: sortToParam(sort), page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected reload(): void {
    this.reloads.update((count) => count + 1);
  }

  protected invite(): void {
    this.openDialog({}).subscribe((member) => {
      this.snackBar.open(
        this.i18n.t('members.invitedToast', { name: member.name, email: member.email }),
        this.i18n.t('common.close'),
        { duration: 5000 },
      );
      this.reload();
    });
  }

  protected changeRoles(member: TenantMember): void {
    this.openDialog({ member }).subscribe((updated) => {
      this.snackBar.open(this.i18n.t('members.rolesChanged', { name: updated.name }), this.i18n.t('common.close'), {
        duration: 5000,
      });
      this.reload();
    });
  }

  protected remove(member: TenantMember): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('members.removeTitle', { name: member.name }),
      message: this.i18n.t('members.removeMessage', { name: member.name, email: member.email }),
      confirmLabel: this.i18n.t('members.remove'),
      destructive: true,
    };
    confirmFirst(this.dialog, data)
      .pipe(
        switchMap(() => {
          this.busyId.set(member.userId);
          this.actionError.set(null);
          return this.api.removeMember(this.tenant(), member.userId);
        }),
      )
      .subscribe({
        next: () => {
          this.busyId.set(null);
          this.snackBar.open(this.i18n.t('members.removed', { name: member.name }), this.i18n.t('common.close'), {
            duration: 5000,
          });
          this.reload();
        },
        error: (error: unknown) => {
          this.busyId.set(null);
          this.actionError.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
        },
      });
  }

  private openDialog(extra: Pick<MemberDialogData, 'member'>): Observable<TenantMember> {
    this.actionError.set(null);
    const data: MemberDialogData = {
      tenant: this.tenant(),
      roleOptions: roleOptions(this.definitions(), (key) => this.i18n.t(key)),
      ...extra,
    };
    return this.dialog
      .open<MemberDialogComponent, MemberDialogData, TenantMember>(MemberDialogComponent, { data, maxWidth: '560px' })
      .afterClosed()
      .pipe(filter((member): member is TenantMember => member !== undefined));
  }
}

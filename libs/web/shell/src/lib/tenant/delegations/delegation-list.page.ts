import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MAX_PAGE_SIZE, type Delegation } from '@sinergi/contracts';
import { type ApiError, SinergiApi, isApiError } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { confirmThenRun, type ConfirmDialogData, TenantAccess, clientPages, loadOnChange, LoadErrorComponent } from '@sinergi/web/ui';
import { catchError, map, of } from 'rxjs';
import { roleLabel } from '../../roles/role-labels';

type DelegationState = 'active' | 'scheduled' | 'ended' | 'revoked';

/** Today's date in Jakarta (WIB), as the API compares delegation dates. */
function todayWib(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function delegationState(delegation: Delegation, today: string): DelegationState {
  if (delegation.revoked) return 'revoked';
  if (delegation.endsOn < today) return 'ended';
  return delegation.startsOn > today ? 'scheduled' : 'active';
}

/** `/t/:tenant/delegations`: Plt./Plh., who holds whose role while an official is away; create and revoke. */
@Component({
  selector: 'sg-delegation-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadErrorComponent, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule, TranslatePipe, LocalDatePipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'delegations.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'delegations.lead' | translate }}</p>
      </div>
    </header>

    @if (notice(); as message) {
      <p class="sg-alert sg-alert--success" role="status">{{ message | translate }}</p>
    }

    @if (access.can('create', 'Delegation')) {
      <form class="panel" (ngSubmit)="create()" [attr.aria-label]="'delegations.form' | translate">
        <h2>{{ 'delegations.form' | translate }}</h2>
        @if (createError(); as e) {
          <div class="sg-alert sg-alert--error" role="alert">
            <p>{{ e.message }}</p>
            @for (d of e.details; track $index) {
              @if (d.field) {
                <p><code>{{ d.field }}</code>: {{ d.message }}</p>
              }
            }
          </div>
        }
        <div class="grid">
          <mat-form-field>
            <mat-label>{{ 'delegations.from' | translate }}</mat-label>
            <mat-select name="from" [(ngModel)]="draft.fromUserId" required>
              @for (m of members(); track m.userId) {
                <mat-option [value]="m.userId">{{ m.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'delegations.role' | translate }}</mat-label>
            <mat-select name="role" [(ngModel)]="draft.role" required>
              @for (r of rolesOfDelegator(); track r.name) {
                <mat-option [value]="r.name">{{ r.label }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'delegations.to' | translate }}</mat-label>
            <mat-select name="to" [(ngModel)]="draft.toUserId" required>
              @for (m of members(); track m.userId) {
                @if (m.userId !== draft.fromUserId) {
                  <mat-option [value]="m.userId">{{ m.name }}</mat-option>
                }
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'delegations.startsOn' | translate }}</mat-label>
            <input matInput type="date" name="startsOn" [(ngModel)]="draft.startsOn" required />
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'delegations.endsOn' | translate }}</mat-label>
            <input matInput type="date" name="endsOn" [(ngModel)]="draft.endsOn" [min]="draft.startsOn" required />
            @if (draft.endsOn && draft.startsOn && draft.endsOn < draft.startsOn) {
              <mat-hint class="problem">{{ 'delegations.endsBeforeStart' | translate }}</mat-hint>
            }
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>{{ 'delegations.reason' | translate }}</mat-label>
            <input matInput name="reason" [(ngModel)]="draft.reason" required maxlength="500" />
          </mat-form-field>
        </div>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="saving() || !complete()">{{ 'delegations.create' | translate }}</button>
        </div>
      </form>
    }

    @if (actionError(); as e) {
      <p class="sg-alert sg-alert--error" role="alert">{{ e.message }}</p>
    }
    @let result = list.state();
    @if (result.status === 'error') {
      <sg-load-error [error]="result.error" (retry)="list.reload()" />
    }
    <div class="sg-table-scroll" tabindex="0" [attr.aria-busy]="result.status === 'loading'">
      @if (result.status === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <table class="plain" [attr.aria-label]="'delegations.tableLabel' | translate">
        <thead>
          <tr>
            <th scope="col">{{ 'delegations.role' | translate }}</th>
            <th scope="col">{{ 'delegations.from' | translate }}</th>
            <th scope="col">{{ 'delegations.to' | translate }}</th>
            <th scope="col">{{ 'delegations.period' | translate }}</th>
            <th scope="col">{{ 'delegations.reason' | translate }}</th>
            <th scope="col">{{ 'delegations.status' | translate }}</th>
            @if (access.can('delete', 'Delegation')) {
              <th scope="col">{{ 'members.col.actions' | translate }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (d of pages.shown(); track d.id) {
            @let state = stateOf(d);
            <tr>
              <td>{{ labelOf(d.role) }}</td>
              <td>{{ d.from.name }}</td>
              <td>{{ d.to.name }}</td>
              <td>{{ d.startsOn | localDate }} – {{ d.endsOn | localDate }}</td>
              <td>{{ d.reason }}</td>
              <td><span class="chip">{{ stateKey(state) | translate }}</span></td>
              @if (access.can('delete', 'Delegation')) {
                <td>
                  @if (state === 'active' || state === 'scheduled') {
                    <button mat-stroked-button type="button" class="destructive" [disabled]="busyId() === d.id" [attr.aria-label]="'delegations.revokeOf' | translate: { name: d.to.name }" (click)="revoke(d)">
                      {{ 'delegations.revoke' | translate }}
                    </button>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
      @if (result.status === 'loaded' && result.value.length === 0) {
        <p class="sg-empty">{{ (access.can('create', 'Delegation') ? 'delegations.emptyCreate' : 'delegations.empty') | translate }}</p>
      }
      <mat-paginator [length]="result.value?.length ?? 0" [pageIndex]="pages.page()" [pageSize]="pages.pageSize()" [pageSizeOptions]="[25, 50, 100]" (page)="pages.onPage($event)" />
    </div>
  `,
  styles: `
    .panel { margin-bottom: 16px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 12px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 0 12px; }
    .wide { grid-column: 1 / -1; }
    .actions { display: flex; justify-content: flex-end; }
    .problem { color: var(--mat-sys-error); }
    table.plain { border-collapse: collapse; width: 100%; }
    table.plain th, table.plain td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    .chip { padding: 2px 8px; border-radius: 8px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); font: var(--mat-sys-label-medium); white-space: nowrap; }
    .destructive { --mat-button-outlined-label-text-color: var(--mat-sys-error); }
  `,
})
export class DelegationListPage {
  private readonly api = inject(SinergiApi);
  protected readonly access = inject(TenantAccess);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(TranslateService);

  protected readonly list = loadOnChange(() => this.access.slug(), (slug) => this.api.delegations(slug));
  /** The API answers at most 500, newest first: the pages are cut here. */
  protected readonly pages = clientPages(() => this.list.state().value ?? []);

  protected readonly members = toSignal(
    this.api.members(this.access.slug(), { sort: 'name', pageSize: MAX_PAGE_SIZE }).pipe(
      map((page) => page.items.filter((m) => !m.invited)),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  private readonly roles = toSignal(this.api.tenantRoles(this.access.slug()).pipe(catchError(() => of([]))), { initialValue: [] });

  protected draft = { role: '', fromUserId: '', toUserId: '', startsOn: todayWib(), endsOn: '', reason: '' };
  /** Only a role the delegator holds can be handed on (the draft is plain fields: read on each check). */
  protected rolesOfDelegator() {
    const holder = this.members().find((m) => m.userId === this.draft.fromUserId);
    return this.roles().filter((r) => !holder || holder.roles.includes(r.name));
  }
  protected readonly saving = signal(false);
  protected readonly createError = signal<ApiError | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly notice = signal<TranslationKey | null>(null);
  protected readonly busyId = signal<string | null>(null);

  protected complete(): boolean {
    const d = this.draft;
    return Boolean(d.role && d.fromUserId && d.toUserId && d.startsOn && d.endsOn && d.endsOn >= d.startsOn && d.reason.trim());
  }

  protected stateOf(delegation: Delegation): DelegationState {
    return delegationState(delegation, todayWib());
  }

  protected stateKey(state: DelegationState): TranslationKey {
    return `delegations.state.${state}`;
  }

  protected labelOf(role: string): string {
    return this.roles().find((r) => r.name === role)?.label ?? roleLabel(role, (key) => this.i18n.t(key));
  }


  protected create(): void {
    if (this.saving() || !this.complete()) return;
    this.saving.set(true);
    this.createError.set(null);
    this.notice.set(null);
    this.api.createDelegation(this.access.slug(), { ...this.draft, reason: this.draft.reason.trim() }).subscribe({
      next: () => {
        this.saving.set(false);
        this.draft = { role: '', fromUserId: '', toUserId: '', startsOn: todayWib(), endsOn: '', reason: '' };
        this.notice.set('delegations.created');
        this.pages.page.set(0);
        this.list.reload();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.createError.set(isApiError(error) ? error : null);
      },
    });
  }

  protected revoke(delegation: Delegation): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('delegations.revokeTitle'),
      message: this.i18n.t('delegations.revokeMessage', { role: this.labelOf(delegation.role), from: delegation.from.name, to: delegation.to.name }),
      confirmLabel: this.i18n.t('delegations.revoke'),
      destructive: true,
    };
    confirmThenRun(this.dialog, data, {
      key: delegation.id,
      busy: this.busyId,
      error: this.actionError,
      action: () => this.api.revokeDelegation(this.access.slug(), delegation.id),
      done: () => {
        this.notice.set('delegations.revoked');
        this.list.reload();
      },
    });
  }
}

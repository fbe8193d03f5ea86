import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TENANT_ACTIONS, TENANT_SUBJECTS, type Permission, type TenantAction, type TenantRoleDefinition, type TenantSubject } from '@sinergi/contracts';
import { type ApiError, type RoleRequest, SinergiApi, isApiError } from '@sinergi/web/api-client';
import { TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { confirmThenRun, type ConfirmDialogData, TenantAccess, clientPages, loadOnChange, LoadErrorComponent } from '@sinergi/web/ui';
import { roleLabel } from '../../roles/role-labels';

/** A role name as the API takes it: lower case, digits and dashes, 2 to 60 characters. */
export const ROLE_NAME = /^[a-z][a-z0-9-]{1,59}$/;

type Editing = { mode: 'create' | 'edit'; name: string; label: string; requiresTotp: boolean; granted: Set<string> };

const key = (action: TenantAction, subject: TenantSubject) => `${action}:${subject}`;

/** The permissions of a grid of checkboxes, in the order of the contracts' lists. */
export function permissionsOf(granted: ReadonlySet<string>): Permission[] {
  return TENANT_SUBJECTS.flatMap((subject) => TENANT_ACTIONS.filter((action) => granted.has(key(action, subject))).map((action) => ({ action, subject })));
}

/** `/t/:tenant/roles`: the built-in roles and the region's own (PPTK, PPK-SKPD…) with their permissions; define, change, remove. */
@Component({
  selector: 'sg-role-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadErrorComponent, FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatPaginatorModule, MatProgressBarModule, TranslatePipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'roles.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'roles.lead' | translate }}</p>
      </div>
      @if (access.can('create', 'Role') && !editing()) {
        <button mat-flat-button type="button" (click)="startCreate()">{{ 'roles.new' | translate }}</button>
      }
    </header>

    @if (notice(); as message) {
      <p class="sg-alert sg-alert--success" role="status">{{ message | translate }}</p>
    }
    @if (actionError(); as e) {
      <p class="sg-alert sg-alert--error" role="alert">{{ e.message }}</p>
    }

    @if (editing(); as e) {
      <form class="panel" (ngSubmit)="save()" [attr.aria-label]="(e.mode === 'create' ? 'roles.new' : 'roles.editTitle') | translate">
        <h2>{{ (e.mode === 'create' ? 'roles.new' : 'roles.editTitle') | translate }}</h2>
        @if (saveError(); as error) {
          <div class="sg-alert sg-alert--error" role="alert">
            <p>{{ error.message }}</p>
            @for (d of error.details; track $index) {
              <p>@if (d.field) {<code>{{ d.field }}</code>: }{{ d.message }}</p>
            }
          </div>
        }
        <div class="grid">
          <mat-form-field>
            <mat-label>{{ 'roles.name' | translate }}</mat-label>
            <input matInput name="name" [(ngModel)]="e.name" [disabled]="e.mode === 'edit'" required />
            <mat-hint>{{ 'roles.nameHint' | translate }}</mat-hint>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'roles.label' | translate }}</mat-label>
            <input matInput name="label" [(ngModel)]="e.label" required minlength="2" maxlength="100" />
          </mat-form-field>
        </div>
        @if (e.mode === 'create' && e.name && !validName(e.name)) {
          <p class="problem" role="alert">{{ 'roles.nameInvalid' | translate }}</p>
        }
        <mat-checkbox name="totp" [(ngModel)]="e.requiresTotp">{{ 'roles.requiresTotp' | translate }}</mat-checkbox>
        <div class="sg-table-scroll" tabindex="0">
          <table class="plain matrix" [attr.aria-label]="'roles.permissions' | translate">
            <thead>
              <tr>
                <th scope="col">{{ 'roles.subjectColumn' | translate }}</th>
                @for (action of actions; track action) {
                  <th scope="col">{{ actionKey(action) | translate }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (subject of subjects; track subject) {
                <tr>
                  <th scope="row">{{ subjectKey(subject) | translate }}</th>
                  @for (action of actions; track action) {
                    <td>
                      <mat-checkbox
                        [checked]="e.granted.has(permissionKey(action, subject))"
                        (change)="toggle(e, action, subject, $event.checked)"
                        [aria-label]="'roles.permissionLabel' | translate: { action: (actionKey(action) | translate), subject: (subjectKey(subject) | translate) }"
                      />
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
        <div class="actions">
          <button mat-button type="button" (click)="editing.set(null)">{{ 'common.cancel' | translate }}</button>
          <button mat-flat-button type="submit" [disabled]="saving() || !canSave(e)">{{ 'roles.save' | translate }}</button>
        </div>
      </form>
    }

    @let result = list.state();
    @if (result.status === 'error') {
      <sg-load-error [error]="result.error" (retry)="list.reload()" />
    }
    <div class="sg-table-scroll" tabindex="0" [attr.aria-busy]="result.status === 'loading'">
      @if (result.status === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <table class="plain" [attr.aria-label]="'roles.tableLabel' | translate">
        <thead>
          <tr>
            <th scope="col">{{ 'roles.label' | translate }}</th>
            <th scope="col">{{ 'roles.name' | translate }}</th>
            <th scope="col">{{ 'roles.permissions' | translate }}</th>
            <th scope="col">{{ 'members.col.actions' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (r of pages.shown(); track r.name) {
            <tr>
              <td>
                {{ displayLabel(r) }}
                @if (r.builtin) {
                  <span class="chip">{{ 'roles.builtin' | translate }}</span>
                }
                @if (r.requiresTotp) {
                  <span class="chip">{{ 'roles.totp' | translate }}</span>
                }
              </td>
              <td><code>{{ r.name }}</code></td>
              <td>{{ summary(r) }}</td>
              <td>
                <div class="row-actions">
                  @if (!r.builtin && access.can('update', 'Role')) {
                    <button mat-stroked-button type="button" [attr.aria-label]="'roles.editOf' | translate: { name: r.label }" (click)="startEdit(r)">{{ 'roles.edit' | translate }}</button>
                  }
                  @if (!r.builtin && access.can('delete', 'Role')) {
                    <button mat-stroked-button type="button" class="destructive" [disabled]="busy() === r.name" [attr.aria-label]="'roles.removeOf' | translate: { name: r.label }" (click)="remove(r)">
                      {{ 'roles.remove' | translate }}
                    </button>
                  }
                </div>
              </td>
            </tr>
          }
        </tbody>
      </table>
      @if (result.status === 'loaded' && result.value.length === 0) {
        <p class="sg-empty">{{ 'roles.empty' | translate }}</p>
      }
      <mat-paginator [length]="result.value?.length ?? 0" [pageIndex]="pages.page()" [pageSize]="pages.pageSize()" [pageSizeOptions]="[25, 50, 100]" (page)="pages.onPage($event)" />
    </div>
  `,
  styles: `
    .panel { margin-bottom: 16px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 12px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 0 12px; }
    .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
    .problem { color: var(--mat-sys-error); }
    table.plain { border-collapse: collapse; width: 100%; }
    table.plain th, table.plain td { text-align: left; padding: 6px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: middle; }
    .matrix td { text-align: center; }
    .chip { margin-left: 8px; padding: 2px 8px; border-radius: 8px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); font: var(--mat-sys-label-small); }
    .row-actions { display: flex; gap: 8px; white-space: nowrap; }
    .destructive { --mat-button-outlined-label-text-color: var(--mat-sys-error); }
  `,
})
export class RoleListPage {
  private readonly api = inject(SinergiApi);
  protected readonly access = inject(TenantAccess);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(TranslateService);

  protected readonly actions = TENANT_ACTIONS;
  protected readonly subjects = TENANT_SUBJECTS;
  protected readonly list = loadOnChange(() => this.access.slug(), (slug) => this.api.tenantRoles(slug));
  /** Few enough to come in one answer: the pages are cut here. */
  protected readonly pages = clientPages(() => this.list.state().value ?? []);

  protected readonly editing = signal<Editing | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiError | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly notice = signal<TranslationKey | null>(null);
  protected readonly busy = signal<string | null>(null);

  protected validName(name: string): boolean {
    return ROLE_NAME.test(name);
  }

  protected canSave(e: Editing): boolean {
    return (e.mode === 'edit' || this.validName(e.name)) && e.label.trim().length >= 2;
  }

  protected permissionKey(action: TenantAction, subject: TenantSubject): string {
    return key(action, subject);
  }

  protected actionKey(action: TenantAction): TranslationKey {
    return `roles.action.${action}`;
  }

  protected subjectKey(subject: TenantSubject): TranslationKey {
    return `roles.subject.${subject}`;
  }

  protected displayLabel(role: TenantRoleDefinition): string {
    return role.builtin ? roleLabel(role.name, (k) => this.i18n.t(k)) : role.label;
  }

  protected summary(role: TenantRoleDefinition): string {
    const subjects = [...new Set(role.permissions.map((p) => p.subject))];
    return subjects.map((subject) => this.i18n.t(this.subjectKey(subject))).join(', ') || this.i18n.t('roles.none');
  }


  protected startCreate(): void {
    this.saveError.set(null);
    this.notice.set(null);
    this.editing.set({ mode: 'create', name: '', label: '', requiresTotp: false, granted: new Set([key('read', 'TenantProfile')]) });
  }

  protected startEdit(role: TenantRoleDefinition): void {
    this.saveError.set(null);
    this.notice.set(null);
    this.editing.set({ mode: 'edit', name: role.name, label: role.label, requiresTotp: role.requiresTotp, granted: new Set(role.permissions.map((p) => key(p.action, p.subject))) });
  }

  protected toggle(e: Editing, action: TenantAction, subject: TenantSubject, checked: boolean): void {
    const granted = new Set(e.granted);
    if (checked) granted.add(key(action, subject));
    else granted.delete(key(action, subject));
    this.editing.set({ ...e, granted });
  }

  protected save(): void {
    const e = this.editing();
    if (!e || this.saving() || !this.canSave(e)) return;
    const body: RoleRequest = { name: e.name, label: e.label.trim(), permissions: permissionsOf(e.granted), requiresTotp: e.requiresTotp };
    this.saving.set(true);
    this.saveError.set(null);
    const request = e.mode === 'create' ? this.api.createRole(this.access.slug(), body) : this.api.updateRole(this.access.slug(), e.name, body);
    request.subscribe({
      next: () => {
        this.saving.set(false);
        this.editing.set(null);
        this.notice.set(e.mode === 'create' ? 'roles.created' : 'roles.saved');
        this.list.reload();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(isApiError(error) ? error : null);
      },
    });
  }

  protected remove(role: TenantRoleDefinition): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('roles.removeTitle', { name: role.label }),
      message: this.i18n.t('roles.removeMessage', { name: role.label }),
      confirmLabel: this.i18n.t('roles.remove'),
      destructive: true,
    };
    confirmThenRun(this.dialog, data, {
      key: role.name,
      busy: this.busy,
      error: this.actionError,
      action: () => {
        this.notice.set(null);
        return this.api.removeRole(this.access.slug(), role.name);
      },
      done: () => {
        this.notice.set('roles.removed');
        this.list.reload();
      },
    });
  }
}

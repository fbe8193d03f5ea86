import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { APPROVAL_KINDS, BUILTIN_TENANT_ROLES, MEDIA_TYPES, type ApprovalKind, type ApprovalStep, type MediaType } from '@sinergi/contracts';
import { type ApiError, BillingApi, INITIAL_LOAD_STATE, isApiError, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { mediaTypeKey, parseRupiah } from '@sinergi/web/publication';
import { TenantAccess } from '@sinergi/web/ui';
import { catchError, combineLatest, forkJoin, of, throwError } from 'rxjs';

/** A step as edited: amounts as typed, media types as a list. */
export type StepDraft = { key: string; role: string; label: string; deadlineDays: number; amountAtLeast: string; amountBelow: string; mediaTypes: MediaType[]; next: string };

export function toDraft(step: ApprovalStep): StepDraft {
  return {
    key: step.key,
    role: step.role,
    label: step.label,
    deadlineDays: step.deadlineDays,
    amountAtLeast: step.when?.amountAtLeast !== undefined ? String(step.when.amountAtLeast) : '',
    amountBelow: step.when?.amountBelow !== undefined ? String(step.when.amountBelow) : '',
    mediaTypes: step.when?.mediaTypes ?? [],
    next: step.next ?? '',
  };
}

export function toStep(draft: StepDraft): ApprovalStep {
  const when: NonNullable<ApprovalStep['when']> = {};
  const atLeast = parseRupiah(draft.amountAtLeast);
  const below = parseRupiah(draft.amountBelow);
  if (atLeast !== null) when.amountAtLeast = atLeast;
  if (below !== null) when.amountBelow = below;
  if (draft.mediaTypes.length) when.mediaTypes = draft.mediaTypes;
  return {
    key: draft.key.trim(),
    role: draft.role.trim(),
    label: draft.label.trim(),
    deadlineDays: Number(draft.deadlineDays),
    ...(Object.keys(when).length ? { when } : {}),
    ...(draft.next.trim() ? { next: draft.next.trim() } : {}),
  };
}

/** CHAIN_INVALID details by step index (`steps[1].role` → 1); problems about the whole chain under -1. */
export function problemsByStep(details: readonly { field?: string; message: string }[]): Map<number, string[]> {
  const byStep = new Map<number, string[]>();
  for (const detail of details) {
    const match = /^steps\[(\d+)\]/.exec(detail.field ?? '') ?? /^steps\.(\d+)/.exec(detail.field ?? '');
    const index = match ? Number(match[1]) : -1;
    byStep.set(index, [...(byStep.get(index) ?? []), detail.field && index >= 0 ? `${detail.field.replace(/^steps(\[\d+\]|\.\d+)\.?/, '') || detail.field}: ${detail.message}` : detail.message]);
  }
  return byStep;
}

/** `/t/:tenant/approval-chains`: the ordered steps per kind (claim, order, agreement), saved as versions. */
@Component({
  selector: 'sg-approval-chains-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, TranslatePipe, RupiahPipe, LocalDatePipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'billing.chains.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'billing.chains.lead' | translate }}</p>
      </div>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'billing.chains.kind' | translate }}</mat-label>
        <mat-select [value]="kind()" (valueChange)="kind.set($event); steps.set(null); problems.set(null)">
          @for (k of kinds; track k) {
            <mat-option [value]="k">{{ kindKey(k) | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </header>
    @let data = state();
    @if (data.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (data.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ data.error.message }}</div>
    }
    @if (saved()) {
      <p class="sg-alert sg-alert--success" role="status">{{ 'billing.chains.saved' | translate: { version: saved() ?? '' } }}</p>
    }
    @if (data.value; as c) {
      @if (c.current; as chain) {
        <p class="sg-muted">{{ 'billing.chains.current' | translate: { version: chain.version, name: chain.createdBy, date: (chain.createdAt | localDate: 'dateTime') } }}</p>
      } @else {
        <p class="sg-alert sg-alert--info" role="status">{{ 'billing.chains.none' | translate }}</p>
      }
      @if (!steps()) {
        <ol class="view">
          @for (s of c.current?.steps ?? []; track s.key) {
            <li>
              <strong>{{ s.label }}</strong> ({{ s.role }}) · {{ 'billing.chains.deadline' | translate: { days: s.deadlineDays } }}
              @if (s.when?.amountAtLeast !== undefined) {
                · {{ 'billing.chains.fromAmount' | translate: { amount: (s.when!.amountAtLeast | rupiah) } }}
              }
              @if (s.when?.amountBelow !== undefined) {
                · {{ 'billing.chains.belowAmount' | translate: { amount: (s.when!.amountBelow | rupiah) } }}
              }
              @if (s.next) {
                · → {{ s.next }}
              }
            </li>
          }
        </ol>
        @if (access.can('update', 'ApprovalChain')) {
          <button mat-flat-button type="button" (click)="edit(c.current?.steps ?? [])">{{ (c.current ? 'billing.chains.edit' : 'billing.chains.create') | translate }}</button>
        }
      } @else {
        <form [attr.aria-label]="'billing.chains.formLabel' | translate" (submit)="$event.preventDefault(); save()">
          @let byStep = problems();
          @if (byStep?.get(-1); as general) {
            <div class="sg-alert sg-alert--error" role="alert">
              @for (p of general; track $index) {
                <p>{{ p }}</p>
              }
            </div>
          } @else if (byStep) {
            <div class="sg-alert sg-alert--error" role="alert">{{ 'billing.chains.invalid' | translate }}</div>
          }
          <ol class="steps">
            @for (s of steps(); track $index; let i = $index) {
              <li>
                <fieldset class="step" [attr.aria-invalid]="byStep?.has(i) ?? false">
                  <legend>{{ 'billing.chains.step' | translate: { n: i + 1 } }}</legend>
                  <label>{{ 'billing.chains.key' | translate }} <input class="cell" [name]="'key' + i" [(ngModel)]="s.key" /></label>
                  <label>{{ 'billing.chains.role' | translate }}
                    <input class="cell" [name]="'role' + i" [(ngModel)]="s.role" [attr.list]="'roles'" />
                  </label>
                  <label>{{ 'billing.chains.label' | translate }} <input class="cell wide" [name]="'label' + i" [(ngModel)]="s.label" /></label>
                  <label>{{ 'billing.chains.deadlineDays' | translate }} <input class="cell short" type="number" min="1" [name]="'days' + i" [(ngModel)]="s.deadlineDays" /></label>
                  <label>{{ 'billing.chains.amountAtLeast' | translate }} <input class="cell" inputmode="numeric" [name]="'min' + i" [(ngModel)]="s.amountAtLeast" /></label>
                  <label>{{ 'billing.chains.amountBelow' | translate }} <input class="cell" inputmode="numeric" [name]="'max' + i" [(ngModel)]="s.amountBelow" /></label>
                  <label>{{ 'billing.chains.mediaTypes' | translate }}
                    <select class="cell" multiple [name]="'mt' + i" [(ngModel)]="s.mediaTypes">
                      @for (m of mediaTypes; track m) {
                        <option [value]="m">{{ mediaTypeKey(m) | translate }}</option>
                      }
                    </select>
                  </label>
                  <label>{{ 'billing.chains.next' | translate }} <input class="cell" [name]="'next' + i" [(ngModel)]="s.next" /></label>
                  <span class="sg-actions">
                    <button mat-button type="button" [disabled]="i === 0" (click)="move(i, -1)">{{ 'billing.chains.up' | translate }}</button>
                    <button mat-button type="button" (click)="remove(i)">{{ 'billing.chains.remove' | translate }}</button>
                  </span>
                  @for (p of byStep?.get(i) ?? []; track $index) {
                    <p class="problem" role="alert">{{ p }}</p>
                  }
                </fieldset>
              </li>
            }
          </ol>
          <datalist id="roles">
            @for (r of roles(); track r) {
              <option [value]="r"></option>
            }
          </datalist>
          <div class="sg-actions">
            <button mat-button type="button" (click)="add()">{{ 'billing.chains.add' | translate }}</button>
            <button mat-flat-button type="submit" [disabled]="saving()">{{ 'billing.chains.save' | translate }}</button>
            <button mat-button type="button" (click)="steps.set(null); problems.set(null)">{{ 'common.cancel' | translate }}</button>
          </div>
          @if (error(); as e) {
            <div class="sg-alert sg-alert--error" role="alert">{{ e.message }}</div>
          }
        </form>
      }
      @if (c.versions.length > 1) {
        <details>
          <summary>{{ 'billing.chains.versions' | translate: { count: c.versions.length } }}</summary>
          <ul>
            @for (v of c.versions; track v.version) {
              <li>v{{ v.version }} · {{ stepsText(v.steps) }} · {{ v.createdBy }} · {{ v.createdAt | localDate: 'dateTime' }}</li>
            }
          </ul>
        </details>
      }
    }
  `,
  styles: `
    .steps { padding-left: 20px; }
    .step { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin: 0 0 12px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    .step[aria-invalid='true'] { border-color: var(--mat-sys-error); }
    .step label { display: flex; flex-direction: column; gap: 2px; font: var(--mat-sys-label-medium); }
    .cell { min-height: 32px; padding: 0 6px; border: 1px solid var(--mat-sys-outline); border-radius: 6px; background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); width: 9rem; }
    .cell.wide { width: 14rem; }
    .cell.short { width: 5rem; }
    .problem { flex-basis: 100%; margin: 0; color: var(--mat-sys-error); }
    .view { padding-left: 20px; }
  `,
})
export class ApprovalChainsPage {
  private readonly api = inject(BillingApi);
  protected readonly access = inject(TenantAccess);
  protected readonly kinds = APPROVAL_KINDS;
  protected readonly mediaTypes = MEDIA_TYPES;
  protected readonly mediaTypeKey = mediaTypeKey;
  protected kindKey(kind: ApprovalKind): TranslationKey {
    return `billing.chains.kind.${kind}`;
  }
  protected readonly kind = signal<ApprovalKind>('claim');
  private readonly reloads = signal(0);
  protected readonly steps = signal<StepDraft[] | null>(null);
  protected readonly problems = signal<Map<number, string[]> | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal<number | null>(null);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly state = toSignal(
    combineLatest([toObservable(this.kind), toObservable(this.reloads)]).pipe(
      loadStates(([kind]) =>
        forkJoin({
          current: this.api.chain(this.access.slug(), kind).pipe(catchError((e: unknown) => (isApiError(e) && e.statusCode === 404 ? of(null) : throwError(() => e)))),
          versions: this.api.chainVersions(this.access.slug(), kind).pipe(catchError(() => of([]))),
        }),
      ),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  /** The tenant's roles as /me knows them, offered as suggestions. */
  protected readonly roles = computed(() => [...BUILTIN_TENANT_ROLES, ...(this.access.me()?.roles ?? [])].filter((r, i, all) => all.indexOf(r) === i));

  protected stepsText(steps: ApprovalStep[]): string {
    return steps.map((s) => s.label).join(' → ');
  }

  protected edit(steps: ApprovalStep[]): void {
    this.saved.set(null);
    this.steps.set(steps.length ? steps.map(toDraft) : [toDraft({ key: 'step-1', role: 'approving-official', label: '', deadlineDays: 3 })]);
  }

  protected add(): void {
    const steps = this.steps() ?? [];
    this.steps.set([...steps, toDraft({ key: `step-${steps.length + 1}`, role: '', label: '', deadlineDays: 3 })]);
  }

  protected remove(index: number): void {
    this.steps.set((this.steps() ?? []).filter((_, i) => i !== index));
    this.problems.set(null);
  }

  protected move(index: number, by: number): void {
    const steps = [...(this.steps() ?? [])];
    const [step] = steps.splice(index, 1);
    steps.splice(index + by, 0, step!);
    this.steps.set(steps);
    this.problems.set(null);
  }

  protected save(): void {
    const steps = this.steps();
    if (!steps) return;
    this.saving.set(true);
    this.error.set(null);
    this.problems.set(null);
    this.api.saveChain(this.access.slug(), this.kind(), { steps: steps.map(toStep) }).subscribe({
      next: (chain) => {
        this.saving.set(false);
        this.steps.set(null);
        this.saved.set(chain.version);
        this.reloads.update((n) => n + 1);
      },
      error: (e: ApiError) => {
        this.saving.set(false);
        if (e.code === 'CHAIN_INVALID' || e.code === 'VALIDATION_FAILED') this.problems.set(problemsByStep(e.details.length ? e.details : [{ message: e.message }]));
        else this.error.set(e);
      },
    });
  }
}

import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { MediaOrder, Order } from '@sinergi/contracts';
import { type ApiError, INITIAL_LOAD_STATE, PublicationApi, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { ApiProblemComponent, DownloadButtonComponent, PROOF_OWED, mediaTypeKey, orderStatusKey } from '@sinergi/web/publication';
import { combineLatest, of } from 'rxjs';
import { MediaContextStore } from '../media-context.store';
import { todayInJakarta } from '../shared/media-model';
import { type ProofInput, type ProofProblem, proofFieldProblem, proofInputs, proofValues } from './proof-form';

/** `/media/orders/:tenant/:id`: the order letter and material; accept or decline; send the proof from a phone. */
@Component({
  selector: 'sg-media-order-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, LocalDatePipe, RupiahPipe, ApiProblemComponent, DownloadButtonComponent],
  template: `
    <a class="back" routerLink="/media/orders">{{ 'mediaOrders.order.back' | translate }}</a>
    @let data = state();
    @if (data.status === 'loading' && !order()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (data.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ data.error.message }}</div>
    }
    @if (order(); as o) {
      <header class="sg-page-header">
        <div>
          <h1 class="sg-page-title">{{ o.number }}</h1>
          <p class="sg-page-lead">{{ o.title }}</p>
          <p>{{ 'orders.detail.status' | translate }}: <strong>{{ statusKey(o.status) | translate }}</strong></p>
        </div>
      </header>
      @if (notice(); as n) {
        <p class="sg-alert sg-alert--success" role="status">{{ n }}</p>
      }
      @if (error(); as e) {
        <sg-api-problem [error]="e" [showDetails]="e.code !== 'VALIDATION_FAILED'" />
      }
      <dl class="facts">
        <div><dt>{{ 'mediaOrders.order.region' | translate }}</dt><dd>{{ tenant() }}</dd></div>
        <div><dt>{{ 'orders.list.outlet' | translate }}</dt><dd>{{ o.outlet.name }} ({{ mediaTypeKey(o.outlet.mediaType) | translate }})</dd></div>
        <div><dt>{{ 'orders.product' | translate }}</dt><dd>{{ o.product.name }} × {{ o.quantity }}</dd></div>
        <div><dt>{{ 'orders.amount' | translate }}</dt><dd>{{ o.amount | rupiah }}</dd></div>
        <div><dt>{{ 'orders.window' | translate }}</dt><dd>{{ o.publishFrom | localDate }} – {{ o.publishUntil | localDate }}</dd></div>
        <div><dt>{{ 'orders.proofDeadline' | translate }}</dt><dd>{{ o.proofDeadline | localDate }}</dd></div>
      </dl>
      <div class="sg-actions">
        <sg-download-button [url]="pdfUrl()">{{ 'mediaOrders.order.letter' | translate }}</sg-download-button>
        @for (f of o.materials; track f.id) {
          <sg-download-button [url]="fileUrl(f.id)" [fileName]="f.name">{{ f.name }}</sg-download-button>
        }
      </div>
      <section class="card" aria-labelledby="material-title">
        <h2 id="material-title">{{ 'orders.detail.material' | translate }}</h2>
        <p class="body">{{ o.body }}</p>
      </section>

      @if (o.status === 'issued') {
        <section class="card" aria-labelledby="answer-title">
          <h2 id="answer-title">{{ 'mediaOrders.order.answer' | translate }}</h2>
          <div class="sg-actions">
            <button mat-flat-button type="button" class="big" [disabled]="busy()" (click)="accept(o)">{{ 'mediaOrders.order.accept' | translate }}</button>
          </div>
          <form class="stack" (submit)="$event.preventDefault(); decline(o)">
            <label for="decline-reason">{{ 'mediaOrders.order.declineReason' | translate }}</label>
            <textarea id="decline-reason" name="reason" rows="2" [ngModel]="reason()" (ngModelChange)="reason.set($event)"></textarea>
            <button mat-stroked-button type="submit" class="big" [disabled]="busy() || reason().trim().length < 3">{{ 'mediaOrders.order.decline' | translate }}</button>
          </form>
        </section>
      }

      @if (owesProof()) {
        <section class="card" aria-labelledby="proof-title">
          <h2 id="proof-title">{{ 'mediaOrders.proof.title' | translate }}</h2>
          <p class="sg-muted">{{ 'mediaOrders.proof.lead' | translate: { date: (o.proofDeadline | localDate) } }}</p>
          @if (o.proof?.note) {
            <p class="sg-alert sg-alert--info">{{ 'orders.detail.proofNote' | translate: { note: o.proof!.note ?? '' } }}</p>
          }
          @if (!inputs().length) {
            <p class="sg-alert sg-alert--info" role="status">{{ 'mediaOrders.proof.noForm' | translate }}</p>
          }
          <form class="stack" novalidate [attr.aria-label]="'mediaOrders.proof.title' | translate" (submit)="$event.preventDefault(); submit(o)">
            @for (f of inputs(); track f.key) {
              @let p = problem(f.key);
              @if (f.type === 'file') {
                <div class="field" role="group" [attr.aria-labelledby]="'label-' + f.key" [attr.aria-describedby]="p ? 'problem-' + f.key : null">
                  <span class="field-label" [id]="'label-' + f.key">{{ f.label }} @if (!f.required) {<span class="sg-muted">{{ 'mediaOrders.proof.optional' | translate }}</span>}</span>
                  <span class="attach">
                    <label class="file-button" [for]="'camera-' + f.key">{{ 'mediaOrders.proof.camera' | translate: { field: f.label } }}</label>
                    <input class="visually-hidden" type="file" accept="image/*" capture="environment" [id]="'camera-' + f.key" (change)="attach(o, f, $event)" />
                    <label class="file-button" [for]="'file-' + f.key">{{ 'mediaOrders.proof.file' | translate: { field: f.label } }}</label>
                    <input class="visually-hidden" type="file" accept="image/*,application/pdf" [id]="'file-' + f.key" (change)="attach(o, f, $event)" />
                  </span>
                  @if (uploads()[f.key]; as u) {
                    @if (u.percent !== null) {
                      <mat-progress-bar mode="determinate" [value]="u.percent" [attr.aria-label]="'mediaOrders.proof.uploading' | translate: { name: u.name }" />
                    } @else {
                      <span class="sg-muted" role="status">{{ 'mediaOrders.proof.uploaded' | translate: { name: u.name } }}</span>
                    }
                  }
                  @if (p) {
                    <span class="problem" [id]="'problem-' + f.key" role="alert">{{ p }}</span>
                  }
                </div>
              } @else {
                <div class="field">
                  <label [for]="'proof-' + f.key">{{ f.label }} @if (!f.required) {<span class="sg-muted">{{ 'mediaOrders.proof.optional' | translate }}</span>}</label>
                  <input
                    [id]="'proof-' + f.key"
                    [name]="f.key"
                    [type]="inputType(f)"
                    [attr.inputmode]="f.type === 'number' ? 'decimal' : f.type === 'url' ? 'url' : null"
                    [attr.min]="f.type === 'number' ? 0 : null"
                    [attr.max]="f.type === 'date' ? today : null"
                    [attr.aria-required]="f.required"
                    [attr.aria-invalid]="!!p"
                    [attr.aria-describedby]="p ? 'problem-' + f.key : f.type === 'url' ? 'hint-' + f.key : null"
                    autocomplete="off"
                    [ngModel]="values()[f.key]"
                    (ngModelChange)="setValue(f.key, $event)"
                    (blur)="touch(f.key)"
                  />
                  @if (p) {
                    <span class="problem" [id]="'problem-' + f.key" role="alert">{{ p }}</span>
                  } @else if (f.type === 'url') {
                    <span class="sg-muted" [id]="'hint-' + f.key">{{ 'mediaOrders.proof.urlHint' | translate }}</span>
                  }
                </div>
              }
            }
            @if (incomplete()) {
              <p class="problem" role="alert">{{ 'mediaOrders.proof.fixBelow' | translate }}</p>
            }
            <button mat-flat-button type="submit" class="big" [disabled]="busy() || !inputs().length">{{ 'mediaOrders.proof.submit' | translate }}</button>
          </form>
        </section>
      }
      @if (o.proof && !owesProof()) {
        <section class="card" aria-labelledby="sent-title">
          <h2 id="sent-title">{{ 'mediaOrders.proof.sent' | translate }}</h2>
          <p>{{ 'orders.detail.proofSubmitted' | translate: { name: o.proof.submittedBy, date: (o.proof.submittedAt | localDate: 'dateTime') } }}</p>
          @if (o.status === 'proof-accepted') {
            <a mat-stroked-button routerLink="/media/claims/new" [queryParams]="{ tenant: tenant() }">{{ 'mediaOrders.proof.toClaims' | translate }}</a>
          }
        </section>
      }
    }
  `,
  styles: `
    .back { display: inline-block; min-height: 44px; line-height: 44px; }
    .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 8px 16px; margin: 0 0 12px; }
    .facts dt { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    .facts dd { margin: 0; overflow-wrap: anywhere; }
    .card { margin: 16px 0; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card h2 { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    .body { white-space: pre-wrap; overflow-wrap: anywhere; }
    .stack { display: flex; flex-direction: column; gap: 12px; margin-top: 12px; }
    .field { display: flex; flex-direction: column; gap: 6px; }
    .field > label, .field-label { font: var(--mat-sys-label-large); }
    .field input:not([type=file]), textarea { min-height: 44px; padding: 8px; border: 1px solid var(--mat-sys-outline); border-radius: 8px; background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); font: var(--mat-sys-body-large); }
    .attach { display: flex; flex-wrap: wrap; gap: 8px; }
    .file-button { display: inline-flex; align-items: center; min-height: 44px; padding: 0 12px; border: 1px solid var(--mat-sys-outline); border-radius: 20px; color: var(--mat-sys-primary); cursor: pointer; }
    .file-button:focus-within { outline: 2px solid var(--mat-sys-primary); }
    .problem { color: var(--mat-sys-error); }
    .big { min-height: 48px; }
  `,
})
export class MediaOrderPage {
  private readonly api = inject(PublicationApi);
  private readonly store = inject(MediaContextStore);
  private readonly i18n = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  readonly tenant = input.required<string>();
  readonly id = input.required<string>();
  protected readonly statusKey = orderStatusKey;
  protected readonly mediaTypeKey = mediaTypeKey;

  private readonly reloads = signal(0);
  protected readonly state = toSignal(
    combineLatest([toObservable(this.tenant), toObservable(this.id), toObservable(this.store.companyId), toObservable(this.reloads)]).pipe(
      loadStates(([tenant, id, companyId]) => (companyId ? this.api.mediaOrder(tenant, companyId, id) : of(null))),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  private readonly updated = signal<MediaOrder | null>(null);
  protected readonly order = computed(() => {
    const loaded = this.state().value ?? null;
    const updated = this.updated();
    return updated && (!loaded || (updated.id === loaded.id && updated.version >= loaded.version)) ? updated : loaded;
  });
  protected readonly owesProof = computed(() => PROOF_OWED.includes(this.order()?.status ?? 'issued'));

  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly reason = signal('');
  /** The fields of the order's proof form (`proofForm` on the media order), in the UI's language. */
  protected readonly inputs = computed(() => proofInputs(this.order()?.proofForm ?? null, this.i18n.lang()));
  protected readonly values = signal<Record<string, string>>({});
  protected readonly uploads = signal<Record<string, { name: string; percent: number | null }>>({});
  /** Fields the user has left (or tried to send): their problems show while they type. */
  private readonly touched = signal<ReadonlySet<string>>(new Set());
  private readonly serverProblems = signal<Map<string, string>>(new Map());
  protected readonly today = todayInJakarta();
  protected readonly incomplete = signal(false);
  private filledFor = '';

  constructor() {
    // A returned proof comes back filled with what was sent, to be corrected.
    effect(() => {
      const order = this.order();
      if (!order || !this.owesProof()) return;
      const key = `${order.id}:${order.proof?.version ?? 0}`;
      if (this.filledFor === key) return;
      this.filledFor = key;
      const earlier = order.proof?.fields ?? {};
      untracked(() => {
        this.values.set(Object.fromEntries(Object.entries(earlier).map(([k, v]) => [k, String(v)])));
        this.touched.set(new Set());
      });
    });
  }

  protected pdfUrl(): string {
    return this.api.mediaOrderPdfUrl(this.tenant(), this.store.companyId() ?? '', this.id());
  }

  protected fileUrl(fileId: string): string {
    return this.api.mediaOrderFileUrl(this.tenant(), this.store.companyId() ?? '', this.id(), fileId);
  }

  /** What the form says about the field: its own check once touched, else what the server answered. */
  protected problem(key: string): string | null {
    const input = this.inputs().find((i) => i.key === key);
    const own: ProofProblem | null = input && this.touched().has(key) ? proofFieldProblem(input, this.values()[key], this.today) : null;
    return own ? this.i18n.t(own.key, own.params) : (this.serverProblems().get(key) ?? null);
  }

  protected inputType(input: ProofInput): string {
    return input.type === 'url' ? 'url' : input.type === 'date' ? 'date' : 'text';
  }

  protected touch(key: string): void {
    if (!this.touched().has(key)) this.touched.update((t) => new Set([...t, key]));
  }

  protected setValue(key: string, value: string): void {
    this.values.update((v) => ({ ...v, [key]: value }));
    this.serverProblems.update((m) => {
      if (!m.has(key)) return m;
      const next = new Map(m);
      next.delete(key);
      return next;
    });
    this.touch(key);
  }

  protected accept(order: MediaOrder): void {
    this.act(this.api.acceptOrder(this.tenant(), this.companyId(), order.id), 'mediaOrders.order.accepted');
  }

  protected decline(order: MediaOrder): void {
    this.act(this.api.declineOrder(this.tenant(), this.companyId(), order.id, this.reason().trim()), 'mediaOrders.order.declined');
  }

  protected attach(order: MediaOrder, field: ProofInput, event: Event): void {
    const element = event.target as HTMLInputElement;
    const file = element.files?.[0];
    if (!file) return;
    this.error.set(null);
    this.uploads.update((u) => ({ ...u, [field.key]: { name: file.name, percent: 0 } }));
    this.api.uploadProofFile(this.tenant(), this.companyId(), order.id, file, file.name || 'foto.jpg').subscribe({
      next: (progress) => {
        if (progress.kind === 'progress') this.uploads.update((u) => ({ ...u, [field.key]: { name: file.name, percent: progress.percent ?? 0 } }));
        else {
          this.uploads.update((u) => ({ ...u, [field.key]: { name: progress.value.name, percent: null } }));
          this.setValue(field.key, progress.value.hash);
        }
      },
      error: (e: ApiError) => {
        this.uploads.update((u) => {
          const next = { ...u };
          delete next[field.key];
          return next;
        });
        this.error.set(e);
        element.value = '';
      },
      complete: () => (element.value = ''),
    });
  }

  protected submit(order: MediaOrder): void {
    this.error.set(null);
    this.notice.set(null);
    const inputs = this.inputs();
    this.touched.set(new Set(inputs.map((i) => i.key)));
    const invalid = inputs.find((i) => proofFieldProblem(i, this.values()[i.key], this.today));
    this.incomplete.set(!!invalid);
    if (invalid) {
      this.focus(invalid);
      return;
    }
    this.busy.set(true);
    this.serverProblems.set(new Map());
    this.api.submitProof(this.tenant(), this.companyId(), order.id, proofValues(this.values())).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.updated.set(updated);
        this.notice.set(this.i18n.t('mediaOrders.proof.done'));
      },
      error: (e: ApiError) => {
        this.busy.set(false);
        this.error.set(e);
        this.serverProblems.set(new Map(e.details.flatMap((d) => (d.field?.startsWith('fields.') ? [[d.field.slice(7), d.message] as [string, string]] : []))));
        if (e.code === 'ORDER_LOCKED' || e.code === 'INVALID_TRANSITION') this.reloads.update((n) => n + 1);
      },
    });
  }

  /** Moves the keyboard to the first field to fix (a file field: its camera button). */
  private focus(input: ProofInput): void {
    const id = input.type === 'file' ? `camera-${input.key}` : `proof-${input.key}`;
    queueMicrotask(() => this.document.getElementById(id)?.focus());
  }

  private companyId(): string {
    return this.store.companyId() ?? '';
  }

  private act(request: import('rxjs').Observable<Order>, done: 'mediaOrders.order.accepted' | 'mediaOrders.order.declined'): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (order) => {
        this.busy.set(false);
        // The answer is the order alone: its proof form stays the one the order came with.
        this.updated.set({ ...order, proofForm: this.order()?.proofForm ?? null });
        this.notice.set(this.i18n.t(done));
      },
      error: (e: ApiError) => {
        this.busy.set(false);
        this.error.set(e);
      },
    });
  }
}

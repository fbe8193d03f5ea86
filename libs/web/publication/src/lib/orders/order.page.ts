import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { LinkCheckVerdict, Order, ProofField } from '@sinergi/contracts';
import { type ApiError, INITIAL_LOAD_STATE, PublicationApi, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { catchError, combineLatest, map, of, switchMap } from 'rxjs';
import { TenantAccess } from '@sinergi/web/ui';
import { ApiProblemComponent } from '../api-problem.component';
import { DownloadButtonComponent } from '../download-button.component';
import { mediaTypeKey, orderStatusKey, proofStatusKey } from '../shared';

/** `/t/:tenant/orders/:id`: the order, its PDF and material, the proof and its link check; accept, return, cancel. */
@Component({
  selector: 'sg-order-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    RupiahPipe,
    ApiProblemComponent,
    DownloadButtonComponent,
  ],
  template: `
    @let data = state();
    @if (data.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (data.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ data.error.message }}</div>
      <a mat-button routerLink="..">{{ 'common.back' | translate }}</a>
    }
    @if (order(); as o) {
      <header class="sg-page-header">
        <div>
          <h1 class="sg-page-title">{{ 'orders.detail.title' | translate: { number: o.number } }}</h1>
          <p class="sg-page-lead">{{ o.title }}</p>
          <p class="status">{{ 'orders.detail.status' | translate }}: <strong>{{ statusKey(o.status) | translate }}</strong></p>
        </div>
        <div class="sg-actions">
          <sg-download-button [url]="pdfUrl()">{{ 'orders.detail.pdf' | translate }}</sg-download-button>
          <a mat-button routerLink="..">{{ 'orders.detail.backToList' | translate }}</a>
        </div>
      </header>
      @if (notice(); as n) {
        <p class="sg-alert sg-alert--success" role="status">{{ n | translate }}</p>
      }
      @if (actionError(); as e) {
        <sg-api-problem [error]="e" />
      }

      <section class="card" aria-labelledby="summary-title">
        <h2 id="summary-title">{{ 'orders.detail.summary' | translate }}</h2>
        <dl class="facts">
          <div><dt>{{ 'orders.list.outlet' | translate }}</dt><dd>{{ o.outlet.name }} ({{ mediaTypeKey(o.outlet.mediaType) | translate }})</dd></div>
          <div><dt>{{ 'orders.detail.company' | translate }}</dt><dd>{{ o.company.legalName }}</dd></div>
          <div><dt>{{ 'orders.product' | translate }}</dt><dd>{{ o.product.name }} ({{ o.product.code }})</dd></div>
          <div><dt>{{ 'orders.quantity' | translate }}</dt><dd>{{ o.quantity }}</dd></div>
          <div>
            <dt>{{ 'orders.detail.unitPrice' | translate }}</dt>
            <dd>{{ o.unitPrice | rupiah }} · {{ (o.priceSource === 'agreement' ? 'orders.detail.priceAgreement' : 'orders.detail.priceTier') | translate: { tier: o.tier } }}</dd>
          </div>
          <div><dt>{{ 'orders.amount' | translate }}</dt><dd>{{ o.amount | rupiah }}</dd></div>
          <div><dt>{{ 'orders.window' | translate }}</dt><dd>{{ o.publishFrom | localDate }} – {{ o.publishUntil | localDate }}</dd></div>
          <div><dt>{{ 'orders.proofDeadline' | translate }}</dt><dd>{{ o.proofDeadline | localDate }}</dd></div>
          @if (o.declineReason) {
            <div><dt>{{ 'orders.detail.declineReason' | translate }}</dt><dd>{{ o.declineReason }}</dd></div>
          }
        </dl>
      </section>

      <section class="card" aria-labelledby="material-title">
        <h2 id="material-title">{{ 'orders.detail.material' | translate }}</h2>
        <p class="body">{{ o.body }}</p>
        @if (o.materials.length) {
          <ul class="files">
            @for (f of o.materials; track f.id) {
              <li>
                <sg-download-button [url]="fileUrl(f.id)" [fileName]="f.name">{{ f.name }}</sg-download-button>
              </li>
            }
          </ul>
        } @else {
          <p class="sg-muted">{{ 'orders.detail.noMaterial' | translate }}</p>
        }
        @if (canEditOrder() && (o.status === 'issued' || o.status === 'accepted')) {
          <label class="upload">
            <span>{{ 'orders.detail.addMaterial' | translate }}</span>
            <input type="file" accept="application/pdf,image/jpeg,image/png" (change)="upload($event)" [disabled]="uploading() !== null" />
          </label>
          @if (uploading() !== null) {
            <mat-progress-bar mode="determinate" [value]="uploading() ?? 0" [attr.aria-label]="'orders.detail.uploading' | translate" />
          }
        }
      </section>

      <section class="card" aria-labelledby="proof-title">
        <h2 id="proof-title">{{ 'orders.detail.proof' | translate }}</h2>
        @if (o.proof; as p) {
          <p>
            {{ 'orders.detail.proofStatus' | translate: { status: (proofStatusKey(p.status) | translate), round: p.round } }}
            · {{ 'orders.detail.proofSubmitted' | translate: { name: p.submittedBy, date: (p.submittedAt | localDate: 'dateTime') } }}
          </p>
          @if (p.note) {
            <p class="sg-muted">{{ 'orders.detail.proofNote' | translate: { note: p.note } }}</p>
          }
          <dl class="facts">
            @for (f of proofFields(); track f.key) {
              <div>
                <dt>{{ f.label }}</dt>
                <dd>
                  @if (f.type === 'url') {
                    <a [href]="f.value" target="_blank" rel="noopener noreferrer">{{ f.value }}</a>
                  } @else if (f.type === 'file') {
                    @if (access.can('update', 'Proof')) {
                      <sg-download-button [url]="proofFileUrl(f.key)" [ariaLabel]="'orders.detail.proofFileDownload' | translate: { label: f.label }">
                        {{ 'orders.detail.proofFileDownload' | translate: { label: f.label } }}
                      </sg-download-button>
                    }
                    <span class="sg-mono" [title]="f.value">{{ 'orders.detail.fileHash' | translate: { hash: f.value.slice(0, 12) } }}</span>
                  } @else {
                    {{ f.value }}
                  }
                </dd>
              </div>
            }
          </dl>
          <h3>{{ 'orders.detail.linkCheck' | translate }}</h3>
          @if (p.linkChecks.length) {
            <ul class="checks">
              @for (c of p.linkChecks; track c.field + c.checkedAt) {
                <li [attr.data-verdict]="c.verdict">
                  <strong>{{ verdictKey(c.verdict) | translate }}</strong>
                  · {{ 'orders.detail.linkScore' | translate: { score: round(c.matchScore * 100) } }}
                  @if (c.httpStatus) {
                    · HTTP {{ c.httpStatus }}
                  }
                  @if (c.title) {
                    · “{{ c.title }}”
                  }
                  @if (c.problem) {
                    · {{ c.problem }}
                  }
                  <span class="sg-muted">({{ c.checkedAt | localDate: 'dateTime' }})</span>
                </li>
              }
            </ul>
          } @else {
            <p class="sg-muted">{{ 'orders.detail.linkPending' | translate }}</p>
          }
          @if (access.can('update', 'Proof')) {
            <div class="sg-actions">
              <button mat-button type="button" [disabled]="busy()" (click)="recheck(o)">{{ 'orders.detail.recheck' | translate }}</button>
            </div>
          }
          @if (access.can('update', 'Proof') && o.status === 'proof-submitted') {
            <form class="review" [attr.aria-label]="'orders.detail.review' | translate" (submit)="$event.preventDefault()">
              <mat-form-field>
                <mat-label>{{ 'orders.detail.returnNote' | translate }}</mat-label>
                <textarea matInput name="note" rows="2" [ngModel]="note()" (ngModelChange)="note.set($event)"></textarea>
                <mat-hint>{{ 'orders.detail.returnNoteHint' | translate }}</mat-hint>
              </mat-form-field>
              <div class="sg-actions">
                <button mat-flat-button type="button" [disabled]="busy()" (click)="accept(o)">{{ 'orders.detail.acceptProof' | translate }}</button>
                <button mat-stroked-button type="button" [disabled]="busy() || note().trim().length < 3" (click)="returnProof(o)">
                  {{ 'orders.detail.returnProof' | translate }}
                </button>
              </div>
            </form>
          }
        } @else {
          <p class="sg-muted">{{ 'orders.detail.noProof' | translate: { date: (o.proofDeadline | localDate) } }}</p>
        }
      </section>

      @if (canEditOrder() && o.status === 'issued') {
        <section class="card" aria-labelledby="cancel-title">
          <h2 id="cancel-title">{{ 'orders.detail.cancelTitle' | translate }}</h2>
          <form (submit)="$event.preventDefault(); cancel(o)">
            <mat-form-field class="wide">
              <mat-label>{{ 'orders.detail.cancelReason' | translate }}</mat-label>
              <input matInput name="reason" [ngModel]="cancelReason()" (ngModelChange)="cancelReason.set($event)" />
            </mat-form-field>
            <button mat-stroked-button type="submit" [disabled]="busy() || cancelReason().trim().length < 3">{{ 'orders.detail.cancel' | translate }}</button>
          </form>
        </section>
      }

      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">{{ 'orders.detail.history' | translate }}</h2>
        <ol class="history">
          @for (e of o.history; track $index) {
            <li>{{ e.at | localDate: 'dateTime' }} · {{ e.action }} · {{ e.actor }}</li>
          }
        </ol>
      </section>
    }
  `,
  styles: `
    .status { margin: 8px 0 0; }
    .card { margin: 0 0 16px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card h2 { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    .card h3 { margin: 16px 0 4px; font: var(--mat-sys-title-small); }
    .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px 24px; margin: 0; }
    .facts dt { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    .facts dd { margin: 0; overflow-wrap: anywhere; }
    .body { white-space: pre-wrap; }
    .files, .checks { padding-left: 20px; }
    .upload { display: flex; flex-direction: column; gap: 4px; margin-top: 8px; }
    .review { display: flex; flex-direction: column; max-width: 640px; margin-top: 12px; }
    .wide { width: 100%; max-width: 640px; }
    .history { padding-left: 20px; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class OrderPage {
  private readonly api = inject(PublicationApi);
  private readonly i18n = inject(TranslateService);
  protected readonly access = inject(TenantAccess);
  readonly id = input.required<string>();

  protected readonly statusKey = orderStatusKey;
  protected readonly proofStatusKey = proofStatusKey;
  protected readonly mediaTypeKey = mediaTypeKey;
  protected readonly round = Math.round;
  protected verdictKey(verdict: LinkCheckVerdict): TranslationKey {
    return `orders.verdict.${verdict}`;
  }

  private readonly reloads = signal(0);
  protected readonly state = toSignal(
    combineLatest([toObservable(this.id), toObservable(this.reloads)]).pipe(
      loadStates(([id]) =>
        this.api.order(this.access.slug(), id).pipe(
          // The labels of the proof form the order was made under (staff with settings access).
          switchMap((order) =>
            (this.access.can('read', 'PublicationSettings') ? this.api.settingsVersions(this.access.slug(), order.fiscalYear) : of([])).pipe(
              catchError(() => of([])),
              map((versions) => ({ order, form: versions.find((v) => v.version === order.settingsVersion)?.proofForms.find((f) => f.mediaType === order.outlet.mediaType) ?? null })),
            ),
          ),
        ),
      ),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  /** The order as last answered by an action, else as loaded. */
  private readonly updated = signal<Order | null>(null);
  protected readonly order = computed(() => {
    const loaded = this.state().value?.order ?? null;
    const updated = this.updated();
    return updated && loaded && updated.id === loaded.id && updated.version >= loaded.version ? updated : loaded;
  });
  protected readonly proofFields = computed(() => {
    const proof = this.order()?.proof;
    if (!proof) return [];
    const fields: ProofField[] = this.state().value?.form?.fields ?? [];
    const lang = this.i18n.lang();
    return Object.entries(proof.fields).map(([key, value]) => {
      const field = fields.find((f) => f.key === key);
      return { key, label: field ? field.label[lang] : key, type: field?.type ?? (/^https?:\/\//.test(String(value)) ? 'url' : 'text'), value: String(value) };
    });
  });
  protected readonly pdfUrl = computed(() => this.api.orderPdfUrl(this.access.slug(), this.id()));
  protected readonly canEditOrder = computed(() => this.access.can('update', 'Order'));

  protected readonly busy = signal(false);
  protected readonly notice = signal<TranslationKey | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly note = signal('');
  protected readonly cancelReason = signal('');
  protected readonly uploading = signal<number | null>(null);

  protected fileUrl(fileId: string): string {
    return this.api.orderFileUrl(this.access.slug(), this.id(), fileId);
  }

  protected proofFileUrl(field: string): string {
    return this.api.proofFileUrl(this.access.slug(), this.id(), field);
  }

  protected accept(order: Order): void {
    this.act(this.api.acceptProof(this.access.slug(), order.id, order.proof!.version), 'orders.detail.accepted');
  }

  protected returnProof(order: Order): void {
    this.act(this.api.returnProof(this.access.slug(), order.id, order.proof!.version, this.note().trim()), 'orders.detail.returned');
  }

  protected recheck(order: Order): void {
    this.act(this.api.recheckLinks(this.access.slug(), order.id), 'orders.detail.rechecking');
  }

  protected cancel(order: Order): void {
    this.act(this.api.cancelOrder(this.access.slug(), order.id, order.version, this.cancelReason().trim()), 'orders.detail.cancelled');
  }

  protected upload(event: Event): void {
    const inputElement = event.target as HTMLInputElement;
    const file = inputElement.files?.[0];
    if (!file) return;
    this.uploading.set(0);
    this.actionError.set(null);
    this.api.addMaterial(this.access.slug(), this.id(), file, file.name).subscribe({
      next: (progress) => {
        if (progress.kind === 'progress') this.uploading.set(progress.percent ?? 0);
        else {
          this.updated.set(progress.value);
          this.notice.set('orders.detail.materialAdded');
        }
      },
      error: (e: ApiError) => {
        this.uploading.set(null);
        this.actionError.set(e);
        inputElement.value = '';
      },
      complete: () => {
        this.uploading.set(null);
        inputElement.value = '';
      },
    });
  }

  private act(request: import('rxjs').Observable<Order>, done: TranslationKey): void {
    this.busy.set(true);
    this.notice.set(null);
    this.actionError.set(null);
    request.subscribe({
      next: (order) => {
        this.busy.set(false);
        this.updated.set(order);
        this.note.set('');
        this.notice.set(done);
      },
      error: (e: ApiError) => {
        this.busy.set(false);
        this.actionError.set(e);
        // A stale version: show the current state under the error.
        if (e.code === 'STALE_VERSION' || e.code === 'INVALID_TRANSITION') this.reloads.update((n) => n + 1);
      },
    });
  }
}

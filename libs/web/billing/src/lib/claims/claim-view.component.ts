import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ApprovalActionKind, BillingDocumentKind, Claim } from '@sinergi/contracts';
import { LocalDatePipe, RupiahPipe, TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { DownloadButtonComponent, claimStatusKey } from '@sinergi/web/publication';

/** A claim's lines, frozen taxes, approval history, payment and documents (staff and media alike). */
@Component({
  selector: 'sg-claim-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RupiahPipe, LocalDatePipe, DownloadButtonComponent],
  template: `
    @let c = claim();
    <p>{{ 'billing.claims.status' | translate }}: <strong>{{ statusKey(c.status) | translate }}</strong> · {{ c.outlet.name }} · {{ c.company.legalName }}</p>
    @if (c.returnNote) {
      <p class="sg-alert sg-alert--info">{{ 'billing.claim.returnNote' | translate: { note: c.returnNote } }}</p>
    }
    <section class="card" aria-labelledby="lines-title">
      <h2 id="lines-title">{{ 'billing.claim.lines' | translate }}</h2>
      <div class="sg-table-scroll" tabindex="0">
        <table class="plain" [attr.aria-label]="'billing.claim.lines' | translate">
          <thead>
            <tr>
              <th scope="col">{{ 'orders.number' | translate }}</th>
              <th scope="col">{{ 'orders.product' | translate }}</th>
              <th scope="col" class="num">{{ 'orders.quantity' | translate }}</th>
              <th scope="col" class="num">{{ 'orders.detail.unitPrice' | translate }}</th>
              <th scope="col" class="num">{{ 'orders.amount' | translate }}</th>
              <th scope="col">{{ 'billing.claim.publishedOn' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (l of c.lines; track l.proofId) {
              <tr>
                <td>{{ l.orderNumber }}</td>
                <td>{{ l.productName }}</td>
                <td class="num">{{ l.quantity }}</td>
                <td class="num">{{ l.unitPrice | rupiah }}</td>
                <td class="num">{{ l.amount | rupiah }}</td>
                <td>{{ l.publishedOn | localDate }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
    <section class="card" aria-labelledby="taxes-title">
      <h2 id="taxes-title">{{ 'billing.claim.taxes' | translate }}</h2>
      <dl class="facts">
        <div><dt>{{ 'billing.claims.gross' | translate }}</dt><dd>{{ c.taxes.gross | rupiah }}</dd></div>
        <div><dt>{{ 'billing.claim.ppnBase' | translate }}</dt><dd>{{ c.taxes.ppnBase | rupiah }}</dd></div>
        <div>
          <dt>{{ 'billing.claim.ppn' | translate }}</dt>
          <dd>{{ c.taxes.ppn | rupiah }} · {{ (c.taxes.ppnCollected ? 'billing.claim.ppnWithheld' : 'billing.claim.ppnNotWithheld') | translate }}</dd>
        </div>
        <div><dt>{{ 'billing.claim.pph23' | translate: { rate: c.taxes.pph23RateBp / 100 } }}</dt><dd>{{ c.taxes.pph23 | rupiah }}</dd></div>
        <div><dt>{{ 'billing.claims.net' | translate }}</dt><dd><strong>{{ c.taxes.net | rupiah }}</strong></dd></div>
        <div><dt>{{ 'billing.claim.taxVersion' | translate }}</dt><dd>v{{ c.taxSettings.version }} · {{ c.taxes.pkp ? 'PKP' : 'non-PKP' }} · {{ c.taxes.hasNpwp ? 'NPWP' : ('billing.claim.noNpwp' | translate) }}</dd></div>
      </dl>
    </section>
    @if (c.approval; as a) {
      <section class="card" aria-labelledby="approval-title">
        <h2 id="approval-title">{{ 'billing.claim.approval' | translate }}</h2>
        <ol class="steps">
          @for (s of a.steps; track s.key) {
            <li [class.current]="s.key === a.currentStep">{{ s.label }} ({{ s.role }})@if (s.key === a.currentStep) { · {{ 'billing.claim.currentStep' | translate }} }</li>
          }
        </ol>
        <table class="plain" [attr.aria-label]="'billing.claim.history' | translate">
          <thead>
            <tr>
              <th scope="col">{{ 'billing.claim.when' | translate }}</th>
              <th scope="col">{{ 'billing.claim.action' | translate }}</th>
              <th scope="col">{{ 'billing.claim.who' | translate }}</th>
              <th scope="col">{{ 'billing.approvals.note' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (x of a.actions; track x.id) {
              <tr>
                <td>{{ x.at | localDate: 'dateTime' }}</td>
                <td>{{ actionKey(x.action) | translate }}@if (x.stepKey) { · {{ x.stepKey }} }</td>
                <td>
                  {{ x.actor.name }}
                  @if (x.onBehalfOf) {
                    <span class="sg-muted">({{ 'billing.claim.onBehalfOf' | translate: { name: x.onBehalfOf.name } }})</span>
                  }
                </td>
                <td>{{ x.note ?? '' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </section>
    }
    @if (c.payment; as p) {
      <section class="card" aria-labelledby="payment-title">
        <h2 id="payment-title">{{ 'billing.claim.payment' | translate }}</h2>
        <p>{{ 'billing.claim.paid' | translate: { sp2d: p.sp2dNumber, date: (p.sp2dDate | localDate), amount: (p.amount | rupiah) } }}</p>
        <ul>
          @for (r of p.taxReceipts; track r.kind) {
            <li>{{ r.kind === 'ppn' ? 'PPN' : 'PPh 23' }} · NTPN {{ r.ntpn }} · {{ r.amount | rupiah }} · {{ r.paidOn | localDate }}</li>
          }
        </ul>
      </section>
    }
    <section class="card" aria-labelledby="documents-title">
      <h2 id="documents-title">{{ 'billing.claim.documents' | translate }}</h2>
      @if (c.documents.length) {
        <ul class="docs">
          @for (d of c.documents; track d.kind) {
            <li>
              <sg-download-button [url]="documentUrl()(d.kind)">{{ documentKey(d.kind) | translate }} · {{ d.number }}</sg-download-button>
            </li>
          }
        </ul>
      } @else {
        <p class="sg-muted">{{ 'billing.claim.noDocuments' | translate }}</p>
      }
    </section>
  `,
  styles: `
    .card { margin: 0 0 16px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card h2 { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    table.plain { border-collapse: collapse; width: 100%; }
    table.plain th, table.plain td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    table.plain .num { text-align: right; white-space: nowrap; }
    .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px 24px; margin: 0; }
    .facts dt { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    .facts dd { margin: 0; }
    .steps .current { font-weight: 600; }
    .docs { padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 8px; }
  `,
})
export class ClaimViewComponent {
  readonly claim = input.required<Claim>();
  readonly documentUrl = input.required<(kind: BillingDocumentKind) => string>();
  protected readonly statusKey = claimStatusKey;

  protected actionKey(action: ApprovalActionKind): TranslationKey {
    return `billing.action.${action}`;
  }

  protected documentKey(kind: BillingDocumentKind): TranslationKey {
    return `billing.document.${kind}`;
  }
}

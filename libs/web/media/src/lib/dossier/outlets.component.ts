import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MEDIA_TYPES, type MediaOutlet, type MediaOutletRequest, type MediaType } from '@sinergi/contracts';
import { MediaApi, isApiError } from '@sinergi/web/api-client';
import { LocalNumberPipe, TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { intOrNull, mediaTypeLabel, orNull, outletFields, type OutletField } from '../shared/media-model';

/** The company's outlets, each with the fields its media type needs. */
@Component({
  selector: 'sg-media-outlets',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslatePipe, LocalNumberPipe],
  template: `
    <h2 id="outlets-heading" class="section-title">{{ 'media.outlets.title' | translate }}</h2>
    @if (outlets().length) {
      <ul class="list" aria-labelledby="outlets-heading">
        @for (outlet of outlets(); track outlet.id) {
          <li>
            <div>
              <span class="name">{{ outlet.name }}</span>
              <span class="sg-muted">
                {{ typeLabel(outlet.mediaType) }}
                @if (outlet.url) { · {{ outlet.url }} }
                @if (outlet.monthlyVisitors !== null) { · {{ 'media.outlets.visitorsValue' | translate: { count: (outlet.monthlyVisitors | localNumber) } }} }
                @if (outlet.circulation !== null) { · {{ 'media.outlets.circulationValue' | translate: { count: (outlet.circulation | localNumber) } }} }
                @if (!outlet.active) { · {{ 'media.outlets.inactive' | translate }} }
              </span>
            </div>
            <button mat-button type="button" [attr.aria-label]="'media.outlets.editOf' | translate: { name: outlet.name }" (click)="edit(outlet)">
              {{ 'media.common.edit' | translate }}
            </button>
          </li>
        }
      </ul>
    } @else {
      <p class="sg-empty">{{ 'media.outlets.empty' | translate }}</p>
    }

    <form [formGroup]="form" (ngSubmit)="save()" novalidate aria-labelledby="outlet-form-title">
      <h3 id="outlet-form-title" class="form-title">
        {{ (editing() ? 'media.outlets.editTitle' : 'media.outlets.add') | translate }}
      </h3>
      <div class="grid">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.outlets.name' | translate }}</mat-label>
          <input matInput formControlName="name" required />
          @if (form.controls.name.invalid) {
            <mat-error>{{ 'media.outlets.nameRequired' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.outlets.mediaType' | translate }}</mat-label>
          <select matNativeControl formControlName="mediaType">
            @for (type of types; track type) {
              <option [value]="type">{{ typeLabel(type) }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.outlets.launchedOn' | translate }}</mat-label>
          <input matInput type="date" formControlName="launchedOn" />
        </mat-form-field>
        @if (shows('url')) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'media.outlets.url' | translate }}</mat-label>
            <input matInput type="url" formControlName="url" placeholder="https://" />
          </mat-form-field>
        }
        @if (shows('monthlyVisitors')) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'media.outlets.monthlyVisitors' | translate }}</mat-label>
            <input matInput formControlName="monthlyVisitors" inputmode="numeric" />
          </mat-form-field>
        }
        @if (shows('circulation')) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'media.outlets.circulation' | translate }}</mat-label>
            <input matInput formControlName="circulation" inputmode="numeric" />
          </mat-form-field>
        }
        @if (shows('broadcastLicenceNumber')) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'media.outlets.broadcastLicence' | translate }}</mat-label>
            <input matInput formControlName="broadcastLicenceNumber" />
          </mat-form-field>
        }
        @if (shows('socialPlatform')) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'media.outlets.socialPlatform' | translate }}</mat-label>
            <input matInput formControlName="socialPlatform" />
          </mat-form-field>
        }
        @if (shows('location')) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'media.outlets.location' | translate }}</mat-label>
            <input matInput formControlName="location" />
          </mat-form-field>
        }
        <mat-checkbox formControlName="publishesMasthead">{{ 'media.outlets.masthead' | translate }}</mat-checkbox>
        @if (editing()) {
          <mat-checkbox formControlName="active">{{ 'media.outlets.active' | translate }}</mat-checkbox>
        }
      </div>
      @if (error(); as message) {
        <p class="sg-alert sg-alert--error" role="alert">{{ message }}</p>
      }
      <div class="sg-actions">
        <button mat-flat-button type="submit" [disabled]="pending()">
          {{ (editing() ? 'media.outlets.saveEdit' : 'media.outlets.submit') | translate }}
        </button>
        @if (editing()) {
          <button mat-button type="button" (click)="cancel()">{{ 'common.cancel' | translate }}</button>
        }
      </div>
    </form>
  `,
  styles: `
    .section-title { margin: 0 0 12px; font: var(--mat-sys-title-large); }
    .form-title { margin: 0 0 12px; font: var(--mat-sys-title-small); }
    .list { margin: 0 0 16px; padding: 0; list-style: none; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .list li { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px; padding: 12px 16px; }
    .list li + li { border-top: 1px solid var(--mat-sys-outline-variant); }
    .name { display: block; font-weight: 500; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 16px; margin-bottom: 16px; align-items: center; }
  `,
})
export class OutletsComponent {
  readonly companyId = input.required<string>();
  readonly outlets = input.required<readonly MediaOutlet[]>();
  readonly changed = output<void>();

  private readonly api = inject(MediaApi);
  private readonly i18n = inject(TranslateService);
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly types = MEDIA_TYPES;
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly editing = signal<MediaOutlet | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2)]],
    mediaType: ['online' as MediaType],
    launchedOn: [''],
    url: [''],
    monthlyVisitors: [''],
    circulation: [''],
    broadcastLicenceNumber: [''],
    socialPlatform: [''],
    location: [''],
    publishesMasthead: [true],
    active: [true],
  });
  private readonly mediaType = toSignal(this.form.controls.mediaType.valueChanges, { initialValue: this.form.controls.mediaType.value });
  private readonly fields = computed(() => outletFields(this.mediaType()));

  protected shows(field: OutletField): boolean {
    return this.fields().includes(field);
  }

  protected typeLabel(type: MediaType): string {
    return mediaTypeLabel(type, this.i18n.lang());
  }

  protected edit(outlet: MediaOutlet): void {
    this.editing.set(outlet);
    this.error.set(null);
    this.form.reset({
      name: outlet.name,
      mediaType: outlet.mediaType,
      launchedOn: outlet.launchedOn ?? '',
      url: outlet.url ?? '',
      monthlyVisitors: outlet.monthlyVisitors?.toString() ?? '',
      circulation: outlet.circulation?.toString() ?? '',
      broadcastLicenceNumber: outlet.broadcastLicenceNumber ?? '',
      socialPlatform: outlet.socialPlatform ?? '',
      location: outlet.location ?? '',
      publishesMasthead: outlet.publishesMasthead,
      active: outlet.active,
    });
  }

  protected cancel(): void {
    // resetForm also clears the submitted state, so the emptied form shows no errors.
    this.formDirective()?.resetForm();
    this.editing.set(null);
    this.form.reset();
  }

  protected save(): void {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const applies = (field: OutletField) => outletFields(v.mediaType).includes(field);
    const editing = this.editing();
    const body: MediaOutletRequest = {
      name: v.name.trim(),
      mediaType: v.mediaType,
      launchedOn: orNull(v.launchedOn),
      url: applies('url') ? orNull(v.url) : null,
      monthlyVisitors: applies('monthlyVisitors') ? intOrNull(v.monthlyVisitors) : null,
      circulation: applies('circulation') ? intOrNull(v.circulation) : null,
      broadcastLicenceNumber: applies('broadcastLicenceNumber') ? orNull(v.broadcastLicenceNumber) : null,
      socialPlatform: applies('socialPlatform') ? orNull(v.socialPlatform) : null,
      location: applies('location') ? orNull(v.location) : null,
      publishesMasthead: v.publishesMasthead,
      ...(editing ? { active: v.active, version: editing.version } : {}),
    };
    this.pending.set(true);
    this.error.set(null);
    const request = editing ? this.api.updateOutlet(this.companyId(), editing.id, body) : this.api.addOutlet(this.companyId(), body);
    request.subscribe({
      next: () => {
        this.pending.set(false);
        this.cancel();
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.error.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
      },
    });
  }
}

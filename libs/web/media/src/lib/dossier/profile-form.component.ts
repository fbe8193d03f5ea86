import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DEWAN_PERS_STATUSES, type DewanPersStatus, type MediaCompanyProfile } from '@sinergi/contracts';
import { type ApiError, MediaApi, isApiError } from '@sinergi/web/api-client';
import { TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { dewanPersLabel, orNull, splitList } from '../shared/media-model';

/** The company profile, saved with the version read (a stale one answers 409 with a reload). */
@Component({
  selector: 'sg-media-profile-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate [attr.aria-labelledby]="'profile-heading'">
      <h2 id="profile-heading" class="section-title">{{ 'media.profile.title' | translate }}</h2>
      <div class="grid">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>NPWP</mat-label>
          <input matInput formControlName="npwp" inputmode="numeric" />
          <mat-hint>{{ 'media.profile.npwpHint' | translate }}</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>NIB</mat-label>
          <input matInput formControlName="nib" inputmode="numeric" />
          <mat-hint>{{ 'media.profile.nibHint' | translate }}</mat-hint>
        </mat-form-field>
        <mat-checkbox formControlName="pkp">{{ 'media.profile.pkp' | translate }}</mat-checkbox>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>KBLI</mat-label>
          <input matInput formControlName="kbli" inputmode="numeric" />
          <mat-hint>{{ 'media.profile.kbliHint' | translate }}</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
          <mat-label>{{ 'media.profile.address' | translate }}</mat-label>
          <textarea matInput formControlName="address" rows="2" autocomplete="street-address"></textarea>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.profile.regionCode' | translate }}</mat-label>
          <input matInput formControlName="regionCode" />
          <mat-hint>{{ 'media.profile.regionCodeHint' | translate }}</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.profile.officeRegions' | translate }}</mat-label>
          <input matInput formControlName="officeRegionCodes" />
          <mat-hint>{{ 'media.profile.officeRegionsHint' | translate }}</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.profile.establishedOn' | translate }}</mat-label>
          <input matInput type="date" formControlName="establishedOn" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.profile.phone' | translate }}</mat-label>
          <input matInput type="tel" formControlName="phone" autocomplete="tel" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.profile.website' | translate }}</mat-label>
          <input matInput type="url" formControlName="website" placeholder="https://" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.profile.bankName' | translate }}</mat-label>
          <input matInput formControlName="bankName" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.profile.bankAccountNumber' | translate }}</mat-label>
          <input matInput formControlName="bankAccountNumber" inputmode="numeric" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.profile.bankAccountHolder' | translate }}</mat-label>
          <input matInput formControlName="bankAccountHolder" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.profile.dewanPersStatus' | translate }}</mat-label>
          <select matNativeControl formControlName="dewanPersStatus">
            @for (status of statuses; track status) {
              <option [value]="status">{{ statusLabel(status) }}</option>
            }
          </select>
        </mat-form-field>
        @if (form.controls.dewanPersStatus.value !== 'none') {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'media.profile.dewanPersCertificate' | translate }}</mat-label>
            <input matInput formControlName="dewanPersCertificateNumber" />
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'media.profile.dewanPersVerifiedOn' | translate }}</mat-label>
            <input matInput type="date" formControlName="dewanPersVerifiedOn" />
          </mat-form-field>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.profile.constituent' | translate }}</mat-label>
          <input matInput formControlName="constituentOrganisation" />
          <mat-hint>{{ 'media.profile.constituentHint' | translate }}</mat-hint>
        </mat-form-field>
      </div>

      @if (error(); as failure) {
        <div class="sg-alert sg-alert--error" role="alert">
          <p class="message">{{ failure.message }}</p>
          @if (failure.details.length) {
            <ul>
              @for (detail of failure.details; track $index) {
                <li>{{ detail.message }}</li>
              }
            </ul>
          }
          @if (failure.code === 'STALE_VERSION') {
            <button mat-stroked-button type="button" (click)="reloadLatest()">{{ 'media.profile.reload' | translate }}</button>
          }
        </div>
      }
      @if (saved()) {
        <p class="sg-alert sg-alert--success" role="status">{{ 'media.profile.saved' | translate }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="pending()">
        {{ (pending() ? 'members.saving' : 'media.profile.save') | translate }}
      </button>
    </form>
  `,
  styles: `
    .section-title { margin: 0 0 12px; font: var(--mat-sys-title-large); }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 16px; margin-bottom: 16px; align-items: start; }
    .wide { grid-column: 1 / -1; }
    .message { margin: 0 0 8px; }
    ul { margin: 0 0 8px; padding-left: 20px; }
  `,
})
export class ProfileFormComponent {
  readonly companyId = input.required<string>();
  readonly profile = input.required<MediaCompanyProfile>();
  /** Asks the page to reload the dossier (after a save, or to get the latest version). */
  readonly changed = output<void>();

  private readonly api = inject(MediaApi);
  private readonly i18n = inject(TranslateService);
  protected readonly statuses = DEWAN_PERS_STATUSES;
  protected readonly pending = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  private shownVersion = 0;

  protected readonly form = inject(NonNullableFormBuilder).group({
    npwp: [''],
    nib: [''],
    pkp: [false],
    kbli: [''],
    address: [''],
    regionCode: [''],
    officeRegionCodes: [''],
    establishedOn: [''],
    phone: [''],
    website: [''],
    bankName: [''],
    bankAccountNumber: [''],
    bankAccountHolder: [''],
    dewanPersStatus: ['none' as DewanPersStatus],
    dewanPersCertificateNumber: [''],
    dewanPersVerifiedOn: [''],
    constituentOrganisation: [''],
  });

  constructor() {
    // Fill the form when a newer version arrives, not on every reload of the dossier.
    effect(() => {
      const profile = this.profile();
      if (profile.version === this.shownVersion) return;
      untracked(() => this.fill(profile));
    });
  }

  protected statusLabel(status: DewanPersStatus): string {
    return dewanPersLabel(status, this.i18n.lang());
  }

  protected reloadLatest(): void {
    this.error.set(null);
    this.shownVersion = 0;
    this.changed.emit();
  }

  protected save(): void {
    if (this.pending()) return;
    const v = this.form.getRawValue();
    this.pending.set(true);
    this.saved.set(false);
    this.error.set(null);
    const status = v.dewanPersStatus;
    this.api
      .updateProfile(this.companyId(), {
        version: this.profile().version,
        npwp: orNull(v.npwp),
        nib: orNull(v.nib),
        pkp: v.pkp,
        kbli: splitList(v.kbli),
        address: orNull(v.address),
        regionCode: orNull(v.regionCode),
        officeRegionCodes: splitList(v.officeRegionCodes),
        establishedOn: orNull(v.establishedOn),
        phone: orNull(v.phone),
        website: orNull(v.website),
        bankName: orNull(v.bankName),
        bankAccountNumber: orNull(v.bankAccountNumber),
        bankAccountHolder: orNull(v.bankAccountHolder),
        dewanPersStatus: status,
        dewanPersCertificateNumber: status === 'none' ? null : orNull(v.dewanPersCertificateNumber),
        dewanPersVerifiedOn: status === 'none' ? null : orNull(v.dewanPersVerifiedOn),
        constituentOrganisation: orNull(v.constituentOrganisation),
      })
      .subscribe({
        next: (profile) => {
          this.pending.set(false);
          this.saved.set(true);
          this.shownVersion = profile.version;
          this.changed.emit();
        },
        error: (error: unknown) => {
          this.pending.set(false);
          if (isApiError(error)) this.error.set(error);
        },
      });
  }

  private fill(p: MediaCompanyProfile): void {
    this.shownVersion = p.version;
    this.form.reset({
      npwp: p.npwp ?? '',
      nib: p.nib ?? '',
      pkp: p.pkp,
      kbli: p.kbli.join(', '),
      address: p.address ?? '',
      regionCode: p.regionCode ?? '',
      officeRegionCodes: p.officeRegionCodes.join(', '),
      establishedOn: p.establishedOn ?? '',
      phone: p.phone ?? '',
      website: p.website ?? '',
      bankName: p.bankName ?? '',
      bankAccountNumber: p.bankAccountNumber ?? '',
      bankAccountHolder: p.bankAccountHolder ?? '',
      dewanPersStatus: p.dewanPersStatus,
      dewanPersCertificateNumber: p.dewanPersCertificateNumber ?? '',
      dewanPersVerifiedOn: p.dewanPersVerifiedOn ?? '',
      constituentOrganisation: p.constituentOrganisation ?? '',
    });
  }
}

import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MEDIA_PERSON_POSITIONS, UKW_LEVELS, type MediaPerson, type MediaPersonPosition, type UkwLevel } from '@sinergi/contracts';
import { MediaApi, isApiError } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import type { Observable } from 'rxjs';
import { orNull } from '../shared/media-model';

const POSITION_LABEL: Readonly<Record<MediaPersonPosition, TranslationKey>> = {
  'pemimpin-redaksi': 'media.position.pemimpin-redaksi',
  editor: 'media.position.editor',
  journalist: 'media.position.journalist',
  'bureau-chief': 'media.position.bureau-chief',
};

/** The newsroom: pemimpin redaksi, editors, journalists and bureau chiefs with their UKW level. */
@Component({
  selector: 'sg-media-people',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, LocalDatePipe],
  template: `
    <h2 id="people-heading" class="section-title">{{ 'media.people.title' | translate }}</h2>
    @if (people().length) {
      <ul class="list" aria-labelledby="people-heading">
        @for (person of people(); track person.id) {
          <li>
            <div>
              <span class="name">{{ person.name }}</span>
              <span class="sg-muted">
                {{ positionLabel(person.position) | translate }}
                · UKW {{ person.ukwLevel ? ukwLabel(person.ukwLevel) : ('media.people.noUkw' | translate) }}
                @if (person.ukwCertifiedOn) {
                  ({{ person.ukwCertifiedOn | localDate }})
                }
                @if (person.ktpRegionCode) {
                  · KTP {{ person.ktpRegionCode }}
                }
              </span>
            </div>
            <div class="sg-actions">
              <button mat-button type="button" [attr.aria-label]="'media.people.editOf' | translate: { name: person.name }" (click)="edit(person)">
                {{ 'media.common.edit' | translate }}
              </button>
              <button mat-button type="button" class="destructive" [disabled]="pending()" [attr.aria-label]="'media.people.removeOf' | translate: { name: person.name }" (click)="remove(person)">
                {{ 'members.remove' | translate }}
              </button>
            </div>
          </li>
        }
      </ul>
    } @else {
      <p class="sg-empty">{{ 'media.people.empty' | translate }}</p>
    }

    <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form" aria-labelledby="person-form-title">
      <h3 id="person-form-title" class="form-title">
        {{ (editingId() ? 'media.people.editTitle' : 'media.people.add') | translate }}
      </h3>
      <div class="grid">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.people.name' | translate }}</mat-label>
          <input matInput formControlName="name" required />
          @if (form.controls.name.invalid) {
            <mat-error>{{ 'media.register.nameRequired' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.people.position' | translate }}</mat-label>
          <select matNativeControl formControlName="position">
            @for (position of positions; track position) {
              <option [value]="position">{{ positionLabel(position) | translate }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.people.ukwLevel' | translate }}</mat-label>
          <select matNativeControl formControlName="ukwLevel">
            <option value="">{{ 'media.people.noUkw' | translate }}</option>
            @for (level of levels; track level) {
              <option [value]="level">{{ ukwLabel(level) }}</option>
            }
          </select>
        </mat-form-field>
        @if (form.controls.ukwLevel.value) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'media.people.ukwCertificate' | translate }}</mat-label>
            <input matInput formControlName="ukwCertificateNumber" />
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'media.people.ukwCertifiedOn' | translate }}</mat-label>
            <input matInput type="date" formControlName="ukwCertifiedOn" />
          </mat-form-field>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.people.ktpRegion' | translate }}</mat-label>
          <input matInput formControlName="ktpRegionCode" />
          <mat-hint>{{ 'media.profile.regionCodeHint' | translate }}</mat-hint>
        </mat-form-field>
      </div>
      @if (error(); as message) {
        <p class="sg-alert sg-alert--error" role="alert">{{ message }}</p>
      }
      <div class="sg-actions">
        <button mat-flat-button type="submit" [disabled]="pending()">
          {{ (editingId() ? 'media.people.saveEdit' : 'media.people.submit') | translate }}
        </button>
        @if (editingId()) {
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
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 16px; margin-bottom: 16px; }
    .destructive { --mat-button-text-label-text-color: var(--mat-sys-error); }
  `,
})
export class PeopleComponent {
  readonly companyId = input.required<string>();
  readonly people = input.required<readonly MediaPerson[]>();
  readonly changed = output<void>();

  private readonly api = inject(MediaApi);
  private readonly i18n = inject(TranslateService);
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly positions = MEDIA_PERSON_POSITIONS;
  protected readonly levels = UKW_LEVELS;
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly editingId = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2)]],
    position: ['pemimpin-redaksi' as MediaPersonPosition],
    ukwLevel: ['' as UkwLevel | ''],
    ukwCertificateNumber: [''],
    ukwCertifiedOn: [''],
    ktpRegionCode: [''],
  });

  protected positionLabel(position: MediaPersonPosition): TranslationKey {
    return POSITION_LABEL[position];
  }

  protected ukwLabel(level: UkwLevel): string {
    return level.charAt(0).toUpperCase() + level.slice(1);
  }

  protected edit(person: MediaPerson): void {
    this.editingId.set(person.id);
    this.error.set(null);
    this.form.reset({
      name: person.name,
      position: person.position,
      ukwLevel: person.ukwLevel ?? '',
      ukwCertificateNumber: person.ukwCertificateNumber ?? '',
      ukwCertifiedOn: person.ukwCertifiedOn ?? '',
      ktpRegionCode: person.ktpRegionCode ?? '',
    });
  }

  protected cancel(): void {
    // resetForm also clears the submitted state, so the emptied form shows no errors.
    this.formDirective()?.resetForm();
    this.editingId.set(null);
    this.form.reset();
  }

  protected save(): void {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const level = v.ukwLevel === '' ? null : v.ukwLevel;
    const body = {
      name: v.name.trim(),
      position: v.position,
      ukwLevel: level,
      ukwCertificateNumber: level ? orNull(v.ukwCertificateNumber) : null,
      ukwCertifiedOn: level ? orNull(v.ukwCertifiedOn) : null,
      ktpRegionCode: orNull(v.ktpRegionCode),
    };
    const id = this.editingId();
    this.run(id ? this.api.updatePerson(this.companyId(), id, body) : this.api.addPerson(this.companyId(), body), () => this.cancel());
  }

  protected remove(person: MediaPerson): void {
    if (this.pending()) return;
    this.run(this.api.removePerson(this.companyId(), person.id), () => {
      if (this.editingId() === person.id) this.cancel();
    });
  }

  private run(request: Observable<unknown>, done: () => void): void {
    this.pending.set(true);
    this.error.set(null);
    request.subscribe({
      next: () => {
        this.pending.set(false);
        done();
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.error.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
      },
    });
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Region } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, SinergiApi, loadStates } from '@sinergi/web/api-client';
import { TranslatePipe } from '@sinergi/web/i18n';
import { debounceTime, distinctUntilChanged, filter, map, startWith, switchMap } from 'rxjs';
import { LEVEL_LABEL } from '../shared/labels';
import { type RegionValue, isRegion } from './region-value';

const SEARCH_PAGE_SIZE = 50;

/** Autocomplete over the region catalogue, offering only regions that are not tenants yet. */
@Component({
  selector: 'sg-region-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatAutocompleteModule, TranslatePipe],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
      <mat-label>{{ 'onboard.region.label' | translate }}</mat-label>
      <input matInput type="text" [formControl]="control()" [matAutocomplete]="auto" autocomplete="off" />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" autoActiveFirstOption>
        @if (search().status === 'loading') {
          <mat-option disabled>{{ 'onboard.region.searching' | translate }}</mat-option>
        } @else if (search().status === 'error') {
          <mat-option disabled>{{ errorMessage() }}</mat-option>
        } @else {
          @for (region of freeRegions(); track region.code) {
            <mat-option [value]="region">
              <span>{{ region.name }}</span>
              <span class="meta">
                {{ levelLabel[region.level] | translate }}
                @if (region.level !== 'provinsi') {
                  · {{ region.provinceName }}
                }
                · <span class="code">{{ region.code }}</span>
              </span>
            </mat-option>
          } @empty {
            <mat-option disabled>{{ 'onboard.region.noResults' | translate }}</mat-option>
          }
        }
      </mat-autocomplete>
      <mat-hint>{{ 'onboard.region.hint' | translate }}</mat-hint>
      @if (control().hasError('regionTaken')) {
        <mat-error>
          {{ 'onboard.region.taken' | translate: { slug: control().getError('regionTaken') } }}
        </mat-error>
      } @else if (control().hasError('regionRequired')) {
        <mat-error>{{ 'onboard.region.required' | translate }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    .field { width: 100%; }
    .meta {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .code { font-family: ui-monospace, Menlo, Consolas, monospace; }
  `,
})
export class RegionPickerComponent {
  readonly control = input.required<FormControl<RegionValue>>();

  private readonly api = inject(SinergiApi);
  protected readonly levelLabel = LEVEL_LABEL;

  protected readonly search = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
      filter((value) => !isRegion(value)),
      map((value) => (typeof value === 'string' ? value.trim() : '')),
      debounceTime(250),
      distinctUntilChanged(),
      loadStates((q) => this.api.regions({ q: q || undefined, pageSize: SEARCH_PAGE_SIZE })),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly freeRegions = computed<Region[]>(() =>
    (this.search().value?.items ?? []).filter((region) => region.tenant === null),
  );
  protected readonly errorMessage = computed(() => {
    const state = this.search();
    return state.status === 'error' ? state.error.message : '';
  });

  protected readonly display = (value: RegionValue): string =>
    isRegion(value) ? value.name : (value ?? '');
}

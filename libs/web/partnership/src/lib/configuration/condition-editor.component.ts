import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type Condition, FACT_FIELD_NAMES, type FactField, type RuleOperator } from '@sinergi/contracts';
import { TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { definitionOf, describeValue, operatorsFor, splitList, valueKind, valuesOf, withField, withOperator } from './rule-editing';

/** Field, operator and value of one condition; only combinations the rule engine accepts are offered. */
@Component({
  selector: 'sg-condition-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  template: `
    @let c = condition();
    <mat-form-field class="field" subscriptSizing="dynamic">
      <mat-label>{{ 'partnership.rule.field' | translate }}</mat-label>
      <mat-select [value]="c.field" (valueChange)="setField($event)">
        @for (name of fields; track name) {
          <mat-option [value]="name">{{ fieldLabel(name) }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-form-field class="operator" subscriptSizing="dynamic">
      <mat-label>{{ 'partnership.rule.operator' | translate }}</mat-label>
      <mat-select [value]="c.operator" (valueChange)="setOperator($event)">
        @for (op of operators(); track op) {
          <mat-option [value]="op">{{ operatorKey(op) | translate }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    @switch (kind()) {
      @case ('one-of') {
        <mat-form-field class="value" subscriptSizing="dynamic">
          <mat-label>{{ 'partnership.rule.value' | translate }}</mat-label>
          <mat-select [value]="c.value" (valueChange)="setValue($event)">
            @for (v of values(); track v) {
              <mat-option [value]="v">{{ valueLabel(v) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      @case ('many-of') {
        <mat-form-field class="value" subscriptSizing="dynamic">
          <mat-label>{{ 'partnership.rule.values' | translate }}</mat-label>
          <mat-select multiple [value]="c.value" (valueChange)="setValue($event)">
            @for (v of values(); track v) {
              <mat-option [value]="v">{{ valueLabel(v) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      @case ('number') {
        <mat-form-field class="value" subscriptSizing="dynamic">
          <mat-label>{{ 'partnership.rule.value' | translate }}</mat-label>
          <input matInput type="number" [ngModel]="c.value" (ngModelChange)="setValue($event)" />
          @if (unit(); as u) {
            <span matTextSuffix>{{ u }}</span>
          }
        </mat-form-field>
      }
      @case ('range') {
        <mat-form-field class="value-half" subscriptSizing="dynamic">
          <mat-label>{{ 'partnership.rule.min' | translate }}</mat-label>
          <input matInput type="number" [ngModel]="rangeAt(0)" (ngModelChange)="setRange(0, $event)" />
        </mat-form-field>
        <mat-form-field class="value-half" subscriptSizing="dynamic">
          <mat-label>{{ 'partnership.rule.max' | translate }}</mat-label>
          <input matInput type="number" [ngModel]="rangeAt(1)" (ngModelChange)="setRange(1, $event)" />
        </mat-form-field>
      }
      @case ('text') {
        <mat-form-field class="value" subscriptSizing="dynamic">
          <mat-label>{{ 'partnership.rule.value' | translate }}</mat-label>
          <input matInput [ngModel]="c.value" (ngModelChange)="setValue($event)" />
        </mat-form-field>
      }
      @case ('texts') {
        <mat-form-field class="value" subscriptSizing="dynamic">
          <mat-label>{{ 'partnership.rule.valuesComma' | translate }}</mat-label>
          <input matInput [ngModel]="listText()" (ngModelChange)="setValue(split($event))" />
        </mat-form-field>
      }
    }
  `,
  styles: `
    :host { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; }
    .field { flex: 2 1 240px; }
    .operator { flex: 1 1 160px; }
    .value { flex: 1 1 180px; }
    .value-half { flex: 1 1 90px; }
  `,
})
export class ConditionEditorComponent {
  readonly condition = input.required<Condition>();
  readonly conditionChange = output<Condition>();

  private readonly i18n = inject(TranslateService);
  protected readonly fields = FACT_FIELD_NAMES;
  protected readonly operators = computed(() => operatorsFor(this.condition().field));
  protected readonly kind = computed(() => valueKind(this.condition().field, this.condition().operator));
  protected readonly values = computed(() => valuesOf(this.condition().field));
  protected readonly unit = computed(() => definitionOf(this.condition().field)?.unit?.[this.i18n.lang()] ?? '');
  protected readonly listText = computed(() => {
    const value = this.condition().value;
    return Array.isArray(value) ? value.join(', ') : '';
  });

  protected fieldLabel(field: FactField): string {
    return definitionOf(field)?.label[this.i18n.lang()] ?? field;
  }

  protected valueLabel(value: string): string {
    return describeValue(this.condition().field, value, this.i18n.lang());
  }

  protected operatorKey(operator: RuleOperator): TranslationKey {
    return `partnership.op.${operator}`;
  }

  protected split(text: string): string[] {
    return splitList(text);
  }

  protected rangeAt(index: 0 | 1): unknown {
    const value = this.condition().value;
    return Array.isArray(value) ? value[index] : null;
  }

  protected setField(field: FactField): void {
    this.conditionChange.emit(withField(this.condition(), field));
  }

  protected setOperator(operator: RuleOperator): void {
    this.conditionChange.emit(withOperator(this.condition(), operator));
  }

  protected setValue(value: unknown): void {
    this.conditionChange.emit({ ...this.condition(), value });
  }

  protected setRange(index: 0 | 1, value: unknown): void {
    const current = this.condition().value;
    const pair = Array.isArray(current) ? [...current] : [null, null];
    pair[index] = value;
    this.setValue(pair);
  }
}

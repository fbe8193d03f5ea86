import { Injectable, effect, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { MatStepperIntl } from '@angular/material/stepper';
import { TranslateService } from '@sinergi/web/i18n';

/** Paginator labels in the user's language, updated on a language switch. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(TranslateService);

  constructor() {
    super();
    effect(() => {
      this.i18n.lang();
      this.itemsPerPageLabel = this.i18n.t('paginator.itemsPerPage');
      this.nextPageLabel = this.i18n.t('paginator.next');
      this.previousPageLabel = this.i18n.t('paginator.previous');
      this.firstPageLabel = this.i18n.t('paginator.first');
      this.lastPageLabel = this.i18n.t('paginator.last');
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) return this.i18n.t('paginator.rangeEmpty');
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.i18n.t('paginator.range', { start, end, length });
  };
}

@Injectable()
export class TranslatedStepperIntl extends MatStepperIntl {
  private readonly i18n = inject(TranslateService);

  constructor() {
    super();
    effect(() => {
      this.i18n.lang();
      this.optionalLabel = this.i18n.t('stepper.optional');
      this.completedLabel = this.i18n.t('stepper.completed');
      this.editableLabel = this.i18n.t('stepper.editable');
      this.changes.next();
    });
  }
}

import { Pipe, type PipeTransform, inject } from '@angular/core';
import { formatLocalDate, formatLocalNumber, formatRupiah, type DateStyle } from './locale-format';
import { TranslateService } from './translate.service';

/** `{{ 1200000 | rupiah }}` → `Rp1.200.000`. Impure so it follows the language switch. */
@Pipe({ name: 'rupiah', pure: false })
export class RupiahPipe implements PipeTransform {
  private readonly i18n = inject(TranslateService);

  transform(amount: number | null | undefined): string {
    return amount == null ? '' : formatRupiah(amount, this.i18n.lang());
  }
}

/** `{{ 412345 | localNumber }}` → `412.345` in Bahasa Indonesia. */
@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly i18n = inject(TranslateService);

  transform(value: number | null | undefined): string {
    return value == null ? '' : formatLocalNumber(value, this.i18n.lang());
  }
}

/** `{{ tenant.createdAt | localDate }}` → `12 Jan 2026`; `| localDate: 'dateTime'` adds the time. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(TranslateService);

  transform(value: string | number | Date | null | undefined, style: DateStyle = 'date'): string {
    return value == null || value === '' ? '' : formatLocalDate(value, this.i18n.lang(), style);
  }
}

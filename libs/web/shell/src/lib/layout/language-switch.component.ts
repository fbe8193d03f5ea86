import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe, TranslateService, type Lang } from '@sinergi/web/i18n';

type LanguageOption = { lang: Lang; short: string; name: string };

const OPTIONS: readonly LanguageOption[] = [
  { lang: 'id', short: 'ID', name: 'Bahasa Indonesia' },
  { lang: 'en', short: 'EN', name: 'English' },
];

/** Two toggle buttons (`aria-pressed`); each language is named in its own language ("EN: English"). */
@Component({
  selector: 'sg-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="switch" role="group" [attr.aria-label]="'language.label' | translate">
      @for (option of options; track option.lang) {
        <!-- The visible code starts the accessible name (WCAG 2.5.3, label in name); the full name follows. -->
        <button
          type="button"
          [attr.lang]="option.lang"
          [attr.aria-pressed]="i18n.lang() === option.lang"
          (click)="i18n.use(option.lang)"
        >
          {{ option.short }}<span class="visually-hidden">: {{ option.name }}</span>
        </button>
      }
    </div>
  `,
  styleUrl: './language-switch.component.scss',
})
export class LanguageSwitchComponent {
  protected readonly i18n = inject(TranslateService);
  protected readonly options = OPTIONS;
}

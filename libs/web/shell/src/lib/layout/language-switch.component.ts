import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleModule, type MatButtonToggleChange } from '@angular/material/button-toggle';
import { TranslatePipe, TranslateService, isLang } from '@sinergi/web/i18n';

@Component({
  selector: 'sg-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonToggleModule, TranslatePipe],
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [value]="i18n.lang()"
      (change)="select($event)"
      [attr.aria-label]="'language.label' | translate"
    >
      <mat-button-toggle value="id" lang="id" aria-label="Bahasa Indonesia">ID</mat-button-toggle>
      <mat-button-toggle value="en" lang="en" aria-label="English">EN</mat-button-toggle>
    </mat-button-toggle-group>
  `,
  styles: `
    mat-button-toggle-group { --mat-button-toggle-height: 36px; }
  `,
})
export class LanguageSwitchComponent {
  protected readonly i18n = inject(TranslateService);

  protected select(change: MatButtonToggleChange): void {
    const value: unknown = change.value;
    if (isLang(value)) this.i18n.use(value);
  }
}

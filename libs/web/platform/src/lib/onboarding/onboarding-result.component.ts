import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { CreateTenantResponse } from '@sinergi/contracts';
import { LocalDatePipe, TranslatePipe } from '@sinergi/web/i18n';
import { LEVEL_LABEL } from '../shared/labels';
import { TenantStatusChipComponent } from '../shared/tenant-status-chip.component';

/** The created tenant and where the first admin's invitation went (the link itself travels only by mail). */
@Component({
  selector: 'sg-onboarding-result',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatButtonModule, RouterLink, TranslatePipe, LocalDatePipe, TenantStatusChipComponent],
  templateUrl: './onboarding-result.component.html',
  styleUrl: './onboarding-result.component.scss',
})
export class OnboardingResultComponent {
  readonly tenant = input.required<CreateTenantResponse>();
  readonly onboardAnother = output<void>();

  protected readonly levelLabel = LEVEL_LABEL;
}

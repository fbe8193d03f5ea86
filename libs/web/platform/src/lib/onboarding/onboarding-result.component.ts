import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { CreateTenantResponse } from '@sinergi/contracts';
import { LocalDatePipe, TranslatePipe } from '@sinergi/web/i18n';
import { LEVEL_LABEL } from '../shared/labels';
import { TenantStatusChipComponent } from '../shared/tenant-status-chip.component';

type CopyState = 'idle' | 'copied' | 'failed';

/** The created tenant and, once, the first admin's invitation link. */
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

  private readonly document = inject(DOCUMENT);
  protected readonly levelLabel = LEVEL_LABEL;
  protected readonly copyState = signal<CopyState>('idle');

  /** The accept URL as a full address, also when the API answers with a path. */
  protected readonly acceptUrl = computed(() => {
    const invitation = this.tenant().adminInvitation;
    return invitation ? new URL(invitation.acceptUrl, this.document.baseURI).href : null;
  });

  protected copy(url: string): void {
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (!clipboard) {
      this.copyState.set('failed');
      return;
    }
    clipboard.writeText(url).then(
      () => this.copyState.set('copied'),
      () => this.copyState.set('failed'),
    );
  }
}

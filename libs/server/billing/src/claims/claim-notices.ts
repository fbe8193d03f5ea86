import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, TenantDatabase } from '@sinergi/server/core';
import { formatRupiah } from '@sinergi/server/documents';
import { OutboxService } from '@sinergi/server/notification';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { ClaimEntity, PaymentEntity } from '../entities/billing.entities';

/** Mail to the press company about its claim, into the outbox in the claim's own transaction. */
@Injectable()
export class ClaimNotices {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly outbox: OutboxService,
    private readonly registry: TenantRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  claimUrl(tenantSlug: string, claim: Pick<ClaimEntity, 'id' | 'companyId'>): string {
    return `${this.config.publicUrl}/media/${claim.companyId}/t/${tenantSlug}/claims/${claim.id}`;
  }

  async returned(claim: ClaimEntity, note: string, returnedBy: string): Promise<void> {
    const tenant = this.tenantDb.currentTenant();
    const data = { companyName: claim.companyName, claimNumber: claim.number, outletName: claim.outletName, note, returnedBy, claimUrl: this.claimUrl(tenant.slug, claim) };
    const tenantName = await this.tenantName(tenant.slug);
    await this.outbox.enqueueTenantMail(this.tenantDb.manager(), { template: 'claim-returned', to: claim.submittedBy, language: 'id', data: { ...data, name: claim.submittedBy, tenantName } });
  }

  async paid(claim: ClaimEntity, payment: PaymentEntity): Promise<void> {
    const tenant = this.tenantDb.currentTenant();
    const data = {
      companyName: claim.companyName,
      claimNumber: claim.number,
      sp2dNumber: payment.sp2dNumber,
      sp2dDate: payment.sp2dDate,
      amount: formatRupiah(payment.amount),
      claimUrl: this.claimUrl(tenant.slug, claim),
    };
    const tenantName = await this.tenantName(tenant.slug);
    await this.outbox.enqueueTenantMail(this.tenantDb.manager(), { template: 'claim-paid', to: claim.submittedBy, language: 'id', data: { ...data, name: claim.submittedBy, tenantName } });
  }

  private async tenantName(slug: string): Promise<string> {
    return (await this.registry.resolve(slug))?.name ?? slug;
  }
}

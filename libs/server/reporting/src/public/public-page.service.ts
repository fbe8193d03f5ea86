import { Injectable } from '@nestjs/common';
import type { PublicSpending, PublicTenantPage } from '@sinergi/contracts';
import { BudgetService } from '@sinergi/server/budget';
import { ClaimService } from '@sinergi/server/billing';
import { AppException, TenantRequestContext } from '@sinergi/server/core';
import { AgreementService } from '@sinergi/server/partnership';
import { TenantProfileService } from '@sinergi/server/tenancy';

const notPublished = () =>
  new AppException('RESOURCE_NOT_FOUND', { en: 'This region does not publish this page.', id: 'Wilayah ini tidak menerbitkan halaman ini.' });

/**
 * What a region chose to publish about its partnerships (its tenant profile says what): the public
 * page with the year's partner media and, if the region wants, what it paid. Read inside the
 * region's unit of work, through the budget, billing and partnership services.
 */
@Injectable()
export class PublicPageService {
  constructor(
    private readonly profiles: TenantProfileService,
    private readonly agreements: AgreementService,
    private readonly budgets: BudgetService,
    private readonly claims: ClaimService,
  ) {}

  async page(fiscalYear: number, tenant: TenantRequestContext): Promise<PublicTenantPage> {
    const published = await this.profiles.publication();
    if (!published.publicPage) throw notPublished();
    const profile = await this.profiles.get(tenant.name);
    const partners = await this.agreements.publicPartners(fiscalYear);
    const spending = published.publicSpending ? await this.figures(fiscalYear, tenant) : null;
    return {
      tenant: { slug: profile.slug, name: profile.name },
      fiscalYear,
      owningUnit: profile.owningUnit,
      address: profile.address,
      email: profile.email,
      phone: profile.phone,
      partners,
      spending,
    };
  }

  async spending(fiscalYear: number, tenant: TenantRequestContext): Promise<PublicSpending> {
    const published = await this.profiles.publication();
    if (!published.publicPage || !published.publicSpending) throw notPublished();
    return this.figures(fiscalYear, tenant);
  }

  /** Per media type the budget's realisation; per outlet the paid claims (the same payments, at gross). */
  private async figures(fiscalYear: number, tenant: TenantRequestContext): Promise<PublicSpending> {
    const budget = await this.budgets.summary(fiscalYear);
    const perOutlet = await this.claims.paidPerOutlet(fiscalYear);
    return {
      tenant: { slug: tenant.handle.slug, name: tenant.name },
      fiscalYear,
      total: budget.total.realised,
      byMediaType: budget.byMediaType.filter((row) => row.realised > 0).map((row) => ({ mediaType: row.mediaType, paid: row.realised })),
      byOutlet: perOutlet.map(({ outlet, company, mediaType, claims, paid }) => ({ outlet, company, mediaType, claims, paid })),
    };
  }
}

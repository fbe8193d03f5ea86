import { Inject, Injectable } from '@nestjs/common';
import { LinkCheckResult } from '@sinergi/contracts';
import { AuditTrail } from '@sinergi/server/audit';
import { APP_CONFIG, AppConfig, RequestActor, TenantDatabase } from '@sinergi/server/core';
import { TenantRegistry } from '@sinergi/server/tenancy';
import { OrderEntity, OrderEventEntity, ProofEntity } from '../entities/publication.entities';
import type { LinkCheckJob } from '../orders/order-notices';
import { PublicationSettingsService } from '../settings/publication-settings.service';
import { LinkFetcher } from './link-fetcher';
import { matchScore, readHtml, verdictOf } from './title-match';

const LINK_CHECKER: RequestActor = { id: null, name: 'system:link-check', ip: null };

/**
 * Checks the links of a proof: reachable, and does the page look like the ordered material (title
 * words found in the page)? The result is shown to staff; it decides nothing. The fetch runs
 * outside any transaction (up to 10 s); the result is written only if the proof is still the round
 * that was checked.
 */
@Injectable()
export class LinkCheckService {
  private readonly fetcher: LinkFetcher;

  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly registry: TenantRegistry,
    private readonly settings: PublicationSettingsService,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.fetcher = new LinkFetcher({ allowPrivate: config.linkCheckAllowPrivate });
  }

  /** The job: null when there is nothing (any more) to check. */
  async run(job: LinkCheckJob): Promise<LinkCheckResult[] | null> {
    const tenant = await this.registry.resolve(job.tenant);
    if (!tenant || tenant.status !== 'active') return null;
    const target = await this.tenantDb.run(tenant.handle, async () => {
      const order = await this.tenantDb.repository(OrderEntity).findOneBy({ id: job.orderId });
      const proof = await this.tenantDb.repository(ProofEntity).findOneBy({ orderId: job.orderId });
      if (!order || !proof || proof.round !== job.round) return null;
      const settings = await this.settings.version(order.fiscalYear, order.settingsVersion);
      const form = settings?.proofForms.find((f) => f.mediaType === order.mediaType);
      const urls = (form?.fields ?? [])
        .filter((f) => f.type === 'url' && typeof proof.fields[f.key] === 'string')
        .map((f) => ({ field: f.key, url: proof.fields[f.key] as string }));
      return { title: order.title, urls };
    });
    if (!target || target.urls.length === 0) return null;
    const results: LinkCheckResult[] = [];
    for (const { field, url } of target.urls) results.push(await this.check(field, url, target.title));
    await this.tenantDb.run(tenant.handle, async () => {
      const repo = this.tenantDb.repository(ProofEntity);
      const proof = await repo.findOne({ where: { orderId: job.orderId }, lock: { mode: 'pessimistic_write' } });
      if (!proof || proof.round !== job.round) return;
      await repo.update({ id: proof.id }, { linkChecks: results });
      const details = { round: job.round, verdicts: results.map((r) => ({ field: r.field, verdict: r.verdict, matchScore: r.matchScore })) };
      await this.tenantDb.repository(OrderEventEntity).insert({ orderId: job.orderId, actor: LINK_CHECKER.name, action: 'proof.link-checked', details });
      await this.audit.record(LINK_CHECKER, { action: 'proof.link-checked', subject: { type: 'Order', id: job.orderId }, details });
    });
    return results;
  }

  /** One URL against the material title. */
  async check(field: string, url: string, materialTitle: string, fetcher: LinkFetcher = this.fetcher): Promise<LinkCheckResult> {
    const fetched = await fetcher.fetch(url);
    const base = { field, url, checkedAt: new Date().toISOString(), httpStatus: fetched.httpStatus, finalUrl: fetched.finalUrl, problem: fetched.problem };
    if (fetched.forbidden) return { ...base, reachable: false, title: null, matchScore: 0, verdict: 'forbidden' };
    if (!fetched.reachable) return { ...base, reachable: false, title: null, matchScore: 0, verdict: 'unreachable' };
    const page = fetched.html === null ? { title: null, text: '' } : readHtml(fetched.html);
    const score = matchScore(materialTitle, page.title, page.text);
    return { ...base, reachable: true, title: page.title, matchScore: score, verdict: verdictOf(score) };
  }
}

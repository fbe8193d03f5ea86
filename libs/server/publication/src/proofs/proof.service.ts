import { Inject, Injectable } from '@nestjs/common';
import { MediaOrder, Order, ProofFileUpload, ProofForm } from '@sinergi/contracts';
import { APP_CONFIG, AppConfig, AppException, RequestActor, TenantDatabase, todayInJakarta } from '@sinergi/server/core';
import { FileStorage } from '@sinergi/server/storage';
import { OrderEntity, OrderFileEntity, ProofEntity } from '../entities/publication.entities';
import { checkUrlTarget } from '../link-check/address-guard';
import { isPastDeadline } from '../orders/deadline';
import { OrderNotices } from '../orders/order-notices';
import { OrderService } from '../orders/order.service';
import { canTransition } from '../orders/order-transitions';
import { OverdueLocker } from '../orders/overdue-locker';
import { PublicationSettingsService } from '../settings/publication-settings.service';
import { checkProofFields } from './proof-form';

const locked = (order: OrderEntity) =>
  new AppException('ORDER_LOCKED', undefined, [{ field: 'orderId', message: `the proof of ${order.number} was due by ${order.proofDeadline} (WIB)`, proofDeadline: order.proofDeadline }]);

/** A proof submission either stands, or arrived late and locked the order (which must be committed, then refused). */
export type ProofSubmission = { order: Order } | { lockedNow: AppException };

/**
 * Proofs of publication (bukti tayang): the media upload files and submit the fields of their
 * media type's form before the deadline; staff accept or return them with a note; a returned proof
 * may be sent again until the deadline.
 */
@Injectable()
export class ProofService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly orders: OrderService,
    private readonly settings: PublicationSettingsService,
    private readonly locker: OverdueLocker,
    private readonly storage: FileStorage,
    private readonly notices: OrderNotices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async uploadFile(companyId: string, orderId: string, upload: { buffer: Buffer; originalname: string }, actor: RequestActor): Promise<ProofFileUpload> {
    const order = await this.orders.lock(orderId, { companyId });
    this.assertOpenForProof(order);
    const stored = await this.storage.store(upload.buffer, upload.originalname);
    await this.tenantDb
      .manager()
      .createQueryBuilder()
      .insert()
      .into(OrderFileEntity)
      .values({ orderId, purpose: 'proof', hash: stored.hash, name: stored.originalName, size: stored.size, contentType: stored.contentType, uploadedBy: actor.name })
      .orIgnore()
      .execute();
    await this.orders.record(order, 'proof.file-uploaded', actor, { name: stored.originalName, hash: stored.hash, size: stored.size });
    return { hash: stored.hash, name: stored.originalName, size: stored.size, contentType: stored.contentType };
  }

  /**
   * The proof, checked against the form; after the deadline the order is locked now (if the daily
   * job has not done it yet) and the proof refused with 423 ORDER_LOCKED.
   */
  async submit(companyId: string, orderId: string, input: Record<string, unknown>, actor: RequestActor): Promise<ProofSubmission> {
    const order = await this.orders.lock(orderId, { companyId });
    const today = todayInJakarta();
    if (order.status === 'locked') throw locked(order);
    if (await this.locker.lockIfOverdue(order, today)) return { lockedNow: locked(order) };
    if (!canTransition(order.status, 'submitProof')) {
      throw new AppException('INVALID_TRANSITION', undefined, [
        { field: 'status', message: order.status === 'issued' ? 'accept the order before sending its proof' : `cannot send a proof for an order that is ${order.status}` },
      ]);
    }
    const form = await this.formOf(order);
    const uploaded = await this.tenantDb.repository(OrderFileEntity).findBy({ orderId, purpose: 'proof' });
    const checked = checkProofFields(form, input, { today, uploadedHashes: new Set(uploaded.map((f) => f.hash)) });
    if ('problems' in checked) throw new AppException('VALIDATION_FAILED', { en: 'The proof does not match the proof form.', id: 'Bukti tayang tidak sesuai formulir.' }, checked.problems);
    if (!this.config.linkCheckAllowPrivate) {
      for (const { field, url } of checked.urls) {
        const verdict = checkUrlTarget(url);
        if (!verdict.allowed) throw new AppException('LINK_TARGET_FORBIDDEN', undefined, [{ field: `fields.${field}`, message: verdict.reason }]);
      }
    }
    const repo = this.tenantDb.repository(ProofEntity);
    let proof = await repo.findOne({ where: { orderId }, lock: { mode: 'pessimistic_write' } });
    if (proof) {
      proof.round += 1;
      proof.version += 1;
      Object.assign(proof, { status: 'submitted', fields: checked.fields, publishedOn: checked.publishedOn, note: null, submittedBy: actor.name, submittedAt: new Date(), reviewedBy: null, reviewedAt: null, linkChecks: [] });
      await repo.save(proof);
    } else {
      proof = await repo.save(repo.create({ orderId, status: 'submitted', fields: checked.fields, publishedOn: checked.publishedOn, round: 1, submittedBy: actor.name, linkChecks: [] }));
    }
    await this.orders.move(order, 'submitProof', actor, { proofId: proof.id, round: proof.round });
    if (checked.urls.length) this.notices.linkCheck(orderId, proof.round);
    return { order: await this.orders.get(orderId, { companyId }) };
  }

  async accept(orderId: string, version: number, actor: RequestActor): Promise<Order> {
    const { order, proof } = await this.reviewable(orderId, version);
    Object.assign(proof, { status: 'accepted', reviewedBy: actor.name, reviewedAt: new Date(), note: null, version: proof.version + 1 });
    await this.tenantDb.repository(ProofEntity).save(proof);
    await this.orders.move(order, 'acceptProof', actor, { proofId: proof.id, round: proof.round });
    return this.orders.get(orderId);
  }

  async return(orderId: string, note: string, version: number, actor: RequestActor): Promise<Order> {
    const { order, proof } = await this.reviewable(orderId, version);
    Object.assign(proof, { status: 'returned', reviewedBy: actor.name, reviewedAt: new Date(), note: note.trim(), version: proof.version + 1 });
    await this.tenantDb.repository(ProofEntity).save(proof);
    await this.orders.move(order, 'returnProof', actor, { proofId: proof.id, round: proof.round, note: proof.note });
    return this.orders.get(orderId);
  }

  /** Staff run the link check again (a page that was down, or fixed after a return). */
  async requestLinkCheck(orderId: string, actor: RequestActor): Promise<Order> {
    const order = await this.orders.lock(orderId);
    const proof = await this.tenantDb.repository(ProofEntity).findOneBy({ orderId });
    if (!proof) throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'proof', message: 'the order has no proof yet' }]);
    const form = await this.formOf(order);
    if (!form.fields.some((f) => f.type === 'url' && typeof proof.fields[f.key] === 'string')) {
      throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'proof', message: 'the proof has no link to check' }]);
    }
    await this.orders.record(order, 'proof.link-check-requested', actor, { round: proof.round });
    this.notices.linkCheck(orderId, proof.round);
    return this.orders.get(orderId);
  }

  /**
   * A file of the order's current proof, by its field in the proof form (for staff reviewing it):
   * the hash comes from the proof itself, and the name from the upload it was checked against.
   */
  async proofFile(orderId: string, field: string) {
    const proof = await this.tenantDb.repository(ProofEntity).findOneBy({ orderId });
    const hash = proof?.fields[field];
    if (!proof || typeof hash !== 'string') throw new AppException('FILE_NOT_FOUND');
    const upload = await this.tenantDb.repository(OrderFileEntity).findOneBy({ orderId, purpose: 'proof', hash });
    if (!upload) throw new AppException('FILE_NOT_FOUND');
    return { name: upload.name, file: await this.storage.open(upload.hash) };
  }

  /** The proof form the order was issued under (its settings version). */
  async formOf(order: OrderEntity): Promise<ProofForm> {
    const settings = await this.settings.version(order.fiscalYear, order.settingsVersion);
    const form = settings?.proofForms.find((f) => f.mediaType === order.mediaType);
    if (!form) throw new AppException('SETTINGS_MISSING', undefined, [{ field: 'mediaType', message: `no proof form for ${order.mediaType} in settings version ${order.settingsVersion}` }]);
    return form;
  }

  /** The order with the proof form the media fill for it (the form of the settings version it was issued under). */
  async withProofForm(order: Order): Promise<MediaOrder> {
    const settings = await this.settings.version(order.fiscalYear, order.settingsVersion);
    const form = settings?.proofForms.find((f) => f.mediaType === order.outlet.mediaType);
    return { ...order, proofForm: form ? { ...form, deadline: order.proofDeadline } : null };
  }

  private assertOpenForProof(order: OrderEntity): void {
    if (order.status === 'locked' || (canTransition(order.status, 'lock') && isPastDeadline(order.proofDeadline, todayInJakarta()))) throw locked(order);
    if (!canTransition(order.status, 'submitProof')) {
      throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'status', message: `proof files are taken for accepted or returned orders, not ${order.status}` }]);
    }
  }

  private async reviewable(orderId: string, version: number): Promise<{ order: OrderEntity; proof: ProofEntity }> {
    const order = await this.orders.lock(orderId);
    const proof = await this.tenantDb.repository(ProofEntity).findOne({ where: { orderId }, lock: { mode: 'pessimistic_write' } });
    if (!proof) throw new AppException('INVALID_TRANSITION', undefined, [{ field: 'proof', message: 'the order has no proof yet' }]);
    if (proof.version !== version) throw new AppException('STALE_VERSION', undefined, [{ field: 'version', message: `the proof is at version ${proof.version}, not ${version}` }]);
    return { order, proof };
  }
}

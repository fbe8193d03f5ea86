import type { LinkCheckResult, Order, OrderEvent, OrderMaterialFile, OrderSummary, Proof } from '@sinergi/contracts';
import { OrderEntity, OrderEventEntity, OrderFileEntity, ProofEntity } from '../entities/publication.entities';

export function toOrderSummary(row: OrderEntity): OrderSummary {
  return {
    id: row.id,
    number: row.number,
    fiscalYear: row.fiscalYear,
    agreementId: row.agreementId,
    company: { id: row.companyId, legalName: row.companyName },
    outlet: { id: row.outletId, name: row.outletName, mediaType: row.mediaType },
    tier: row.tier,
    product: { code: row.productCode, name: row.productName, kind: row.productKind, unit: row.unit },
    quantity: row.quantity,
    unitPrice: row.unitPrice,
    priceSource: row.priceSource,
    amount: row.amount,
    title: row.title,
    publishFrom: row.publishFrom,
    publishUntil: row.publishUntil,
    proofDeadline: row.proofDeadline,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function toProof(row: ProofEntity): Proof {
  return {
    id: row.id,
    orderId: row.orderId,
    status: row.status,
    fields: row.fields,
    round: row.round,
    note: row.note,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt.toISOString(),
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    linkChecks: row.linkChecks as LinkCheckResult[],
    version: row.version,
  };
}

export function toFile(row: OrderFileEntity): OrderMaterialFile {
  return { id: row.id, hash: row.hash, name: row.name, size: row.size, contentType: row.contentType, uploadedAt: row.uploadedAt.toISOString() };
}

export function toOrder(row: OrderEntity, parts: { files: OrderFileEntity[]; proof: ProofEntity | null; events: OrderEventEntity[] }): Order {
  return {
    ...toOrderSummary(row),
    body: row.body,
    settingsVersion: row.settingsVersion,
    declineReason: row.declineReason,
    materials: parts.files.filter((f) => f.purpose === 'material').map(toFile),
    proof: parts.proof ? toProof(parts.proof) : null,
    history: parts.events.map((e): OrderEvent => ({ at: e.at.toISOString(), action: e.action, actor: e.actor, details: e.details })),
  };
}

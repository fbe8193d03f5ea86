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

/** The columns of an order summary from `orders o` (dates and times as text, ready for JSON). */
export const SUMMARY_COLUMNS = `o.id, o.number, o.fiscal_year, o.agreement_id, o.company_id, o.company_name, o.outlet_id, o.outlet_name, o.media_type, o.tier,
  o.product_code, o.product_name, o.product_kind, o.unit, o.quantity, o.unit_price, o.price_source, o.amount, o.title,
  o.publish_from::text as publish_from, o.publish_until::text as publish_until, o.proof_deadline::text as proof_deadline, o.status,
  to_char(o.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at, o.version`;

export type OrderSummaryRow = {
  id: string;
  number: string;
  fiscal_year: number;
  agreement_id: string;
  company_id: string;
  company_name: string;
  outlet_id: string;
  outlet_name: string;
  media_type: OrderSummary['outlet']['mediaType'];
  tier: string;
  product_code: string;
  product_name: string;
  product_kind: OrderSummary['product']['kind'];
  unit: OrderSummary['product']['unit'];
  quantity: number;
  /** bigint, as text */
  unit_price: string;
  price_source: OrderSummary['priceSource'];
  /** bigint, as text */
  amount: string;
  title: string;
  publish_from: string;
  publish_until: string;
  proof_deadline: string;
  status: OrderSummary['status'];
  created_at: string;
  version: number;
};

/** A row of SUMMARY_COLUMNS as the API shows it (the same shape as toOrderSummary). */
export function orderSummaryOf(row: OrderSummaryRow): OrderSummary {
  return {
    id: row.id,
    number: row.number,
    fiscalYear: row.fiscal_year,
    agreementId: row.agreement_id,
    company: { id: row.company_id, legalName: row.company_name },
    outlet: { id: row.outlet_id, name: row.outlet_name, mediaType: row.media_type },
    tier: row.tier,
    product: { code: row.product_code, name: row.product_name, kind: row.product_kind, unit: row.unit },
    quantity: row.quantity,
    unitPrice: Number(row.unit_price),
    priceSource: row.price_source,
    amount: Number(row.amount),
    title: row.title,
    publishFrom: row.publish_from,
    publishUntil: row.publish_until,
    proofDeadline: row.proof_deadline,
    status: row.status,
    createdAt: row.created_at,
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

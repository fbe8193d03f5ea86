import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BILLING_DOCUMENT_KINDS, BillingDocumentKind, Claim, ClaimSummary, Page, Payment, PaymentList, TaxSettings, TaxSettingsRequest } from '@sinergi/contracts';
import { AppException, Can, CurrentActor, CurrentMediaCompany, ForMediaCompany, MediaCan, MediaCompanyContext, RequestActor } from '@sinergi/server/core';
import { sendStoredFile } from '@sinergi/server/storage';
import type { FastifyReply } from 'fastify';
import { ClaimQueryDto, ClaimVersionDto, MediaClaimQueryDto, PaymentQueryDto, RecordPaymentDto, ResubmitClaimDto, SubmitClaimDto, TaxSettingsDto } from './billing.dto';
import { ClaimService } from './claims/claim.service';
import { PaymentService } from './payments/payment.service';
import { STARTING_TAX_SETTINGS, TaxSettingsService } from './taxes/tax-settings.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const year = new ParseIntPipe({
  exceptionFactory: () => new AppException('VALIDATION_FAILED', undefined, [{ field: 'year', message: 'year must be a number such as 2026' }]),
});

function documentKind(kind: string): BillingDocumentKind {
  if (!(BILLING_DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    throw new AppException('RESOURCE_NOT_FOUND', { en: 'There is no such document.', id: 'Dokumen tidak ditemukan.' }, [
      { field: 'kind', message: `one of ${BILLING_DOCUMENT_KINDS.join(', ')}` },
    ]);
  }
  return kind as BillingDocumentKind;
}

function checkedYear(fiscalYear: number): number {
  if (fiscalYear < 2000 || fiscalYear > 2100) throw new AppException('VALIDATION_FAILED', undefined, [{ field: 'year', message: 'from 2000 to 2100' }]);
  return fiscalYear;
}

@ApiTags('billing')
@ApiBearerAuth()
@Controller('t/:tenant/tax-settings')
export class TaxSettingsController {
  constructor(private readonly taxes: TaxSettingsService) {}

  @Get('starting')
  @Can('read', 'TaxSettings')
  @ApiOkResponse({ description: 'A starting point (2025-2026 rules) to copy into a year; never applied by itself' })
  starting(): TaxSettingsRequest {
    return STARTING_TAX_SETTINGS;
  }

  @Get(':year')
  @Can('read', 'TaxSettings')
  @ApiOkResponse({ description: 'The version in force for the fiscal year; 404 when the year has none (claims are then refused)' })
  async current(@Param('year', year) fiscalYear: number): Promise<TaxSettings> {
    const settings = await this.taxes.current(checkedYear(fiscalYear));
    if (!settings) throw new AppException('RESOURCE_NOT_FOUND', { en: `No tax settings for ${fiscalYear} yet.`, id: `Belum ada pengaturan pajak untuk ${fiscalYear}.` });
    return settings;
  }

  @Get(':year/versions')
  @Can('read', 'TaxSettings')
  versions(@Param('year', year) fiscalYear: number): Promise<TaxSettings[]> {
    return this.taxes.versions(checkedYear(fiscalYear));
  }

  @Put(':year')
  @Can('update', 'TaxSettings')
  @ApiOkResponse({ description: 'Saved as a new version; claims already submitted keep the version they used' })
  save(@Param('year', year) fiscalYear: number, @Body() body: TaxSettingsDto, @CurrentActor() actor: RequestActor): Promise<TaxSettings> {
    return this.taxes.save(checkedYear(fiscalYear), body, actor);
  }
}

@ApiTags('billing')
@ApiBearerAuth()
@Controller('t/:tenant/claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimService,
    private readonly payments: PaymentService,
  ) {}

  @Get()
  @Can('read', 'Claim')
  list(@Query() query: ClaimQueryDto): Promise<Page<ClaimSummary>> {
    return this.claims.list(query);
  }

  @Get(':id')
  @Can('read', 'Claim')
  @ApiOkResponse({ description: 'Lines, frozen taxes, documents, payment and the approval instance' })
  get(@Param('id', uuid) id: string): Promise<Claim> {
    return this.claims.get(id);
  }

  @Get(':id/documents/:kind')
  @Can('read', 'Claim')
  @ApiOkResponse({ description: 'handover-minutes (BA serah terima), receipt (kwitansi) or payment-minutes (BA pembayaran), as PDF' })
  async document(@Param('id', uuid) id: string, @Param('kind') kind: string, @Res() response: FastifyReply): Promise<void> {
    const { name, file } = await this.claims.document(id, documentKind(kind));
    sendStoredFile(response, file, name);
  }

  @Post(':id/payments')
  @Can('create', 'Payment')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'The same key again answers the same payment' })
  @ApiCreatedResponse({
    description:
      'Approved claims only (409 INVALID_TRANSITION); amount must equal the net (422 PAYMENT_EXCEEDS_CLAIM / PAYMENT_AMOUNT_MISMATCH); tax receipts must add up to what is withheld',
  })
  pay(
    @Param('id', uuid) id: string,
    @Body() body: RecordPaymentDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: RequestActor,
  ): Promise<Payment> {
    return this.payments.record(id, body, idempotencyKey, actor);
  }
}

/** The payments (SP2D) recorded on claims, as one list for the treasurer and the auditors. */
@ApiTags('billing')
@ApiBearerAuth()
@Controller('t/:tenant/payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentService) {}

  @Get()
  @Can('read', 'Payment')
  @ApiOkResponse({ description: "A page of payments with their claim's amounts and documents, and the count and sum of the whole filtered set" })
  list(@Query() query: PaymentQueryDto): Promise<PaymentList> {
    return this.payments.list(query);
  }
}

/** A press company's claims in one tenant. */
@ApiTags('media')
@ApiBearerAuth()
@ForMediaCompany()
@Controller('t/:tenant/media/:companyId/claims')
export class MediaClaimsController {
  constructor(private readonly claims: ClaimService) {}

  @Post()
  @ApiCreatedResponse({ description: 'Amounts and taxes frozen now; 422 CLAIM_PROOFS_INVALID naming each bad proof; 422 SETTINGS_MISSING without tax settings' })
  @MediaCan('create', 'Claim')
  submit(@CurrentMediaCompany() media: MediaCompanyContext, @Body() body: SubmitClaimDto, @CurrentActor() actor: RequestActor): Promise<Claim> {
    return this.claims.submit(media.companyId, body.proofIds, actor);
  }

  @Get()
  @MediaCan('read', 'Claim')
  list(@CurrentMediaCompany() media: MediaCompanyContext, @Query() query: MediaClaimQueryDto): Promise<Page<ClaimSummary>> {
    return this.claims.listForCompany(media.companyId, query);
  }

  @Get(':id')
  @MediaCan('read', 'Claim')
  get(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string): Promise<Claim> {
    return this.claims.getForCompany(media.companyId, id);
  }

  @Post(':id/resubmit')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Only a returned claim; a new approval round with the amounts frozen again' })
  @MediaCan('update', 'Claim')
  resubmit(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string, @Body() body: ResubmitClaimDto, @CurrentActor() actor: RequestActor): Promise<Claim> {
    return this.claims.resubmit(media.companyId, id, body, actor);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Only a returned claim; its proofs can be claimed again' })
  @MediaCan('update', 'Claim')
  cancel(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string, @Body() body: ClaimVersionDto, @CurrentActor() actor: RequestActor): Promise<Claim> {
    return this.claims.cancel(media.companyId, id, body.version, actor);
  }

  @Get(':id/documents/:kind')
  @MediaCan('read', 'Claim')
  async document(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string, @Param('kind') kind: string, @Res() response: FastifyReply): Promise<void> {
    const { name, file } = await this.claims.document(id, documentKind(kind), { companyId: media.companyId });
    sendStoredFile(response, file, name);
  }
}

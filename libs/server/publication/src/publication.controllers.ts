import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DistributionRow, ErrorResponse, MediaInboxOrder, MediaOrder, Order, OrderSummary, Page, ProofFileUpload, PublicationSettings, PublicationSettingsRequest } from '@sinergi/contracts';
import {
  AppException,
  Can,
  CurrentActor,
  CurrentMediaCompany,
  ForMediaCompany,
  MediaCan,
  MediaCompanyContext,
  ReadsOnly,
  RequestActor,
  requestLanguage,
} from '@sinergi/server/core';
import { FileUploadInterceptor, sendStoredFile, UploadedDossierFile } from '@sinergi/server/storage';
import type { FastifyReply } from 'fastify';
import { MediaInboxService } from './media/media-inbox.service';
import { OrderService } from './orders/order.service';
import { ProofService } from './proofs/proof.service';
import {
  AcceptProofDto,
  CancelOrderDto,
  CreateOrderDto,
  DeclineOrderDto,
  DistributionQueryDto,
  InboxQueryDto,
  OrderQueryDto,
  ReturnProofDto,
  SavePublicationSettingsDto,
  SubmitProofDto,
} from './publication.dto';
import { PublicationSettingsService } from './settings/publication-settings.service';
import { STARTING_PUBLICATION_SETTINGS } from './settings/starting-settings';

const uuid = new ParseUUIDPipe({ version: '4' });
const year = new ParseIntPipe({
  exceptionFactory: () => new AppException('VALIDATION_FAILED', undefined, [{ field: 'year', message: 'year must be a number such as 2026' }]),
});

@ApiTags('publication')
@ApiBearerAuth()
@Controller('t/:tenant/publication-settings')
export class PublicationSettingsController {
  constructor(private readonly settings: PublicationSettingsService) {}

  @Get('starting')
  @Can('read', 'PublicationSettings')
  @ApiOkResponse({ description: 'A starting catalogue, rate card (tiers A/B/C) and proof forms from real regions (REGULATIONS.md), to adjust and save' })
  starting(): PublicationSettingsRequest {
    return STARTING_PUBLICATION_SETTINGS;
  }

  @Get(':year')
  @Can('read', 'PublicationSettings')
  @ApiOkResponse({ description: 'The version in force for the fiscal year' })
  async current(@Param('year', year) fiscalYear: number): Promise<PublicationSettings> {
    const settings = await this.settings.current(fiscalYear);
    if (!settings) throw new AppException('RESOURCE_NOT_FOUND', { en: `No publication settings for ${fiscalYear} yet.`, id: `Belum ada pengaturan publikasi untuk ${fiscalYear}.` });
    return settings;
  }

  @Get(':year/versions')
  @Can('read', 'PublicationSettings')
  versions(@Param('year', year) fiscalYear: number): Promise<PublicationSettings[]> {
    return this.settings.versions(fiscalYear);
  }

  @Put(':year')
  @Can('update', 'PublicationSettings')
  @ApiOkResponse({ description: 'Saved as a new version; 422 PUBLICATION_SETTINGS_INVALID lists every problem and nothing is saved' })
  save(@Param('year', year) fiscalYear: number, @Body() body: SavePublicationSettingsDto, @CurrentActor() actor: RequestActor): Promise<PublicationSettings> {
    return this.settings.save(fiscalYear, body, actor);
  }
}

@ApiTags('publication')
@ApiBearerAuth()
@Controller('t/:tenant/orders')
export class OrdersController {
  constructor(
    private readonly orders: OrderService,
    private readonly proofs: ProofService,
  ) {}

  @Post()
  @Can('create', 'Order')
  @ApiCreatedResponse({
    description:
      'Checked in this order: AGREEMENT_REQUIRED, OUTLET_BLOCKED, OUTLET_HAS_OVERDUE_PROOFS, product (VALIDATION_FAILED), PRICE_NOT_FOUND, AGREEMENT_CEILING_EXCEEDED, BUDGET_EXCEEDED (with figures); then numbered, rendered as PDF and mailed to the media',
  })
  create(@Body() body: CreateOrderDto, @CurrentActor() actor: RequestActor): Promise<Order> {
    return this.orders.create(body, actor);
  }

  @Get()
  @Can('read', 'Order')
  @ReadsOnly()
  list(@Query() query: OrderQueryDto): Promise<Page<OrderSummary>> {
    return this.orders.list(query);
  }

  @Get('distribution')
  @Can('read', 'Order')
  @ApiOkResponse({ description: 'Every outlet with an agreement in force in the year: tier, orders and spend so far, and whether a new order would be refused' })
  distribution(@Query() query: DistributionQueryDto): Promise<DistributionRow[]> {
    return this.orders.distribution(query.fiscalYear, query.sort, query.direction);
  }

  @Get(':id')
  @Can('read', 'Order')
  get(@Param('id', uuid) id: string): Promise<Order> {
    return this.orders.get(id);
  }

  @Get(':id/pdf')
  @Can('read', 'Order')
  async pdf(@Param('id', uuid) id: string, @Res() response: FastifyReply): Promise<void> {
    const { name, file } = await this.orders.pdf(id);
    sendStoredFile(response, file, name);
  }

  @Get(':id/files/:fileId')
  @Can('read', 'Order')
  async file(@Param('id', uuid) id: string, @Param('fileId', uuid) fileId: string, @Res() response: FastifyReply): Promise<void> {
    const { name, file } = await this.orders.file(id, fileId);
    sendStoredFile(response, file, name);
  }

  @Post(':id/materials')
  @Can('update', 'Order')
  @UseInterceptors(FileUploadInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({ description: 'A material file (PDF, JPEG, PNG) for the media, while the order is issued or accepted' })
  material(@Param('id', uuid) id: string, @UploadedDossierFile() file: Express.Multer.File, @CurrentActor() actor: RequestActor): Promise<Order> {
    return this.orders.addMaterial(id, file, actor);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Can('update', 'Order')
  @ApiOkResponse({ description: 'Before the media accept it; the budget is released' })
  cancel(@Param('id', uuid) id: string, @Body() body: CancelOrderDto, @CurrentActor() actor: RequestActor): Promise<Order> {
    return this.orders.cancel(id, body.version, body.reason, actor);
  }

  @Post(':id/proof/accept')
  @HttpCode(200)
  @Can('update', 'Proof')
  acceptProof(@Param('id', uuid) id: string, @Body() body: AcceptProofDto, @CurrentActor() actor: RequestActor): Promise<Order> {
    return this.proofs.accept(id, body.version, actor);
  }

  @Post(':id/proof/return')
  @HttpCode(200)
  @Can('update', 'Proof')
  @ApiOkResponse({ description: 'Back to the media with a note; they may send it again before the deadline' })
  returnProof(@Param('id', uuid) id: string, @Body() body: ReturnProofDto, @CurrentActor() actor: RequestActor): Promise<Order> {
    return this.proofs.return(id, body.note, body.version, actor);
  }

  @Get(':id/proof/files/:field')
  @Can('update', 'Proof')
  @ApiOkResponse({ description: "A file of the order's proof (screenshot, page scan, broadcast log), by its field in the proof form, for staff reviewing it" })
  async proofFile(@Param('id', uuid) id: string, @Param('field') field: string, @Res() response: FastifyReply): Promise<void> {
    const { name, file } = await this.proofs.proofFile(id, field);
    sendStoredFile(response, file, name);
  }

  @Post(':id/proof/link-check')
  @HttpCode(202)
  @Can('update', 'Proof')
  @ApiOkResponse({ description: "Queues the check of the proof's links again; the result appears on the proof" })
  linkCheck(@Param('id', uuid) id: string, @CurrentActor() actor: RequestActor): Promise<Order> {
    return this.proofs.requestLinkCheck(id, actor);
  }
}

/** A press company's side of one tenant's orders. */
@ApiTags('media')
@ApiBearerAuth()
@ForMediaCompany()
@Controller('t/:tenant/media/:companyId/orders')
export class MediaOrdersController {
  constructor(
    private readonly orders: OrderService,
    private readonly proofs: ProofService,
  ) {}

  @Get()
  @MediaCan('read', 'Order')
  @ReadsOnly()
  list(@CurrentMediaCompany() media: MediaCompanyContext, @Query() query: OrderQueryDto): Promise<Page<OrderSummary>> {
    return this.orders.list({ ...query, companyId: media.companyId });
  }

  @Get(':id')
  @MediaCan('read', 'Order')
  @ApiOkResponse({ description: "The order with `proofForm`: the fields of the proof to send (its media type's form in the order's settings version) and its deadline" })
  async get(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string): Promise<MediaOrder> {
    return this.proofs.withProofForm(await this.orders.get(id, { companyId: media.companyId }));
  }

  @Get(':id/pdf')
  @MediaCan('read', 'Order')
  async pdf(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string, @Res() response: FastifyReply): Promise<void> {
    const { name, file } = await this.orders.pdf(id, { companyId: media.companyId });
    sendStoredFile(response, file, name);
  }

  @Get(':id/files/:fileId')
  @MediaCan('read', 'Order')
  async file(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string, @Param('fileId', uuid) fileId: string, @Res() response: FastifyReply): Promise<void> {
    const { name, file } = await this.orders.file(id, fileId, { companyId: media.companyId });
    sendStoredFile(response, file, name);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @MediaCan('update', 'Order')
  accept(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string, @CurrentActor() actor: RequestActor): Promise<Order> {
    return this.orders.accept(media.companyId, id, actor);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ description: 'With a reason; the budget is released' })
  @MediaCan('update', 'Order')
  decline(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string, @Body() body: DeclineOrderDto, @CurrentActor() actor: RequestActor): Promise<Order> {
    return this.orders.decline(media.companyId, id, body.reason, actor);
  }

  @Post(':id/proof-files')
  @MediaCan('create', 'Proof')
  @UseInterceptors(FileUploadInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({ description: "A file of the proof (screenshot, page scan, broadcast log); its hash goes into the proof's file field" })
  proofFile(
    @CurrentMediaCompany() media: MediaCompanyContext,
    @Param('id', uuid) id: string,
    @UploadedDossierFile() file: Express.Multer.File,
    @CurrentActor() actor: RequestActor,
  ): Promise<ProofFileUpload> {
    return this.proofs.uploadFile(media.companyId, id, file, actor);
  }

  @Post(':id/proof')
  @HttpCode(200)
  @MediaCan('create', 'Proof')
  @ApiOkResponse({ description: 'The proof fields, checked against the form; 423 ORDER_LOCKED after the deadline (the order is then locked)' })
  async proof(
    @CurrentMediaCompany() media: MediaCompanyContext,
    @Param('id', uuid) id: string,
    @Body() body: SubmitProofDto,
    @CurrentActor() actor: RequestActor,
    @Headers('accept-language') language: string | undefined,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<MediaOrder | ErrorResponse> {
    const result = await this.proofs.submit(media.companyId, id, body.fields, actor);
    if ('order' in result) return this.proofs.withProofForm(result.order);
    // The lock must be committed, so the refusal is answered rather than thrown (a throw would roll it back).
    const refusal = result.lockedNow;
    response.status(refusal.status);
    return { statusCode: refusal.status, code: refusal.code, message: refusal.messageIn(requestLanguage(language)), details: refusal.details };
  }
}

/** The press company's inbox across every region it works with. */
@ApiTags('media')
@ApiBearerAuth()
@ForMediaCompany()
@Controller('media/companies/:companyId/orders')
export class MediaInboxController {
  constructor(private readonly inbox: MediaInboxService) {}

  @Get()
  @MediaCan('read', 'Order')
  @ApiOkResponse({ description: "Orders from every region, newest first, each with the region's slug and name; another company's id answers 404" })
  list(@CurrentMediaCompany() media: MediaCompanyContext, @Query() query: InboxQueryDto): Promise<Page<MediaInboxOrder>> {
    return this.inbox.inbox(media.companyId, query);
  }
}

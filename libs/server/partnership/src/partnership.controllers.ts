import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Agreement,
  Announcement,
  Application,
  ApplicationSummary,
  ConfigurationPack,
  ConfigurationPreview,
  EligibilityListEntry,
  MediaTenantView,
  OutletBlock,
  OutletHistoryEntry,
  PackAdoption,
  PackComparison,
  Page,
  PartnershipConfiguration,
  StartingConfiguration,
} from '@sinergi/contracts';
import {
  AppException,
  Can,
  CurrentActor,
  CurrentMediaCompany,
  CurrentTenant,
  ForMediaCompany,
  MediaCan,
  MediaCompanyContext,
  PlatformAdminOnly,
  RequestActor,
  TenantRequestContext,
} from '@sinergi/server/core';
import { CurrentTenantAbility, mayReadApplicationFile, readableApplicationDocument, TenantAbility } from '@sinergi/server/identity';
import { STARTING_CONFIGURATIONS } from '@sinergi/server/rules';
import { sendStoredFile } from '@sinergi/server/storage';
import type { FastifyReply } from 'fastify';
import { AgreementService } from './agreements/agreement.service';
import { ApplicationService } from './applications/application.service';
import { PartnershipConfigurationService } from './configuration/partnership-configuration.service';
import { ConfigurationPackService } from './packs/configuration-pack.service';
import {
  AdoptPackDto,
  AgreementQueryDto,
  AnnouncementDto,
  ApplicationQueryDto,
  CreateAgreementDto,
  CreateOutletBlockDto,
  DocumentDecisionDto,
  FactualVisitDto,
  FiscalYearQueryDto,
  ObjectionAnswerDto,
  ObjectionDto,
  OutletBlockQueryDto,
  PublishPackDto,
  ResubmitDocumentDto,
  SaveConfigurationDto,
  SubmitApplicationDto,
  VersionDto,
  ConfigurationPreviewDto,
} from './partnership.dto';

const uuid = new ParseUUIDPipe({ version: '4' });
const year = new ParseIntPipe({
  exceptionFactory: () => new AppException('VALIDATION_FAILED', undefined, [{ field: 'year', message: 'year must be a number such as 2026' }]),
});

@ApiTags('partnership')
@ApiBearerAuth()
@Controller('t/:tenant/configurations')
export class PartnershipConfigurationController {
  constructor(private readonly configurations: PartnershipConfigurationService) {}

  @Get('starting')
  @Can('read', 'PartnershipConfiguration')
  @ApiOkResponse({ description: 'Three starting configurations modelled on real regions (strict, local presence, permissive)' })
  starting(): readonly StartingConfiguration[] {
    return STARTING_CONFIGURATIONS;
  }

  @Get(':year')
  @Can('read', 'PartnershipConfiguration')
  @ApiOkResponse({ description: 'The configuration version in force for the fiscal year' })
  async current(@Param('year', year) fiscalYear: number): Promise<PartnershipConfiguration> {
    const configuration = await this.configurations.current(fiscalYear);
    if (!configuration) throw new AppException('RESOURCE_NOT_FOUND', { en: `No configuration for ${fiscalYear} yet.`, id: `Belum ada konfigurasi untuk ${fiscalYear}.` });
    return configuration;
  }

  @Get(':year/versions')
  @Can('read', 'PartnershipConfiguration')
  versions(@Param('year', year) fiscalYear: number): Promise<PartnershipConfiguration[]> {
    return this.configurations.versions(fiscalYear);
  }

  @Put(':year')
  @Can('update', 'PartnershipConfiguration')
  @ApiOkResponse({ description: 'Saved as a new version; 422 RULE_SET_INVALID lists every problem and nothing is saved' })
  save(@Param('year', year) fiscalYear: number, @Body() body: SaveConfigurationDto, @CurrentActor() actor: RequestActor): Promise<PartnershipConfiguration> {
    return this.configurations.save(fiscalYear, body, actor);
  }
}

/**
 * Staff read an applicant's dossier only through its application, and of it only what their
 * roles' field rules allow (an account number or a NIK only with BankAccount / PersonalIdentity).
 */
function readBy(ability: TenantAbility): (application: Application) => Application {
  return (application) => ({ ...application, documents: application.documents.map((document) => readableApplicationDocument(ability, document)) });
}

@ApiTags('partnership')
@ApiBearerAuth()
@Controller('t/:tenant')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationService) {}

  @Get('applications')
  @Can('read', 'Application')
  list(@Query() query: ApplicationQueryDto): Promise<Page<ApplicationSummary>> {
    return this.applications.list(query);
  }

  @Get('eligibility')
  @Can('read', 'Application')
  @ApiOkResponse({ description: "Every applied outlet of the year against the rules in force now" })
  eligibility(@Query() query: FiscalYearQueryDto): Promise<EligibilityListEntry[]> {
    return this.applications.eligibilityList(query.fiscalYear);
  }

  @Post('configuration-preview')
  @HttpCode(200)
  @Can('update', 'PartnershipConfiguration')
  @ApiOkResponse({ description: "Requirements and rules being edited, tested against a company that applied here: each active outlet's requirements, eligibility, score and tier today; nothing is saved. 422 RULE_SET_INVALID as on save" })
  preview(@Body() body: ConfigurationPreviewDto): Promise<ConfigurationPreview> {
    return this.applications.preview(body.companyId, body.content);
  }

  @Get('applications/:id')
  @Can('read', 'Application')
  get(@CurrentTenantAbility() ability: TenantAbility, @Param('id', uuid) id: string): Promise<Application> {
    return this.applications.get(id).then(readBy(ability));
  }

  @Post('applications/:id/documents/:documentId/decision')
  @HttpCode(200)
  @Can('update', 'Application')
  @ApiOkResponse({ description: 'Approve, reject (with a note) or set pending; 409 STALE_VERSION when someone decided meanwhile' })
  decide(
    @CurrentTenantAbility() ability: TenantAbility,
    @Param('id', uuid) id: string,
    @Param('documentId', uuid) documentId: string,
    @Body() body: DocumentDecisionDto,
    @CurrentActor() actor: RequestActor,
  ): Promise<Application> {
    return this.applications.decideDocument(id, documentId, body, actor).then(readBy(ability));
  }

  @Get('applications/:id/documents/:documentId/file')
  @Can('read', 'Application')
  @ApiOkResponse({ description: 'The file the applicant showed; 403 for a bank book or KTP without BankAccount / PersonalIdentity' })
  async file(@CurrentTenantAbility() ability: TenantAbility, @Param('id', uuid) id: string, @Param('documentId', uuid) documentId: string, @Res() response: FastifyReply): Promise<void> {
    const { name, file } = await this.applications.documentFile(id, documentId, (document) => mayReadApplicationFile(ability, document));
    sendStoredFile(response, file, name);
  }

  @Post('applications/:id/factual-visit')
  @HttpCode(200)
  @Can('update', 'Application')
  factualVisit(@CurrentTenantAbility() ability: TenantAbility, @Param('id', uuid) id: string, @Body() body: FactualVisitDto, @CurrentActor() actor: RequestActor): Promise<Application> {
    return this.applications.recordFactualVisit(id, body, actor).then(readBy(ability));
  }

  @Post('applications/:id/tiering')
  @HttpCode(200)
  @Can('update', 'Application')
  @ApiOkResponse({ description: 'Evaluates the rules in force; the explanation and the rule set version are stored with the decision' })
  tier(@CurrentTenantAbility() ability: TenantAbility, @Param('id', uuid) id: string, @Body() body: VersionDto, @CurrentActor() actor: RequestActor): Promise<Application> {
    return this.applications.tier(id, body.version, actor).then(readBy(ability));
  }

  @Post('objections/:id/answer')
  @HttpCode(200)
  @Can('update', 'Application')
  answer(@CurrentTenantAbility() ability: TenantAbility, @Param('id', uuid) id: string, @Body() body: ObjectionAnswerDto, @CurrentActor() actor: RequestActor): Promise<Application> {
    return this.applications.answerObjection(id, body.answer, body.upheld, actor).then(readBy(ability));
  }

  @Get('announcements')
  @Can('read', 'Announcement')
  @ApiOkResponse({ description: 'What has been announced for the year (initial, final)' })
  announcements(@Query() query: FiscalYearQueryDto): Promise<Announcement[]> {
    return this.applications.announcements(query.fiscalYear);
  }

  @Post('announcements')
  @Can('create', 'Announcement')
  @ApiCreatedResponse({ description: 'initial: results visible to the media, objections open; final: after the objection window' })
  announce(@Body() body: AnnouncementDto, @CurrentActor() actor: RequestActor): Promise<Announcement> {
    return this.applications.announce(body.fiscalYear, body.kind, actor);
  }
}

@ApiTags('partnership')
@ApiBearerAuth()
@Controller('t/:tenant')
export class AgreementsController {
  constructor(private readonly agreements: AgreementService) {}

  @Post('agreements')
  @Can('create', 'Agreement')
  @ApiCreatedResponse({ description: 'A numbered agreement (PDF on the letterhead) from a final result' })
  create(@Body() body: CreateAgreementDto, @CurrentActor() actor: RequestActor): Promise<Agreement> {
    return this.agreements.create(body, actor);
  }

  @Get('agreements')
  @Can('read', 'Agreement')
  list(@Query() query: AgreementQueryDto): Promise<Page<Agreement>> {
    return this.agreements.list(query);
  }

  @Get('agreements/:id')
  @Can('read', 'Agreement')
  get(@Param('id', uuid) id: string): Promise<Agreement> {
    return this.agreements.get(id);
  }

  @Get('agreements/:id/pdf')
  @Can('read', 'Agreement')
  async pdf(@Param('id', uuid) id: string, @Res() response: FastifyReply): Promise<void> {
    const { name, file } = await this.agreements.pdf(id);
    sendStoredFile(response, file, name);
  }

  @Get('outlet-blocks')
  @Can('read', 'OutletBlock')
  @ApiOkResponse({ description: "The tenant's outlet blocks, newest first (active=true: in force today)" })
  blocks(@Query() query: OutletBlockQueryDto): Promise<Page<OutletBlock>> {
    return this.agreements.blocks(query);
  }

  @Post('outlets/:outletId/blocks')
  @Can('create', 'OutletBlock')
  block(@Param('outletId', uuid) outletId: string, @Body() body: CreateOutletBlockDto, @CurrentActor() actor: RequestActor): Promise<OutletBlock> {
    return this.agreements.block(outletId, body, actor);
  }

  @Post('outlet-blocks/:id/lift')
  @HttpCode(200)
  @Can('update', 'OutletBlock')
  lift(@Param('id', uuid) id: string, @CurrentActor() actor: RequestActor): Promise<OutletBlock> {
    return this.agreements.lift(id, actor);
  }

  @Get('outlets/:outletId/history')
  @Can('read', 'OutletBlock')
  history(@Param('outletId', uuid) outletId: string): Promise<{ blocks: OutletBlock[]; entries: OutletHistoryEntry[] }> {
    return this.agreements.history(outletId);
  }
}

@ApiTags('partnership')
@ApiBearerAuth()
@Controller('t/:tenant/packs')
export class ConfigurationPacksController {
  constructor(private readonly packs: ConfigurationPackService) {}

  @Get()
  @Can('read', 'ConfigurationPack')
  @ApiOkResponse({ description: "Every region's published configuration packs" })
  list(): Promise<ConfigurationPack[]> {
    return this.packs.list();
  }

  @Post()
  @Can('create', 'ConfigurationPack')
  publish(@Body() body: PublishPackDto, @CurrentActor() actor: RequestActor): Promise<ConfigurationPack> {
    return this.packs.publish(body.fiscalYear, body.title, body.description ?? '', actor);
  }

  @Get(':packId/comparison')
  @Can('read', 'ConfigurationPack')
  compare(@Param('packId', uuid) packId: string, @Query() query: FiscalYearQueryDto): Promise<PackComparison> {
    return this.packs.compare(packId, query.fiscalYear);
  }

  @Post(':packId/adoption')
  @Can('update', 'PartnershipConfiguration')
  @ApiCreatedResponse({ description: 'A new configuration version with the chosen parts from the pack; the adoption is recorded' })
  adopt(@Param('packId', uuid) packId: string, @Body() body: AdoptPackDto, @CurrentActor() actor: RequestActor): Promise<PartnershipConfiguration> {
    return this.packs.adopt(packId, body.fiscalYear, body.parts, actor);
  }
}

@ApiTags('platform')
@ApiBearerAuth()
@PlatformAdminOnly()
@Controller('platform/pack-adoptions')
export class PackAdoptionsController {
  constructor(private readonly packs: ConfigurationPackService) {}

  @Get()
  @ApiOkResponse({ description: 'Who adopted which region’s rules, newest first' })
  list(): Promise<PackAdoption[]> {
    return this.packs.adoptions();
  }
}

/** A press company's side of one tenant: requirements against its dossier, its applications, objections. */
@ApiTags('media')
@ApiBearerAuth()
@ForMediaCompany()
@Controller('t/:tenant/media/:companyId')
export class MediaPartnershipController {
  constructor(
    private readonly applications: ApplicationService,
    private readonly agreements: AgreementService,
  ) {}

  @Get()
  @ApiOkResponse({ description: "The tenant's requirements for the year and, per outlet, what the rules say and what is missing" })
  @MediaCan('read', 'Application')
  view(
    @CurrentMediaCompany() media: MediaCompanyContext,
    @CurrentTenant() tenant: TenantRequestContext,
    @Query() query: FiscalYearQueryDto,
  ): Promise<MediaTenantView> {
    return this.applications.mediaView(media.companyId, query.fiscalYear, tenant.name);
  }

  @Post('applications')
  @ApiCreatedResponse({ description: 'One application per outlet; 422 WINDOW_CLOSED outside registration, APPLICATION_INCOMPLETE with the missing documents' })
  @MediaCan('create', 'Application')
  apply(@CurrentMediaCompany() media: MediaCompanyContext, @Body() body: SubmitApplicationDto, @CurrentActor() actor: RequestActor): Promise<Application[]> {
    return this.applications.submit(media.companyId, body.fiscalYear, body.outletIds, actor);
  }

  @Get('applications')
  @MediaCan('read', 'Application')
  list(@CurrentMediaCompany() media: MediaCompanyContext): Promise<Application[]> {
    return this.applications.forCompany(media.companyId);
  }

  @Get('applications/:id')
  @MediaCan('read', 'Application')
  get(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string): Promise<Application> {
    return this.applications.get(id, { companyId: media.companyId });
  }

  @Post('applications/:id/documents/:documentId/resubmission')
  @HttpCode(200)
  @MediaCan('update', 'Application')
  resubmit(
    @CurrentMediaCompany() media: MediaCompanyContext,
    @Param('id', uuid) id: string,
    @Param('documentId', uuid) documentId: string,
    @Body() body: ResubmitDocumentDto,
    @CurrentActor() actor: RequestActor,
  ): Promise<Application> {
    return this.applications.resubmitDocument(media.companyId, id, documentId, body.versionId, actor);
  }

  @Post('applications/:id/objections')
  @MediaCan('update', 'Application')
  object(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string, @Body() body: ObjectionDto, @CurrentActor() actor: RequestActor): Promise<Application> {
    return this.applications.object(media.companyId, id, body.text, actor);
  }

  @Get('agreements/:id/pdf')
  @MediaCan('read', 'Agreement')
  async agreement(@CurrentMediaCompany() media: MediaCompanyContext, @Param('id', uuid) id: string, @Res() response: FastifyReply): Promise<void> {
    const { name, file } = await this.agreements.pdf(id, { companyId: media.companyId });
    sendStoredFile(response, file, name);
  }
}

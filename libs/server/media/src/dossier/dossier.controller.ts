import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DossierDocument, MediaCompanyDossier, MediaCompanyProfile, MediaOutlet, MediaPerson, MediaRole } from '@sinergi/contracts';
import { Caller, CurrentCaller, CurrentMediaCompany, ForMediaCompany, MediaCan, MediaCompanyContext } from '@sinergi/server/core';
import { CurrentMediaAbility, MediaAbility } from '@sinergi/server/identity';
import { FileUploadInterceptor, sendStoredFile, UploadedDossierFile } from '@sinergi/server/storage';
import type { FastifyReply } from 'fastify';
import { DossierUploadDto, DossierVersionDto, MediaOutletDto, MediaPersonDto, UpdateMediaCompanyDto } from './dossier.dto';
import { DossierService } from './dossier.service';

const uuid = new ParseUUIDPipe({ version: '4' });

/**
 * A press company's own dossier. Every route is for the company's people (@ForMediaCompany):
 * another company's id answers 404 before the body is even read, and each handler's @MediaCan is
 * checked with CASL; rows named in the path are checked against the caller's ability once loaded.
 */
@ApiTags('media')
@ApiBearerAuth()
@ForMediaCompany()
@Controller('media/companies/:companyId')
export class DossierController {
  constructor(private readonly dossiers: DossierService) {}

  @Get()
  @MediaCan('read', 'MediaCompany')
  @ApiOkResponse({ description: 'Profile, people, outlets, documents (with versions), partnerships with every tenant, and the CASL rules of the caller' })
  get(@CurrentMediaCompany() media: MediaCompanyContext): Promise<MediaCompanyDossier> {
    return this.dossiers.dossier(media.companyId, media.roles as MediaRole[]);
  }

  @Patch()
  @MediaCan('update', 'MediaCompany')
  @ApiOkResponse({ description: 'The profile after the change; send back the version you read (409 STALE_VERSION otherwise)' })
  update(@Param('companyId') companyId: string, @Body() body: UpdateMediaCompanyDto): Promise<MediaCompanyProfile> {
    return this.dossiers.updateProfile(companyId, body);
  }

  @Get('people')
  @MediaCan('read', 'MediaPerson')
  people(@Param('companyId') companyId: string): Promise<MediaPerson[]> {
    return this.dossiers.people(companyId);
  }

  @Post('people')
  @MediaCan('create', 'MediaPerson')
  @ApiCreatedResponse({ description: 'A pemimpin redaksi, editor, journalist or bureau chief, with UKW level' })
  addPerson(@Param('companyId') companyId: string, @Body() body: MediaPersonDto): Promise<MediaPerson> {
    return this.dossiers.addPerson(companyId, body);
  }

  @Patch('people/:personId')
  @MediaCan('update', 'MediaPerson')
  updatePerson(@CurrentMediaAbility() ability: MediaAbility, @Param('personId', uuid) personId: string, @Body() body: MediaPersonDto): Promise<MediaPerson> {
    return this.dossiers.updatePerson(ability, personId, body);
  }

  @Delete('people/:personId')
  @HttpCode(204)
  @MediaCan('delete', 'MediaPerson')
  async removePerson(@CurrentMediaAbility() ability: MediaAbility, @Param('personId', uuid) personId: string): Promise<void> {
    await this.dossiers.removePerson(ability, personId);
  }

  @Get('outlets')
  @MediaCan('read', 'Outlet')
  outlets(@Param('companyId') companyId: string): Promise<MediaOutlet[]> {
    return this.dossiers.outlets(companyId);
  }

  @Post('outlets')
  @MediaCan('create', 'Outlet')
  addOutlet(@Param('companyId') companyId: string, @Body() body: MediaOutletDto): Promise<MediaOutlet> {
    return this.dossiers.addOutlet(companyId, body);
  }

  @Patch('outlets/:outletId')
  @MediaCan('update', 'Outlet')
  updateOutlet(@CurrentMediaAbility() ability: MediaAbility, @Param('outletId', uuid) outletId: string, @Body() body: MediaOutletDto): Promise<MediaOutlet> {
    return this.dossiers.updateOutlet(ability, outletId, body);
  }

  @Get('documents')
  @MediaCan('read', 'DossierDocument')
  documents(@Param('companyId') companyId: string): Promise<DossierDocument[]> {
    return this.dossiers.documents(companyId);
  }

  @Post('documents')
  @MediaCan('create', 'DossierDocument')
  @UseInterceptors(FileUploadInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ description: '`file` (PDF, JPEG or PNG) and the fields documentType, outletId?, number?, issuedOn?, expiresOn?' })
  @ApiCreatedResponse({ description: 'The document with its new current version; an existing document of that type gets a new version' })
  upload(
    @CurrentCaller() caller: Caller,
    @Param('companyId') companyId: string,
    @Body() body: DossierUploadDto,
    @UploadedDossierFile() file: Express.Multer.File,
  ): Promise<DossierDocument> {
    return this.dossiers.upload(companyId, caller.userId, body, file);
  }

  @Post('documents/:documentId/versions')
  @MediaCan('update', 'DossierDocument')
  @UseInterceptors(FileUploadInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({ description: 'A new version of the document; the old ones are kept' })
  addVersion(
    @CurrentCaller() caller: Caller,
    @CurrentMediaAbility() ability: MediaAbility,
    @Param('documentId', uuid) documentId: string,
    @Body() body: DossierVersionDto,
    @UploadedDossierFile() file: Express.Multer.File,
  ): Promise<DossierDocument> {
    return this.dossiers.uploadVersion(ability, documentId, caller.userId, body, file);
  }

  @Get('documents/:documentId/versions/:versionId/file')
  @MediaCan('read', 'DossierDocument')
  @ApiOkResponse({ description: 'The file of one version (PDF, JPEG or PNG)' })
  async download(
    @CurrentMediaAbility() ability: MediaAbility,
    @Param('documentId', uuid) documentId: string,
    @Param('versionId', uuid) versionId: string,
    @Res() response: FastifyReply,
  ): Promise<void> {
    const { version, file } = await this.dossiers.openVersion(ability, documentId, versionId);
    sendStoredFile(response, file, version.originalName);
  }
}

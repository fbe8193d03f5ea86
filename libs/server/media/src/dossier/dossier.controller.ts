import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Res, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DossierDocument, MediaCompanyDossier, MediaCompanyProfile, MediaOutlet, MediaPerson, MediaRole } from '@sinergi/contracts';
import { Caller, CurrentCaller } from '@sinergi/server/core';
import { MembershipService } from '@sinergi/server/identity';
import { FileUploadInterceptor, sendStoredFile, UploadedDossierFile } from '@sinergi/server/storage';
import type { Response } from 'express';
import { CompanyMemberGuard } from '../company-member.guard';
import { DossierUploadDto, DossierVersionDto, MediaOutletDto, MediaPersonDto, UpdateMediaCompanyDto } from './dossier.dto';
import { DossierService } from './dossier.service';

const uuid = new ParseUUIDPipe({ version: '4' });

/**
 * A press company's own dossier. Every route is behind CompanyMemberGuard: another company's id
 * answers 404 before the body is even read.
 */
@ApiTags('media')
@ApiBearerAuth()
@UseGuards(CompanyMemberGuard)
@Controller('media/companies/:companyId')
export class DossierController {
  constructor(
    private readonly dossiers: DossierService,
    private readonly memberships: MembershipService,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Profile, people, outlets, documents (with versions) and partnerships with every tenant' })
  async get(@CurrentCaller() caller: Caller, @Param('companyId') companyId: string): Promise<MediaCompanyDossier> {
    const membership = (await this.memberships.mediaMembershipsOf(caller.userId)).find((m) => m.companyId === companyId);
    return this.dossiers.dossier(companyId, (membership?.roles ?? []) as MediaRole[]);
  }

  @Patch()
  @ApiOkResponse({ description: 'The profile after the change; send back the version you read (409 STALE_VERSION otherwise)' })
  update(@Param('companyId') companyId: string, @Body() body: UpdateMediaCompanyDto): Promise<MediaCompanyProfile> {
    return this.dossiers.updateProfile(companyId, body);
  }

  @Get('people')
  people(@Param('companyId') companyId: string): Promise<MediaPerson[]> {
    return this.dossiers.people(companyId);
  }

  @Post('people')
  @ApiCreatedResponse({ description: 'A pemimpin redaksi, editor, journalist or bureau chief, with UKW level' })
  addPerson(@Param('companyId') companyId: string, @Body() body: MediaPersonDto): Promise<MediaPerson> {
    return this.dossiers.addPerson(companyId, body);
  }

  @Patch('people/:personId')
  updatePerson(@Param('companyId') companyId: string, @Param('personId', uuid) personId: string, @Body() body: MediaPersonDto): Promise<MediaPerson> {
    return this.dossiers.updatePerson(companyId, personId, body);
  }

  @Delete('people/:personId')
  @HttpCode(204)
  async removePerson(@Param('companyId') companyId: string, @Param('personId', uuid) personId: string): Promise<void> {
    await this.dossiers.removePerson(companyId, personId);
  }

  @Get('outlets')
  outlets(@Param('companyId') companyId: string): Promise<MediaOutlet[]> {
    return this.dossiers.outlets(companyId);
  }

  @Post('outlets')
  addOutlet(@Param('companyId') companyId: string, @Body() body: MediaOutletDto): Promise<MediaOutlet> {
    return this.dossiers.addOutlet(companyId, body);
  }

  @Patch('outlets/:outletId')
  updateOutlet(@Param('companyId') companyId: string, @Param('outletId', uuid) outletId: string, @Body() body: MediaOutletDto): Promise<MediaOutlet> {
    return this.dossiers.updateOutlet(companyId, outletId, body);
  }

  @Get('documents')
  documents(@Param('companyId') companyId: string): Promise<DossierDocument[]> {
    return this.dossiers.documents(companyId);
  }

  @Post('documents')
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
  @UseInterceptors(FileUploadInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({ description: 'A new version of the document; the old ones are kept' })
  addVersion(
    @CurrentCaller() caller: Caller,
    @Param('companyId') companyId: string,
    @Param('documentId', uuid) documentId: string,
    @Body() body: DossierVersionDto,
    @UploadedDossierFile() file: Express.Multer.File,
  ): Promise<DossierDocument> {
    return this.dossiers.uploadVersion(companyId, documentId, caller.userId, body, file);
  }

  @Get('documents/:documentId/versions/:versionId/file')
  @ApiOkResponse({ description: 'The file of one version (PDF, JPEG or PNG)' })
  async download(
    @Param('companyId') companyId: string,
    @Param('documentId', uuid) documentId: string,
    @Param('versionId', uuid) versionId: string,
    @Res() response: Response,
  ): Promise<void> {
    const { version, file } = await this.dossiers.openVersion(companyId, documentId, versionId);
    sendStoredFile(response, file, version.originalName);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { MEDIA_LEGAL_FORMS, MEDIA_ROLES, MediaLegalForm, MediaMe, MediaRegistrationRequest, MediaRole, PASSWORD_POLICY } from '@sinergi/contracts';
import { Caller, CurrentCaller, ForMediaCompany, MediaCan, Public } from '@sinergi/server/core';
import { EmailConfirmationService } from '@sinergi/server/identity';
import { Type } from 'class-transformer';
import { IsDefined, IsEmail, IsIn, IsObject, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { CompanyMember, CompanyMembersService } from './company-members.service';
import { MediaRegistrationService } from './media-registration.service';

export class MediaCompanyDto {
  @ApiProperty({ example: 'PT Faktapers Media Lampung' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  legalName!: string;

  @ApiProperty({ enum: MEDIA_LEGAL_FORMS })
  @IsIn(MEDIA_LEGAL_FORMS)
  legalForm!: MediaLegalForm;
}

export class MediaRegistrationDto implements MediaRegistrationRequest {
  @ApiProperty({ example: 'redaksi@faktapers.id' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_POLICY.maxLength)
  password!: string;

  @ApiProperty({ example: 'Pemimpin Redaksi' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ type: MediaCompanyDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MediaCompanyDto)
  company!: MediaCompanyDto;
}

export class InviteColleagueDto {
  @ApiProperty({ example: 'wartawan@faktapers.id' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Wartawan Madya' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: MEDIA_ROLES })
  @IsIn(MEDIA_ROLES)
  role!: MediaRole;
}

export class ConfirmEmailDto {
  @ApiProperty()
  @IsString()
  @MinLength(16)
  @MaxLength(256)
  token!: string;
}

@ApiTags('media')
@Controller('media')
export class MediaController {
  constructor(
    private readonly registration: MediaRegistrationService,
    private readonly confirmations: EmailConfirmationService,
    private readonly members: CompanyMembersService,
  ) {}

  @Get('companies/:companyId/members')
  @ForMediaCompany()
  @MediaCan('read', 'MediaMember')
  @ApiBearerAuth()
  @ApiOkResponse({ description: "The company's people; another company's id answers 404" })
  listMembers(@Param('companyId') companyId: string): Promise<CompanyMember[]> {
    return this.members.list(companyId);
  }

  @Post('companies/:companyId/members')
  @ForMediaCompany()
  @MediaCan('create', 'MediaMember')
  @ApiBearerAuth()
  @ApiCreatedResponse({ description: 'Owners invite colleagues (owner, editor) by mail' })
  inviteColleague(@Param('companyId') companyId: string, @Body() body: InviteColleagueDto): Promise<CompanyMember> {
    return this.members.invite(companyId, body);
  }

  @Public()
  @Post('register')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The person and the company; a confirmation mail follows' })
  register(@Body() body: MediaRegistrationDto): Promise<MediaMe> {
    return this.registration.register(body);
  }

  @Public()
  @Post('confirm-email')
  @HttpCode(204)
  async confirm(@Body() body: ConfirmEmailDto): Promise<void> {
    await this.confirmations.confirm(body.token);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ description: "The caller's companies (outlets, dossier and partnerships come with the media module), each with the caller's CASL rules in it" })
  me(@CurrentCaller() caller: Caller): Promise<MediaMe> {
    return this.registration.me(caller.userId);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AcceptInvitationRequest, InvitationPreview, LoginResponse, PASSWORD_POLICY } from '@sinergi/contracts';
import { Public } from '@sinergi/server/core';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { InvitationService } from '../invitations/invitation.service';

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty()
  @IsString()
  @MinLength(16)
  @MaxLength(256)
  token!: string;

  @ApiPropertyOptional({ description: 'Required for a new account: at least 10 characters, letters and digits' })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_POLICY.maxLength)
  password?: string;
}

/** The invitation link of the mail: look at it, then accept it (public: the token is the proof). */
@ApiTags('auth')
@Controller('auth/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationService) {}

  @Public()
  @Get(':token')
  @ApiOkResponse({ description: 'For whom, which region and roles, until when; 404/410/409 when unusable' })
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Public()
  @Post('accept')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The invitee is logged in (the same answer as a login)' })
  accept(@Body() body: AcceptInvitationDto): Promise<LoginResponse> {
    return this.invitations.accept(body.token, body.password);
  }
}

import { Module } from '@nestjs/common';
import { IdentityModule } from '@sinergi/server/identity';
import { MediaController } from './media.controller';
import { CompanyMemberGuard } from './company-member.guard';
import { CompanyMembersService } from './company-members.service';
import { MediaRegistrationService } from './media-registration.service';

/** Press companies and their people (global: one dossier for every tenant). */
@Module({ imports: [IdentityModule], controllers: [MediaController], providers: [MediaRegistrationService, CompanyMembersService, CompanyMemberGuard], exports: [MediaRegistrationService] })
export class MediaModule {}

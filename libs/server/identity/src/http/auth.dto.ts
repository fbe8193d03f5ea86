import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LoginRequest, PasswordResetConfirmation, PasswordResetRequest, RefreshRequest, TotpCodeRequest } from '@sinergi/contracts';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin@sinergi.local' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;

  @ApiPropertyOptional({ example: '123456', description: 'Needed when the account has a second factor' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'totpCode must be 6 digits' })
  totpCode?: string;
}

export class TotpCodeDto implements TotpCodeRequest {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code!: string;
}

export class RefreshDto implements RefreshRequest {
  @ApiProperty()
  @IsString()
  @MinLength(16)
  @MaxLength(256)
  refreshToken!: string;
}

export class PasswordResetRequestDto implements PasswordResetRequest {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class PasswordResetConfirmationDto implements PasswordResetConfirmation {
  @ApiProperty()
  @IsString()
  @MinLength(16)
  @MaxLength(256)
  token!: string;

  @ApiProperty({ description: 'At least 10 characters, with letters and digits' })
  @IsString()
  @MaxLength(200)
  password!: string;
}

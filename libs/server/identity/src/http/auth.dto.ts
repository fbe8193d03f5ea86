import { ApiProperty } from '@nestjs/swagger';
import { LoginRequest, PasswordResetConfirmation, PasswordResetRequest, RefreshRequest } from '@sinergi/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

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

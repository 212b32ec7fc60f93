import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { ADMIN_ROLES, type AdminAccountInput, type AdminRole, type LoginRequest } from '@evkin/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin@evkin.local' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class AccountInputDto implements AdminAccountInput {
  @ApiProperty({ example: 'viewer@kemnaker.go.id' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password: string;

  @ApiProperty({ enum: ADMIN_ROLES })
  @IsIn(ADMIN_ROLES)
  role: AdminRole;
}

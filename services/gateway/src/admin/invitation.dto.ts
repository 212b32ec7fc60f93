import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LANGUAGES, type InviteParticipantRequest, type Language, type RaterRole } from '@evkin/contracts';

const OTHER_ROLES = ['supervisor', 'peer', 'service_user'] as const;

class PersonDto {
  @ApiProperty({ example: 'Siti Rahmawati' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'siti@example.go.id' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'id' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

class ParticipantDto extends PersonDto {
  @ApiPropertyOptional({ example: 'Disnaker Kota Bandung' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  unit?: string;
}

class RaterDto extends PersonDto {
  @ApiProperty({ enum: OTHER_ROLES })
  @IsIn(OTHER_ROLES)
  role: Exclude<RaterRole, 'self'>;
}

export class InviteParticipantDto implements InviteParticipantRequest {
  @ApiProperty({ type: ParticipantDto })
  @ValidateNested()
  @Type(() => ParticipantDto)
  participant: ParticipantDto;

  @ApiPropertyOptional({ type: [RaterDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => RaterDto)
  raters?: RaterDto[];
}

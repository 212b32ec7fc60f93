import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  LANGUAGES,
  type Language,
  type RaterInput,
  type RaterListRequest,
  type SaveAnswersRequest,
} from '@evkin/contracts';

export class NotMeDto {
  @ApiPropertyOptional({ example: 'Saya bukan atasan peserta ini.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class SaveAnswersDto implements SaveAnswersRequest {
  @ApiPropertyOptional({ type: [String], example: ['001', '014'], description: 'Part 1: every ticked code' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  part1?: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', nullable: true, minimum: 1, maximum: 4 },
    example: { 'pk.ahli_muda.sk01.01': 4 },
    description: 'Part 2: item id → 1..4, or null to clear',
  })
  @IsOptional()
  @IsObject()
  part2?: Record<string, number | null>;
}

export class RaterInputDto implements RaterInput {
  @ApiProperty({ example: 'Dr. Bambang Sutrisno' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'bambang@kemnaker.go.id' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ example: 'Kepala Bidang Penempatan Tenaga Kerja' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string;

  @ApiPropertyOptional({ example: 'Jawa Barat' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  province?: string;

  @ApiPropertyOptional({ example: 'Kota Bandung' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  regency?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'id' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

class WorkLocationDto {
  @ApiProperty({ example: 'Jawa Barat' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  province: string;

  @ApiProperty({ example: 'Kota Bandung' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  regency: string;
}

export class RaterListDto implements RaterListRequest {
  @ApiProperty({ type: WorkLocationDto })
  @ValidateNested()
  @Type(() => WorkLocationDto)
  workLocation: WorkLocationDto;

  @ApiProperty({ type: RaterInputDto })
  @ValidateNested()
  @Type(() => RaterInputDto)
  supervisor: RaterInputDto;

  @ApiProperty({ type: RaterInputDto })
  @ValidateNested()
  @Type(() => RaterInputDto)
  peer: RaterInputDto;
}

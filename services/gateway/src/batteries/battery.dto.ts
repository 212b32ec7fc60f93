import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  ACTIVITY_PROFILE_MODES,
  BATTERY_STATUSES,
  TARGETS,
  type ActivityProfileMode,
  type BatteryInput,
  type BatteryStatus,
  type Target,
} from '@evkin/contracts';

// The shapes only: the assessment service checks the rules (dates, scope, items, weights) and answers with
// field errors of the same names.

class WeightsDto {
  @ApiPropertyOptional({ example: 0.25 }) @IsOptional() @IsNumber() self?: number;
  @ApiPropertyOptional({ example: 0.25 }) @IsOptional() @IsNumber() supervisor?: number;
  @ApiPropertyOptional({ example: 0.25 }) @IsOptional() @IsNumber() peer?: number;
  @ApiPropertyOptional({ example: 0.25 }) @IsOptional() @IsNumber() service_user?: number;
}

class BandsDto {
  @ApiPropertyOptional({ example: 80 }) @IsOptional() @IsNumber() sangat_baik?: number;
  @ApiPropertyOptional({ example: 60 }) @IsOptional() @IsNumber() baik?: number;
  @ApiPropertyOptional({ example: 40 }) @IsOptional() @IsNumber() sedang?: number;
  @ApiPropertyOptional({ example: 20 }) @IsOptional() @IsNumber() kurang?: number;
}

class ScoringDto {
  @ApiPropertyOptional({ type: WeightsDto, description: 'Role weights, each 0–1, together 1' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WeightsDto)
  weights?: WeightsDto;

  @ApiPropertyOptional({ type: BandsDto, description: 'Lowest index of each category, descending' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BandsDto)
  bands?: BandsDto;

  @ApiPropertyOptional({ enum: ACTIVITY_PROFILE_MODES })
  @IsOptional()
  @IsIn(ACTIVITY_PROFILE_MODES)
  activityProfileMode?: ActivityProfileMode;
}

export class BatteryInputDto implements BatteryInput {
  @ApiProperty({ example: 'Baterai Penyuluhan dan Bimbingan Jabatan 2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'Pelatihan Penyuluhan dan Bimbingan Jabatan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  programme: string;

  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsString()
  periodStart: string;

  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'Links work until 23:59:59 WIB that day' })
  @IsString()
  deadline: string;

  @ApiProperty({ enum: TARGETS })
  @IsIn(TARGETS)
  target: Target;

  @ApiPropertyOptional({ enum: BATTERY_STATUSES, description: 'active on create; unchanged on update' })
  @IsOptional()
  @IsIn(BATTERY_STATUSES)
  status?: BatteryStatus;

  @ApiProperty({ type: [String], example: ['sk04', 'sk05'] })
  @IsArray()
  @ArrayMaxSize(15)
  @IsString({ each: true })
  subCompetencyIds: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Part 2 statements; every active one of the chosen sub-competencies when omitted',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  part2ItemIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Part 1 activity codes or Petugas task ids; the whole list of the target when omitted',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  part1Codes?: string[];

  @ApiPropertyOptional({ type: ScoringDto, description: 'Overrides of the default scoring settings' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScoringDto)
  scoring?: ScoringDto;

  @ApiPropertyOptional({ type: [Number], example: [7, 1], description: 'Days before the deadline, 0–60' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  reminderDays?: number[];
}

export class BatteryStatusDto {
  @ApiProperty({ enum: BATTERY_STATUSES })
  @IsIn(BATTERY_STATUSES)
  status: BatteryStatus;
}

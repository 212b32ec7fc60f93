import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  RESULT_EXPORT_FORMATS,
  TARGETS,
  type ResultExportFormat,
  type ResultFilter,
  type ResultStatus,
  type Target,
} from '@evkin/contracts';

/** Narrows results, analytics and exports by the participant's province, unit and level. */
export class ResultFilterDto implements ResultFilter {
  @ApiPropertyOptional({ example: 'Jawa Barat' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  province?: string;

  @ApiPropertyOptional({ example: 'Disnaker Kota Bandung' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  unit?: string;

  @ApiPropertyOptional({ enum: TARGETS, description: 'Level (jenjang) or `petugas`' })
  @IsOptional()
  @IsIn(TARGETS)
  target?: Target;
}

export class ResultQueryDto extends ResultFilterDto {
  @ApiPropertyOptional({ enum: ['in_progress', 'completed'] })
  @IsOptional()
  @IsIn(['in_progress', 'completed'])
  status?: ResultStatus;

  @ApiPropertyOptional({ description: 'Free text on name and NIP' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export class ResultExportQueryDto extends ResultFilterDto {
  @ApiPropertyOptional({ enum: RESULT_EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(RESULT_EXPORT_FORMATS)
  format?: ResultExportFormat;
}

export class ReportsArchiveQueryDto extends ResultFilterDto {
  @ApiPropertyOptional({ default: 1, description: 'Part of the archive (REPORTS_ARCHIVE_PART_SIZE reports each)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  part?: number;
}

/** The filter fields only: the RPC takes them apart from paging and format. */
export function filterOf(query: ResultFilterDto): ResultFilter {
  return {
    ...(query.province === undefined ? {} : { province: query.province }),
    ...(query.unit === undefined ? {} : { unit: query.unit }),
    ...(query.target === undefined ? {} : { target: query.target }),
  };
}

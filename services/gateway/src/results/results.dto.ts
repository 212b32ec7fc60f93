import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  DIRECTORATE_REPORT_TEXT_MAX,
  RESULT_EXPORT_FORMATS,
  type DirectorateReportRequest,
  type DirectorateReportSection,
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

/** Seed 000 G.3: the admin's text of each part; blank lines separate paragraphs (may be empty). */
export class DirectorateReportSectionsDto implements Record<DirectorateReportSection, string> {
  @ApiProperty({ description: 'a. Pendahuluan', maxLength: DIRECTORATE_REPORT_TEXT_MAX })
  @IsString()
  @MaxLength(DIRECTORATE_REPORT_TEXT_MAX)
  pendahuluan: string;

  @ApiProperty({ description: 'b. Pelaksanaan kegiatan (after the execution facts)' })
  @IsString()
  @MaxLength(DIRECTORATE_REPORT_TEXT_MAX)
  pelaksanaanKegiatan: string;

  @ApiProperty({ description: 'c. Analisis hasil evaluasi kinerja (after the analytics tables)' })
  @IsString()
  @MaxLength(DIRECTORATE_REPORT_TEXT_MAX)
  analisisHasil: string;

  @ApiProperty({ description: 'd. Rekomendasi dan tindak lanjut' })
  @IsString()
  @MaxLength(DIRECTORATE_REPORT_TEXT_MAX)
  rekomendasiTindakLanjut: string;
}

export class DirectorateReportDto implements DirectorateReportRequest {
  @ApiProperty({ type: DirectorateReportSectionsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DirectorateReportSectionsDto)
  sections: DirectorateReportSectionsDto;
}

/** The filter fields only: the RPC takes them apart from paging and format. */
export function filterOf(query: ResultFilterDto): ResultFilter {
  return {
    ...(query.province === undefined ? {} : { province: query.province }),
    ...(query.unit === undefined ? {} : { unit: query.unit }),
    ...(query.target === undefined ? {} : { target: query.target }),
  };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  ASSIGNMENT_STATUSES,
  RATER_ROLES,
  TARGETS,
  type AssignmentStatus,
  type ParticipantQuery,
  type RaterRole,
  type Target,
} from '@evkin/contracts';

const ROLE_STATUSES = [...ASSIGNMENT_STATUSES, 'none'] as const;
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ParticipantQueryDto implements ParticipantQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() batteryId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) province?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) unit?: string;
  @ApiPropertyOptional({ enum: TARGETS }) @IsOptional() @IsIn(TARGETS) target?: Target;
  @ApiPropertyOptional({ description: 'Name, NIP or email contains' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @ApiPropertyOptional({ enum: ROLE_STATUSES }) @IsOptional() @IsIn(ROLE_STATUSES) roleStatus?:
    AssignmentStatus | 'none';
  @ApiPropertyOptional() @IsOptional() @Transform(toBoolean) @IsBoolean() notMe?: boolean;
  @ApiPropertyOptional({ description: 'Only participants with a rater whose invitation email failed' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  emailFailed?: boolean;
  @ApiPropertyOptional({ description: 'Only invited participants whose four raters have not all submitted' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  incomplete?: boolean;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}

export class InviteDto {
  @ApiPropertyOptional({ type: [String], description: 'Only these participants; all not yet invited when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100_000)
  @IsUUID('all', { each: true })
  participantIds?: string[];
}

export class IssueLinkDto {
  @ApiProperty({ enum: ['start', 'monitoring'] })
  @IsIn(['start', 'monitoring'])
  kind: 'start' | 'monitoring';

  @ApiPropertyOptional({ enum: RATER_ROLES, description: 'For a start link; the participant (self) by default' })
  @IsOptional()
  @IsIn(RATER_ROLES)
  role?: RaterRole;
}

export class ImportFormDto {
  @ApiPropertyOptional({ description: 'Battery for rows whose battery column is empty' })
  @IsOptional()
  @IsUUID()
  batteryId?: string;

  @ApiProperty({ description: 'true: only verify; false: commit (all or nothing)' })
  @Transform(toBoolean)
  @IsBoolean()
  dryRun: boolean;
}

export class TemplateQueryDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format: 'csv' | 'xlsx';
}

export class MismatchQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() batteryId?: string;
}

export class PageQueryDto {
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { TARGETS, type BankItemInput, type BankItemQuery, type BankItemUpdate, type Target } from '@evkin/contracts';

/** Statements are one or two sentences; the assessment service applies the same bound. */
const MAX_STATEMENT = 1000;

// Query strings carry text: only the words true and false become booleans, anything else fails @IsBoolean.
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class BankItemQueryDto implements BankItemQuery {
  @ApiPropertyOptional({ enum: TARGETS })
  @IsOptional()
  @IsIn(TARGETS)
  target?: Target;

  @ApiPropertyOptional({ example: 'sk04' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  subCompetencyId?: string;

  @ApiPropertyOptional({ default: false, description: 'Also list deactivated statements' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeInactive?: boolean;
}

export class BankItemInputDto implements BankItemInput {
  @ApiProperty({ enum: TARGETS })
  @IsIn(TARGETS)
  target: Target;

  @ApiProperty({ example: 'sk04', description: 'A sub-competency in the Part 2 scope of the target' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  subCompetencyId: string;

  @ApiProperty({ example: 'Menyampaikan informasi jabatan dengan bahasa yang mudah dipahami.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_STATEMENT)
  text: string;

  @ApiProperty({ example: 'Explains occupations in plain language.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_STATEMENT)
  en: string;
}

export class BankItemUpdateDto implements BankItemUpdate {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_STATEMENT)
  text?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_STATEMENT)
  en?: string;

  @ApiPropertyOptional({ description: 'false hides the statement from new batteries; running ones keep their copy' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

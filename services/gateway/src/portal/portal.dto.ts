import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

export class SubmitAnswersDto {
  @ApiProperty({ type: 'object', additionalProperties: true, example: {} })
  @IsObject()
  answers: Record<string, unknown>;
}

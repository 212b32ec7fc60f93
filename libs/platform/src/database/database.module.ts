import { Module, type DynamicModule, type OnModuleInit, Injectable } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReadinessService } from '../health/readiness.service.js';
import { dataSourceOptions, type ServiceDatabase } from './data-source.js';

@Injectable()
class DatabaseReadiness implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readiness: ReadinessService,
  ) {}

  onModuleInit(): void {
    this.readiness.register({
      name: 'postgres',
      check: async () => {
        await this.dataSource.query('SELECT 1');
      },
    });
  }
}

@Module({})
export class DatabaseModule {
  static forService(url: string, database: ServiceDatabase): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(url, database),
          // Boot fails fast on a wrong URL instead of retrying for minutes; the orchestrator restarts us.
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      ],
      providers: [DatabaseReadiness],
    };
  }
}

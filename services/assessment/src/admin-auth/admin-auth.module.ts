import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminAuthController } from './admin-auth.controller.js';
import { AdminAuthService } from './admin-auth.service.js';
import { AdminSessionRecord, AdminUser } from './admin-user.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([AdminUser, AdminSessionRecord])],
  controllers: [AdminAuthController],
  providers: [AdminAuthService],
})
export class AdminAuthModule {}

import { RequestMethod, type Type } from '@nestjs/common';
import { GUARDS_METADATA, METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { BatteriesModule } from '../batteries/batteries.module.js';
import { AccountsModule } from './accounts.controller.js';
import { ParticipantsModule } from '../participants/participants.module.js';
import { ResultsModule } from '../results/results.module.js';
import { AdminGuard } from './admin.guard.js';
import { Roles } from './roles.decorator.js';

interface Route {
  method: string;
  path: string;
  guarded: boolean;
  roles: string[] | undefined;
}

/**
 * The routes of the modules that hold the admin API (AppModule itself is not loaded: its rate-limit module's
 * CommonJS package cannot be required by jest's ESM runtime), read from the controllers' decorators.
 */
function routes(): Route[] {
  const reflector = new Reflector();
  const controllers = [AccountsModule, BatteriesModule, ParticipantsModule, ResultsModule].flatMap(
    (module) => (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) as Type[] | undefined) ?? [],
  );
  return controllers.flatMap((controller) => {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller));
    const classGuards = (Reflect.getMetadata(GUARDS_METADATA, controller) as unknown[] | undefined) ?? [];
    const prototype = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor')
      .map((name) => prototype[name])
      .filter(
        (handler): handler is object => typeof handler === 'function' && Reflect.hasMetadata(PATH_METADATA, handler),
      )
      .map((handler) => {
        const guards = (Reflect.getMetadata(GUARDS_METADATA, handler) as unknown[] | undefined) ?? [];
        return {
          method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod],
          path: `/${[base, String(Reflect.getMetadata(PATH_METADATA, handler))].filter((p) => p && p !== '/').join('/')}`,
          guarded: [...classGuards, ...guards].includes(AdminGuard),
          roles: reflector.getAllAndOverride(Roles, [handler as () => void, controller]),
        };
      });
  });
}

/** POSTs that only read: the body carries what to render, nothing is stored (viewers may call them). */
const READS_WITH_A_BODY = ['POST /api/admin/batteries/:id/directorate-report.pdf'];

describe('admin routes of the gateway', () => {
  const admin = routes().filter((r) => r.path.startsWith('/api/admin'));

  it('are found (the reflection above reads the real controllers)', () => {
    expect(admin.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'GET /api/admin/batteries/:id/progress',
        'POST /api/admin/imports',
        'POST /api/admin/accounts',
      ]),
    );
  });

  it('all need a session', () => {
    expect(admin.filter((r) => !r.guarded)).toEqual([]);
  });

  // A viewer cannot change anything: every route that is not a read is for the admin role only.
  it('that change something are for the admin role only', () => {
    const changes = admin.filter((r) => r.method !== 'GET' && !READS_WITH_A_BODY.includes(`${r.method} ${r.path}`));
    expect(changes.length).toBeGreaterThanOrEqual(10);
    expect(changes.filter((r) => JSON.stringify(r.roles) !== JSON.stringify(['admin']))).toEqual([]);
  });
});

import type { ChildProcess } from 'node:child_process';

export declare const SERVICES: readonly ['assessment', 'notification', 'reporting', 'gateway'];
export type StackService = (typeof SERVICES)[number];
export declare function migrate(root: string, env: Record<string, string>): Promise<void>;
export declare function run(
  command: string,
  args: string[],
  env: Record<string, string>,
  options?: { cwd?: string },
): Promise<string>;
export declare function startServices(options: {
  root: string;
  env: Record<string, string>;
  ports: Record<StackService, number>;
  logDir?: string;
  onLine?: (service: StackService, line: string) => void;
}): {
  children: Map<StackService, ChildProcess>;
  stop(graceMs?: number): Promise<Record<StackService, number | string | null>>;
};
export declare function waitUntilReady(
  baseUrl: string,
  timeoutMs: number,
  children?: Map<string, ChildProcess>,
): Promise<unknown>;

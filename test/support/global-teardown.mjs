export default async function globalTeardown() {
  await globalThis.__EVKIN_INFRA__?.stop();
}

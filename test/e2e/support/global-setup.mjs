// The end-to-end tests either drive a stack that already runs (E2E_BASE_URL, e.g. `npm start`) or
// start their own on the same infrastructure as the integration tests.
import integrationSetup from '../../support/global-setup.mjs';

export default async function globalSetup() {
  if (process.env.E2E_BASE_URL) return;
  await integrationSetup();
}

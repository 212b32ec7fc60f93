import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

await build(fileURLToPath(new URL('../..', import.meta.url)), (m) => console.log(m));

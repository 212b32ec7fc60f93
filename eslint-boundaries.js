// @ts-check
// A local ESLint rule for the monorepo's import boundaries. It resolves each import to the
// package (libs/*, services/*, frontend) it lands in, so `../../assessment/…` is caught as well
// as `@evkin/assessment`.
import { dirname, relative, resolve, sep } from 'node:path';

const SERVICES = new Set(['gateway', 'assessment', 'notification', 'reporting']);

/** @param {string} root @param {string} file */
function ownerOf(root, file) {
  const [top, name] = relative(root, file).split(sep);
  if (top === 'services' || top === 'libs') return { kind: top, name: name ?? '' };
  if (top === 'frontend') return { kind: 'frontend', name: 'frontend' };
  return undefined;
}

export const MESSAGES = {
  serviceToService: 'A service may import libraries (libs/*) only, never another service.',
  libByPath: 'Import a library by its package name (@evkin/…), not by path.',
  libToService: 'A library may not import a service.',
};

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: { type: 'problem', schema: [], messages: MESSAGES },
  create(context) {
    const root = context.cwd;
    const from = ownerOf(root, context.filename);
    if (!from) return {};
    /** @param {any} node */
    const check = (node) => {
      const specifier = node?.source?.value;
      if (typeof specifier !== 'string') return;
      let to;
      if (specifier.startsWith('.')) {
        to = ownerOf(root, resolve(dirname(context.filename), specifier));
        if (!to || (to.kind === from.kind && to.name === from.name)) return;
        if (to.kind === 'libs') return context.report({ node: node.source, messageId: 'libByPath' });
      } else {
        const name = /^@evkin\/([^/]+)/.exec(specifier)?.[1];
        if (!name || !SERVICES.has(name) || (from.kind === 'services' && from.name === name)) return;
        to = { kind: 'services', name };
      }
      if (to.kind !== 'services') return;
      context.report({ node: node.source, messageId: from.kind === 'services' ? 'serviceToService' : 'libToService' });
    };
    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'import-boundaries': rule } };

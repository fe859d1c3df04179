/*
 * `yarn bench`: measures the StatefulSet portal on this machine and prints
 * one Markdown table. Starts its own control plane (tools/cluster, on ports
 * apart from the default ones), a counting proxy in front of its API server,
 * the portal backend on port 7207 and headless chromium, and stops exactly
 * these when it ends. See docs/benchmarks.md.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { VersionApi } from '@kubernetes/client-node';
import { BackendClient, startBackend, StartedBackend } from './backend.ts';
import { measureBundle } from './bundle.ts';
import { measureCardRender } from './card.ts';
import { measureChangeLatency } from './changeLatency.ts';
import { startCluster, StartedCluster } from './cluster.ts';
import { CountingProxy } from './countingProxy.ts';
import { describeMachine } from './machine.ts';
import { compareDryRuns, measureRenderRate } from './render.ts';
import { measureStatusRoute, measureWorkloadsQuery } from './statusRoute.ts';
import { FigureRow, formatReport, ms } from './table.ts';
import { measureViewers } from './viewers.ts';
import {
  adminKubeConfig,
  benchEntitiesYaml,
  createBenchSets,
  createPortalToken,
} from './workloads.ts';

const repositoryRoot = resolve(__dirname, '..');
const SIZES = [3, 100, 1000];
const BACKEND_PORT = Number(process.env.BENCH_BACKEND_PORT ?? 7207);
const PROXY_PORT = Number(process.env.BENCH_PROXY_PORT ?? 17444);
const ROUTE_CALLS = Number(process.env.BENCH_ROUTE_CALLS ?? 30);
const VIEWER_DURATION_MS =
  Number(process.env.BENCH_VIEWER_SECONDS ?? 60) * 1000;
const CARD_IDLE_INTERVAL_MS = 10_000;

function progress(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

function portalOverlay(options: {
  proxyUrl: string;
  token: string;
  entitiesFile: string;
}): string {
  const url = `http://localhost:${BACKEND_PORT}`;
  return [
    'app:',
    `  baseUrl: ${url}`,
    'backend:',
    `  baseUrl: ${url}`,
    '  listen:',
    `    port: ${BACKEND_PORT}`,
    '  cors:',
    `    origin: ${url}`,
    'kubernetes:',
    '  serviceLocatorMethod:',
    '    type: multiTenant',
    '  clusterLocatorMethods:',
    '    - type: config',
    '      clusters:',
    '        - name: bench',
    `          url: ${options.proxyUrl}`,
    '          authProvider: serviceAccount',
    `          serviceAccountToken: ${options.token}`,
    'catalog:',
    '  locations:',
    '    - type: file',
    `      target: ${options.entitiesFile}`,
    '      rules:',
    '        - allow: [Component]',
    '',
  ].join('\n');
}

async function main() {
  const workDir = mkdtempSync(join(tmpdir(), 'statefulset-bench-'));
  const rows: FigureRow[] = [];
  let cluster: StartedCluster | undefined;
  let proxy: CountingProxy | undefined;
  let started: StartedBackend | undefined;
  let machine = describeMachine('not measured');
  const artifacts = join(repositoryRoot, 'test-artifacts', 'bench');
  mkdirSync(artifacts, { recursive: true });

  try {
    progress('render rate of the common package');
    for (const example of ['nginx.yaml', 'full.yaml']) {
      const rate = measureRenderRate(repositoryRoot, example);
      rows.push({
        figure: `Render: renderManifestsYaml, ${example}`,
        value: `${Math.round(rate)} renders/s`,
      });
    }

    // BENCH_SKIP_APP_BUILD leaves out the two app builds and the browser
    // figures, for quick runs while working on the other figures.
    const skipApp = Boolean(process.env.BENCH_SKIP_APP_BUILD);
    let bundle;
    if (!skipApp) {
      progress(
        'building the app without and with the plugin (several minutes)',
      );
      bundle = await measureBundle(repositoryRoot, workDir);
    }

    progress('starting the control plane');
    cluster = await startCluster(repositoryRoot);
    const kubeConfig = adminKubeConfig(cluster.stateDir);
    const version = await kubeConfig.makeApiClient(VersionApi).getCode();
    machine = describeMachine(version.gitVersion);

    const token = await createPortalToken(kubeConfig);
    progress(`creating sets of ${SIZES.join(', ')} pods`);
    await createBenchSets(kubeConfig, repositoryRoot, SIZES);

    proxy = new CountingProxy({
      url: cluster.apiServerUrl,
      ca: readFileSync(join(cluster.stateDir, 'pki', 'ca.crt')),
    });
    const proxyUrl = await proxy.start(PROXY_PORT);

    const entitiesFile = join(workDir, 'entities.yaml');
    writeFileSync(entitiesFile, benchEntitiesYaml(SIZES));
    const overlay = join(workDir, 'app-config.bench.yaml');
    writeFileSync(overlay, portalOverlay({ proxyUrl, token, entitiesFile }), {
      mode: 0o600,
    });

    progress(`starting the portal backend on port ${BACKEND_PORT}`);
    started = await startBackend({
      repositoryRoot,
      configFiles: [join(repositoryRoot, 'app-config.yaml'), overlay],
      port: BACKEND_PORT,
      logFile: join(workDir, 'backend.log'),
    });
    const backend = new BackendClient(started.url);
    for (const replicas of SIZES) {
      await waitForEntity(backend, `component:default/bench-${replicas}`);
    }

    progress('scaffolder dry runs');
    const dryRuns = await compareDryRuns(repositoryRoot, backend);
    rows.push({
      figure: `Render: scaffolder dry run, template vs plain fetch:template skeleton (median of ${dryRuns.runs})`,
      value: `${ms(dryRuns.templateMs)} vs ${ms(dryRuns.skeletonMs)}, ratio ${(
        dryRuns.templateMs / dryRuns.skeletonMs
      ).toFixed(2)}`,
    });

    for (const replicas of SIZES) {
      progress(`status route and workloads query, ${replicas} pods`);
      const entityRef = `component:default/bench-${replicas}`;
      const ours = await measureStatusRoute(
        backend,
        proxy,
        entityRef,
        replicas,
        ROUTE_CALLS,
      );
      const standard = await measureWorkloadsQuery(
        backend,
        proxy,
        entityRef,
        replicas,
        ROUTE_CALLS,
      );
      rows.push(
        {
          figure: `Status route, ${replicas} pods: Kubernetes requests, first call / max in one call / per call over ${ROUTE_CALLS} more`,
          value: `${ours.firstCallRequests} / ${
            ours.maxRequestsPerCall
          } / ${ours.requestsPerCall.toFixed(2)} (workloads query: ${
            standard.firstCallRequests
          } / ${
            standard.maxRequestsPerCall
          } / ${standard.requestsPerCall.toFixed(2)})`,
          target: 'at most 3 per call',
          met: ours.maxRequestsPerCall <= 3,
        },
        {
          figure: `Status route, ${replicas} pods: latency median / p95 (first call)`,
          value: `${ms(ours.medianMs)} / ${ms(ours.p95Ms)} (${ms(
            ours.firstCallMs,
          )}); workloads query ${ms(standard.medianMs)} / ${ms(
            standard.p95Ms,
          )} (${ms(standard.firstCallMs)})`,
          target: 'at most half of the workloads query',
          met:
            ours.medianMs <= standard.medianMs / 2 &&
            ours.p95Ms <= standard.p95Ms / 2,
        },
      );
    }

    const viewerFigures = [];
    for (const viewers of [1, 50]) {
      progress(
        `${viewers} viewers of bench-1000 for ${VIEWER_DURATION_MS / 1000} s`,
      );
      viewerFigures.push(
        await measureViewers({
          backend,
          started,
          proxy,
          entityRef: 'component:default/bench-1000',
          viewers,
          durationMs: VIEWER_DURATION_MS,
          intervalMs: CARD_IDLE_INTERVAL_MS,
        }),
      );
    }
    const [one, fifty] = viewerFigures;
    rows.push({
      figure: `Many viewers, 1000-pod set, each polling every 10 s for ${
        VIEWER_DURATION_MS / 1000
      } s: Kubernetes requests per minute, 1 vs 50 viewers`,
      value: `${one.kubernetesRequestsPerMinute.toFixed(
        0,
      )} vs ${fifty.kubernetesRequestsPerMinute.toFixed(0)} (${one.calls} vs ${
        fifty.calls
      } calls)`,
      target: 'independent of viewers',
      met:
        fifty.kubernetesRequestsPerMinute <=
        one.kubernetesRequestsPerMinute * 1.5,
    });
    rows.push({
      figure: `Single viewer of the 1000-pod set, polling every 10 s for ${
        VIEWER_DURATION_MS / 1000
      } s: most Kubernetes requests in one call`,
      value: `${one.maxRequestsPerCall}`,
      target: 'at most 3 per call',
      met: one.maxRequestsPerCall <= 3,
    });
    rows.push({
      figure:
        'Many viewers: backend resident memory, max during 1 vs 50 viewers',
      value: `${one.maxRssMiB} MiB vs ${fifty.maxRssMiB} MiB`,
    });

    progress('change latency');
    const change = await measureChangeLatency(backend, kubeConfig);
    rows.push({
      figure: `Change latency: scale 3 to 4 until ordinal 3 shows, minus pod creation (median / max of ${change.runs})`,
      value: `${ms(change.medianAfterCreateMs)} / ${ms(
        change.maxAfterCreateMs,
      )} (from the scale request: ${ms(change.medianAfterScaleMs)})`,
      target: 'under 2 s',
      met: change.maxAfterCreateMs < 2000,
    });

    if (bundle) {
      progress('card render in chromium');
      const card = await measureCardRender({
        portalUrl: started.url,
        entityName: 'bench-1000',
        lastPodName: 'bench-1000-49',
        nextPagePodName: 'bench-1000-99',
        diagnosticsScreenshot: join(artifacts, 'card-failure.png'),
      });
      rows.push({
        figure: `Card: 1000-pod set, status response to the last row of the first page (ordinal 49) in the DOM (median / max of ${card.loads} page loads)`,
        value: `${ms(card.medianRenderMs)} / ${ms(card.maxRenderMs)}`,
        target: 'under 200 ms',
        met: card.maxRenderMs < 200,
      });
      rows.push({
        figure: `Card: 1000-pod set, click on next page to the last row of page two (ordinal 99) in the DOM (median / max of ${card.loads})`,
        value: `${ms(card.medianNextPageMs)} / ${ms(card.maxNextPageMs)}`,
      });
      rows.push({
        figure: 'Card: JavaScript the plugin adds to the app, gzipped',
        value: `${(
          (bundle.withPluginBytes - bundle.withoutPluginBytes) /
          1024
        ).toFixed(1)} KiB (app ${(bundle.withPluginBytes / 1024).toFixed(
          0,
        )} KiB with, ${(bundle.withoutPluginBytes / 1024).toFixed(
          0,
        )} KiB without)`,
      });
    }

    const report = formatReport(machine, rows, new Date());
    writeFileSync(join(artifacts, 'report.md'), `${report}\n`);
    process.stdout.write(`${report}\n`);
  } catch (error) {
    progress(
      `figures measured before the failure:\n${formatReport(
        machine,
        rows,
        new Date(),
      )}`,
    );
    throw error;
  } finally {
    await started
      ?.stop()
      .catch(error => progress(`stopping the backend failed: ${error}`));
    await proxy?.stop().catch(() => undefined);
    await cluster
      ?.stop()
      .catch(error => progress(`stopping the control plane failed: ${error}`));
    if (process.env.BENCH_KEEP_WORKDIR) {
      progress(`work directory kept: ${workDir}`);
    } else {
      rmSync(workDir, { recursive: true, force: true });
    }
  }
}

async function waitForEntity(backend: BackendClient, entityRef: string) {
  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.split('/');
  const deadline = Date.now() + 180_000;
  for (;;) {
    const response = await backend.call(
      'GET',
      `/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
      undefined,
      false,
    );
    if (response.status === 200) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`the catalog did not list ${entityRef} within 180 s`);
    }
    await new Promise(done => setTimeout(done, 1_000));
  }
}

main().catch(error => {
  progress(`failed: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});

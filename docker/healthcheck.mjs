// Container health check (Docker HEALTHCHECK and docker-compose): exits 0 when the service on
// $PORT answers 2xx on /health/ready (or the path given as the first argument), 1 otherwise.
// Kubernetes does not use it: its probes call /health/live and /health/ready directly.
const port = process.env.PORT || '3000';
const path = process.argv[2] || '/health/ready';
try {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(4000) });
  process.exit(res.ok ? 0 : 1);
} catch {
  process.exit(1);
}

// Docker's HEALTHCHECK runs this in the container: exit 0 when /livez answers 200, else 1.
// The slim image has no curl; Node's fetch makes the request.
const port = process.env.PORT ?? '8080';
fetch(`http://127.0.0.1:${port}/livez`, { signal: AbortSignal.timeout(2_000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);

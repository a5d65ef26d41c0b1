// Docker's HEALTHCHECK runs this inside the container: exit 0 when /livez answers 200, else 1.
// The slim Node image has no curl, so Node's own fetch makes the request.
const port = process.env.PORT ?? '8080';
fetch(`http://127.0.0.1:${port}/livez`, { signal: AbortSignal.timeout(2000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);

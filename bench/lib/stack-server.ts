/**
 * Child process of bench/api-latency.ts: the embedded stack in memory (no data dir, demo
 * provisioned, handlers quiet, no timers), on a free port. Prints one JSON line
 * `{"url": "...", "pid": n}` once it listens, then serves until SIGTERM/SIGINT or until its
 * stdin closes (the benchmark died), and stops the stack cleanly.
 * Not meant to be run by hand, but `node --import tsx bench/lib/stack-server.ts` works.
 */
import { startEmbeddedStack } from '#infra/local/stack.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';

const stack = await startEmbeddedStack({ port: 0, quiet: true, provisionDemo: true });
process.stdout.write(`${JSON.stringify({ url: stack.url, pid: process.pid })}\n`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  stack.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();

import { Console } from "node:console";
import { Readable, Writable } from "node:stream";
import { main } from "communique";
import type { Run } from "./cli.js";
import { ROOT } from "./models.js";

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the CLI's `main` in this process, with standard input, output, error, the environment and
 * the working folder swapped for the run: the same `Run` a spawned `communique` gives, without the
 * process start (most of a spawn's cost). For tables of cases; what only a process shows (its exit
 * code as the shell sees it, pipes, signals, memory) is tested with `communique` from ./cli.js.
 * Runs one at a time: they share the process.
 */
export function inProcess(
  args: readonly string[],
  options: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
): Promise<Run> {
  const run = queue.then(() => runOnce(args, options));
  queue = run.catch(() => undefined);
  return run;
}

async function runOnce(
  args: readonly string[],
  options: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string },
): Promise<Run> {
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const restore: (() => void)[] = [];
  const swap = <T extends object, K extends keyof T>(target: T, key: K, value: T[K]) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, { value, configurable: true, writable: true, enumerable: true });
    restore.push(() => {
      if (descriptor === undefined) delete target[key];
      else Object.defineProperty(target, key, descriptor);
    });
  };
  const sink = (into: Buffer[]) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        into.push(Buffer.from(chunk));
        done();
      },
    });
  const out = sink(stdout);
  const err = sink(stderr);
  swap(process, "stdout", out as unknown as typeof process.stdout);
  swap(process, "stderr", err as unknown as typeof process.stderr);
  swap(
    process,
    "stdin",
    Readable.from([Buffer.from(options.stdin ?? "")]) as unknown as typeof process.stdin,
  );
  swap(globalThis, "console", new Console({ stdout: out, stderr: err }));
  const env = { NO_COLOR: "1", ...options.env };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  const cwd = process.cwd();
  process.chdir(options.cwd ?? ROOT);
  try {
    const code = await main(args);
    // Writes end on the next turn; let the last of them land.
    await new Promise((resolve) => setImmediate(resolve));
    return {
      code,
      stdout: Buffer.concat(stdout).toString("utf8"),
      stderr: Buffer.concat(stderr).toString("utf8"),
    };
  } finally {
    process.chdir(cwd);
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    for (const undo of restore.reverse()) undo();
  }
}

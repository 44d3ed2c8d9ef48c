/** The command's entry point: runs it with this process's arguments, environment and output. */
import { homedir } from "node:os";
import { run } from "./cli";

run({
  argv: process.argv.slice(2),
  env: process.env,
  platform: process.platform,
  home: homedir(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `The command stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);

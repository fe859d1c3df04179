import { runCli } from './runCli';

// Yarn runs scripts from the folder of their package.json and keeps the
// folder the user called it from in INIT_CWD.
const cwd = process.env.INIT_CWD ?? process.cwd();

runCli(process.argv.slice(2), {
  cwd,
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
}).then(
  exitCode => {
    process.exitCode = exitCode;
  },
  error => {
    process.stderr.write(`statefulset: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);

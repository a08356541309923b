// `pnpm tiendo <command> [args]`: operator commands. Each command lives in its own module and is
// loaded only when asked for, so one command's dependencies never slow down another.
export interface CliCommand {
  /** One line for `pnpm tiendo help`. */
  summary: string;
  /** Runs the command; the resolved number is the process exit code. */
  run(args: string[]): Promise<number>;
}

const commands: Record<string, () => Promise<CliCommand>> = {
  // Commands register here, e.g. `import: () => import('./import-command.js').then((m) => m.command)`.
  import: () => import('./import-command.js').then((m) => m.command),
  backup: () => import('./backup-command.js').then((m) => m.backup),
  restore: () => import('./backup-command.js').then((m) => m.restore),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    const lines = await Promise.all(
      Object.entries(commands).map(async ([key, loader]) => `  ${key.padEnd(10)} ${(await loader()).summary}`),
    );
    const out = name && name !== 'help' ? process.stderr : process.stdout;
    if (name && name !== 'help') out.write(`Unknown command: ${name}\n`);
    out.write(`Usage: pnpm tiendo <command> [args]\n\nCommands:\n${lines.join('\n')}\n`);
    return name && name !== 'help' ? 64 : 0;
  }
  return (await load()).run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);

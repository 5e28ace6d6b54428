/** Collects what `console[method]` is given while `run` runs, and keeps it off the console. */
export async function captureConsole(
  method: 'error' | 'warn' | 'info',
  run: () => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[method] = original;
  }
  return seen;
}

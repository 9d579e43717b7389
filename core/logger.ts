/**
 * A tiny logger per module. Logs go to stderr so `--json` output on stdout stays clean
 * (contract section 1). TEND_LOG=debug|info|warn|error|silent.
 */
const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = keyof typeof levels;
const threshold = (): number => levels[(process.env.TEND_LOG as Level) ?? 'info'] ?? levels.info;

export interface Logger {
  debug(msg: string, extra?: Record<string, unknown>): void;
  info(msg: string, extra?: Record<string, unknown>): void;
  warn(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, extra?: Record<string, unknown>): void;
}

export function logger(module: string): Logger {
  const at = (level: Level) => (msg: string, extra?: Record<string, unknown>) => {
    if (levels[level] < threshold()) return;
    const line = extra ? `${msg} ${JSON.stringify(extra)}` : msg;
    process.stderr.write(`${new Date().toISOString()} ${level} [${module}] ${line}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

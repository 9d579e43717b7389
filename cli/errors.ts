/** A CLI failure with its exit code: 2 for bad usage or bad input, 1 otherwise (contract section 1). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 2) {
    super(message);
    this.name = 'CliError';
  }
}

/** A mistake in how the command was called or in its input files: reported on stderr with exit code 2. */
export class UsageError extends Error {}

// A configuration value the service cannot start with: bin/start.ts prints its
// message (which names the variable) and exits, without a stack trace.
export class ConfigError extends Error {}

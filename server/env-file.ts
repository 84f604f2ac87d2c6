// Imported first by the service and every command-line tool: fills in configuration from
// a `.env` file (KEY=value lines, as .env.example) before anything reads process.env.
// The file is `ENV_FILE` when set (it must exist), else `.env` in the working directory
// when there is one. Variables already set in the real environment win over the file:
// a service manager's or a shell's setting is the deliberate one.
import { existsSync } from 'node:fs';

const named = process.env.ENV_FILE?.trim();
const file = named || '.env';
if (named || existsSync(file)) {
  try {
    process.loadEnvFile(file); // never overrides a variable that is already set
  } catch (e) {
    console.error(`cannot read ${named ? `ENV_FILE=${file}` : file}: ${(e as Error).message}`);
    process.exit(1);
  }
}

/** Bad input the importer refuses with one clear line (the CLI prints it; the operator page shows it). */
export class ImportError extends Error {
  override name = 'ImportError';
}

import { REGION_CODE_PATTERN, TENANT_SLUG_PATTERN } from '@sinergi/contracts';

/** One region to onboard, as a line of an onboarding file names it. */
export type OnboardingRow = { line: number; regionCode: string; adminEmail: string; adminName: string; slug?: string };
export type OnboardingFileProblem = { line: number; message: string };

const HEADER = ['region_code', 'admin_email', 'admin_name'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads an onboarding file: CSV with the header `region_code,admin_email,admin_name[,slug]`, one
 * region per line (a province onboarding its kabupaten/kota, say). Every problem is reported with its
 * line, so the operator fixes the file once instead of once per run.
 */
export function parseOnboardingFile(csv: string): { rows: OnboardingRow[]; problems: OnboardingFileProblem[] } {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((cell) => cell.trim().toLowerCase());
  const withSlug = header.length === 4 && header[3] === 'slug';
  if (!(header.length === 3 || withSlug) || HEADER.some((name, i) => header[i] !== name)) {
    return { rows: [], problems: [{ line: 1, message: `the first line must be ${HEADER.join(',')}[,slug]` }] };
  }
  const rows: OnboardingRow[] = [];
  const problems: OnboardingFileProblem[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((text, index) => {
    const line = index + 2;
    if (text.trim() === '') return;
    const cells = splitCsvLine(text).map((cell) => cell.trim());
    if (cells.length !== header.length) {
      problems.push({ line, message: `${header.length} fields expected, found ${cells.length}` });
      return;
    }
    const [regionCode = '', adminEmail = '', adminName = '', slug = ''] = cells;
    const lineProblems = [
      !REGION_CODE_PATTERN.test(regionCode) && `region code "${regionCode}" is not a Kemendagri code such as 18.13`,
      !EMAIL.test(adminEmail) && `"${adminEmail}" is not an e-mail address`,
      adminName.length < 2 && 'the admin name is missing',
      slug !== '' && !TENANT_SLUG_PATTERN.test(slug) && `slug "${slug}" is not URL-safe (lower-case letters, digits, hyphens)`,
      seen.has(regionCode) && `region ${regionCode} is already on line ${seen.get(regionCode)}`,
    ].filter((problem): problem is string => typeof problem === 'string');
    if (lineProblems.length) {
      problems.push(...lineProblems.map((message) => ({ line, message })));
      return;
    }
    seen.set(regionCode, line);
    rows.push({ line, regionCode, adminEmail, adminName, ...(slug ? { slug } : {}) });
  });
  if (!rows.length && !problems.length) problems.push({ line: 2, message: 'the file names no region' });
  return { rows, problems };
}

/** One CSV line: commas separate, double quotes quote (a doubled quote inside is one quote). */
function splitCsvLine(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** Indonesian formatting for documents: money, dates and amounts in words (terbilang). */

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** "Rp1.200.000": no space, dots between thousands, whole rupiah (the amounts are integers). */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`A rupiah amount must be a safe integer, got ${amount}`);
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}Rp${digits}`;
}

/** "23 November 2026" from a date (YYYY-MM-DD, or a full ISO timestamp whose date part is used). */
export function formatTanggal(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "Senin" for 2026-11-23. */
export function namaHari(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

export function namaBulan(month: number): string {
  const name = MONTHS[month - 1];
  if (name === undefined) throw new RangeError(`Not a month: ${month}`);
  return name;
}

const UNITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'];

/** An amount in words, as on a kwitansi: 1200000 → "satu juta dua ratus ribu". */
export function terbilang(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`terbilang needs a safe integer, got ${amount}`);
  if (amount === 0) return 'nol';
  if (amount < 0) return `minus ${terbilang(-amount)}`;
  const groups: number[] = [];
  for (let rest = amount; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let scale = groups.length - 1; scale >= 0; scale--) {
    const group = groups[scale];
    if (group === 0) continue;
    // "seribu", not "satu ribu"; but "satu juta".
    if (group === 1 && scale === 1) words.push('seribu');
    else words.push(underThousand(group), SCALES[scale]);
  }
  return words.filter((word) => word !== '').join(' ');
}

/** "satu juta dua ratus ribu rupiah", capitalised the way kwitansi write it: "Satu Juta Dua Ratus Ribu Rupiah". */
export function terbilangRupiah(amount: number): string {
  return `${terbilang(amount)} rupiah`.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
}

function underThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds === 1) parts.push('seratus');
  else if (hundreds > 1) parts.push(`${UNITS[hundreds]} ratus`);
  if (rest > 0) parts.push(underHundred(rest));
  return parts.join(' ');
}

function underHundred(n: number): string {
  if (n < 12) return UNITS[n];
  if (n < 20) return `${UNITS[n - 10]} belas`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${UNITS[tens]} puluh${ones > 0 ? ` ${UNITS[ones]}` : ''}`;
}

function parseIsoDate(isoDate: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(isoDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) return { year, month, day };
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
}

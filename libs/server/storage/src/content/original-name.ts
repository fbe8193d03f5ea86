import { AcceptedContentType } from '../stored-file.type';

export const ORIGINAL_NAME_MAX_LENGTH = 200;
const EXTENSION_MAX_LENGTH = 16;

/**
 * A file name fit to show and to offer as a download name: no directories, no control or
 * bidirectional-override characters (which disguise "fdp.exe" as "exe.pdf"), none of the
 * characters file systems refuse, at most 200 characters (the extension kept), never empty.
 */
export function sanitizeOriginalName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/^[.\s]+/, '');
  return truncate(cleaned || 'file');
}

function truncate(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= ORIGINAL_NAME_MAX_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const keep = extension.length <= EXTENSION_MAX_LENGTH ? extension : [];
  const stem = Array.from(name.slice(0, keep.length ? dot : name.length));
  return [...stem.slice(0, ORIGINAL_NAME_MAX_LENGTH - keep.length), ...keep].join('').trimEnd();
}

const EXTENSIONS: Record<AcceptedContentType, string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
};

/** The name a download is offered under: sanitized, with an extension that matches its content. */
export function downloadName(name: string, contentType: AcceptedContentType): string {
  const safe = sanitizeOriginalName(name);
  const extensions = EXTENSIONS[contentType];
  if (extensions.some((extension) => safe.toLowerCase().endsWith(extension))) return safe;
  const extension = extensions[0] ?? '';
  return Array.from(safe).slice(0, ORIGINAL_NAME_MAX_LENGTH - extension.length).join('').trimEnd() + extension;
}

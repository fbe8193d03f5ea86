import type { DownloadedFile } from '@sinergi/web/api-client';

/** Hands a downloaded file to the browser (a download on desktops, the viewer on phones). */
export function saveFile(document: Document, file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Hands a file made in the page to the browser's download, under `fileName`. A `blob:` link is a
 * navigation, which Content Security Policy does not restrict, so strict pages allow it.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Let the download start before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

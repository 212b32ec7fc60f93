/** Hands a downloaded file to the browser under a readable name, without navigating away. */
export function saveBlob(document: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers; a later tick is enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves an exported report in the browser: text as UTF-8, PDF decoded from base64. */
export function downloadFile(file: {
  filename: string;
  mimeType: string;
  content: string;
  encoding: 'utf8' | 'base64';
}): void {
  const body =
    file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

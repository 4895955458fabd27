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

/**
 * Fetches the streamed PDF of the report (the pdf route beside this file) and saves it; a refusal comes back as a
 * JSON sentence and is thrown as an error with that sentence.
 */
export async function downloadPdf(href: string): Promise<void> {
  const res = await fetch(href, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `The PDF could not be made (HTTP ${res.status}).`);
  }
  // A signed-out session is redirected to the sign-in page, which fetch follows: that is not the file.
  if (res.headers.get('Content-Type') !== 'application/pdf') {
    throw new Error('Your session has ended: sign in again to download the report.');
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'report.pdf';
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

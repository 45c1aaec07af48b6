/** Bytes of a file the back end sent as base64 (PDFs, Excel workbooks). */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** "Save": the browser's (or Electron's) download of a file the back end made. */
export function saveFile(fileName: string, base64: string, type: string): void {
  const url = URL.createObjectURL(new Blob([base64Bytes(base64)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers a file to the person as a download. */
export function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offers data to the person as a JSON file download. */
export function downloadJson(data: unknown, fileName: string): void {
  offerDownload(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), fileName);
}

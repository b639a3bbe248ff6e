/** Saves `data` as a file named `filename` through the browser's own download (no server involved). */
export function downloadFile(filename: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has read the object once the click's task is done; keep the URL a while for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name part from free text: lowercase letters, digits and dashes. */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'scenario'
  );
}

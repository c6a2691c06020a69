/** Saves `text` as a file through the page's own download link (no `downloads` permission). */
export function downloadFile(file: { text: string; mimeType: string; fileName: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

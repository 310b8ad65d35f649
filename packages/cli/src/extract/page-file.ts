/** Whether a file is read as a web page when `--input-format` does not say. */
export function isPageFile(file: string): boolean {
  return /\.html?$/i.test(file);
}

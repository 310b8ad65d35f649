/** A page's bytes read as text, and how. */
export interface DecodedPage {
  html: string;
  /** The encoding the bytes were read in, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  /** Set when the page's own declaration was not followed, saying why. */
  note?: string;
}

/**
 * Reads a page's bytes as text: by its byte-order mark; else as UTF-8 when the bytes are valid
 * UTF-8 (whatever the page declares: a page saved as UTF-8 often still says ISO-8859-1); else in
 * the encoding its `<meta charset>` declares; else as windows-1252, which every byte has a
 * meaning in (as browsers read ISO-8859-1).
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { html: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { html: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { html: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  const declared = declaredCharset(bytes);
  try {
    const html = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const differs = declared !== undefined && !/^utf-?8$/i.test(declared);
    return {
      html,
      encoding: "utf-8",
      ...(differs ? { note: `the page declares ${declared} but its bytes are UTF-8; read as UTF-8` } : {}),
    };
  } catch {
    // Not UTF-8: the declaration, if it names an encoding this platform knows, or windows-1252.
  }
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) {
    try {
      return { html: new TextDecoder(declared).decode(bytes), encoding: declared.toLowerCase() };
    } catch {
      // An unknown label: fall through.
    }
  }
  return {
    html: new TextDecoder("windows-1252").decode(bytes),
    encoding: "windows-1252",
    note:
      declared === undefined
        ? "the page is not UTF-8 and declares no encoding; read as windows-1252"
        : `the page declares ${declared}, which its bytes are not; read as windows-1252`,
  };
}

/** The charset a page declares in its first 4 KiB (`<meta charset>` or `http-equiv` content). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = "";
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i] as number);
  return /<meta[^>]+charset\s*=\s*["']?([a-zA-Z0-9_.:-]+)/i.exec(head)?.[1];
}

// Turns the bytes of an uploaded file into text, in the browser before the upload.
// Norwegian Excel saves CSV as Windows-1252 unless told otherwise; case systems mostly
// export UTF-8. Reading one as the other garbles æ, ø and å, so decide by the bytes.

/** UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped), else Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

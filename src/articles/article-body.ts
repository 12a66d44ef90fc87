import { HTTPException } from "hono/http-exception";

/** The largest article POST /api/analyze accepts, in bytes (100 KB). */
export const MAX_ARTICLE_BYTES = 100 * 1024;

/**
 * The article sent as a request body: text/plain in UTF-8, not empty, at most MAX_ARTICLE_BYTES.
 * Throws HTTPException 415, 413 or 400 with a message that says what to send instead.
 */
export async function readArticleBody(request: Request): Promise<string> {
  assertPlainText(request.headers.get("content-type"));
  assertDeclaredLength(request.headers.get("content-length"));
  const bytes = await readBytesWithin(request.body, MAX_ARTICLE_BYTES);
  const text = decodeUtf8(bytes);
  if (text.trim() === "") {
    throw new HTTPException(400, { message: "The article is empty: send its text as the request body." });
  }
  return text;
}

function assertPlainText(contentType: string | null): void {
  const [mediaType = "", ...parameters] = (contentType ?? "").split(";");
  if (mediaType.trim().toLowerCase() !== "text/plain") {
    const sent = contentType ? `not ${contentType}` : "no Content-Type was given";
    throw new HTTPException(415, {
      message: `Send the article as text/plain; charset=utf-8 (${sent}).`,
    });
  }
  const charset = parameters
    .map((parameter) => parameter.split("="))
    .find(([name]) => name?.trim().toLowerCase() === "charset")?.[1];
  const charsetName = charset?.trim().replace(/^"|"$/g, "").toLowerCase();
  if (charsetName !== undefined && charsetName !== "utf-8" && charsetName !== "utf8") {
    throw new HTTPException(415, { message: `Send the article in UTF-8, not ${charsetName}.` });
  }
}

function tooLarge(): HTTPException {
  return new HTTPException(413, {
    message: `The article is larger than 100 KB (${MAX_ARTICLE_BYTES} bytes): send a shorter text.`,
  });
}

/** A declared length over the limit is refused before reading; a missing or wrong one is checked while reading. */
function assertDeclaredLength(contentLength: string | null): void {
  if (contentLength !== null && Number(contentLength) > MAX_ARTICLE_BYTES) throw tooLarge();
}

/** Reads the body but stops as soon as it passes `limit` bytes, whatever the headers said. */
async function readBytesWithin(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Strict UTF-8; a byte-order mark is kept as U+FEFF so offsets count every character that was sent. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new HTTPException(400, {
      message: "The article is not valid UTF-8 text: send it encoded as UTF-8.",
    });
  }
}

// Request bodies, bounded: a form (application/x-www-form-urlencoded) or one uploaded file
// (multipart/form-data, read with busboy).
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';

/** A request body larger than allowed, or of a type not expected. */
export class BodyError extends Error {
  override readonly name = 'BodyError';
}

/** Reads an urlencoded form of at most `maxBytes`. */
export async function readForm(
  request: IncomingMessage,
  { maxBytes }: { maxBytes: number },
): Promise<URLSearchParams> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded'))
    throw new BodyError(`unexpected body type ${type}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new BodyError(`the form is larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Reads a multipart form's fields and its first file, at most `maxBytes`. */
export function readMultipartFile(
  request: IncomingMessage,
  { maxBytes }: { maxBytes: number },
): Promise<{ fields: Map<string, string>; file: Uint8Array | undefined }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { files: 1, fileSize: maxBytes, fields: 10 } });
    } catch (error) {
      reject(new BodyError((error as Error).message));
      return;
    }
    const fields = new Map<string, string>();
    let file: Promise<Uint8Array> | undefined;
    let failed = false;
    parser.on('field', (name, value) => fields.set(name, value));
    parser.on('file', (_name, stream) => {
      const chunks: Buffer[] = [];
      // The file is complete when its stream ends, which may come after the parser's close.
      file ??= new Promise((done) => {
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done(Buffer.concat(chunks)));
      });
      stream.on('limit', () => {
        failed = true;
        reject(new BodyError(`the file is larger than ${maxBytes} bytes`));
      });
    });
    parser.on('error', (error) => reject(new BodyError((error as Error).message)));
    parser.on('close', () => {
      if (failed) return;
      if (!file) resolve({ fields, file: undefined });
      else void file.then((bytes) => resolve({ fields, file: bytes }));
    });
    request.pipe(parser);
  });
}

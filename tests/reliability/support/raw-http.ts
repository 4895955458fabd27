import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  contentType: string;
  /** The body as text; a stream (SSE) is not read past its headers. */
  body: string;
}

export interface RawRequest {
  method: string;
  /** Sent byte for byte: malformed percent-encoding stays malformed (fetch would normalise the URL). */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request over node:http, without the URL normalising of fetch; the body is read to its end. */
export function rawRequest(base: URL, req: RawRequest): Promise<RawAnswer> {
  return new Promise((done, fail) => {
    // The Host a browser sends (localhost:PORT), while connecting to the address the server binds.
    const headers: Record<string, string | number> = { host: base.host, ...req.headers };
    if (req.body !== undefined) headers['content-length'] = Buffer.byteLength(req.body);
// A sign-in redirect carries the whole requested path: a 10 KB path makes a Location header past Node's 16 KiB.
    const outgoing = request({ host: '127.0.0.1', port: Number(base.port), method: req.method, path: req.path, headers, maxHeaderSize: 1024 * 1024 }, (res) => {
      const contentType = String(res.headers['content-type'] ?? '');
      const status = res.statusCode ?? 0;
      if (contentType.startsWith('text/event-stream')) {
        // A live feed never ends: its status and headers are the answer.
        res.destroy();
        done({ status, contentType, body: '' });
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status, contentType, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', fail);
    });
    outgoing.on('error', fail);
    outgoing.end(req.body);
  });
}

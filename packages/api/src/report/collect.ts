import { Writable } from 'node:stream';

/** The bytes a writer sends to a stream, as one buffer: for callers that need the whole file at once. */
export async function collect(write: (out: Writable) => Promise<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await write(sink);
  return Buffer.concat(chunks);
}

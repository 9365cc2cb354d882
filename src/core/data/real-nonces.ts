/**
 * The winning nonces of the bundled real blocks (little-endian uint32 at header bytes 76..79),
 * in file order: what "the ranges real winners fell in" is learned from.
 */
import type { HeaderFile } from './header-file';

export function realWinningNonces(file: HeaderFile): Uint32Array {
  const nonces = new Uint32Array(file.count);
  file.headers.forEach((header, i) => {
    nonces[i] = new DataView(header.buffer, header.byteOffset, 80).getUint32(76, true);
  });
  return nonces;
}

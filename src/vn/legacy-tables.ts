/**
 * The 8-bit Vietnamese code tables, built once from the data files in ./data:
 * TCVN3 (ABC) and Windows-1258 map one byte to one character; VNI-Windows writes a letter as a base
 * byte plus a trailing mark byte. Windows-1252 (the fallback of VNI and the way Word shows legacy
 * fonts) comes from the platform's TextDecoder, which every browser and Node have.
 */
import cp1258Data from './data/cp1258.json';
import tcvn3Data from './data/tcvn3.json';
import vniData from './data/vni.json';

export type ByteTable = readonly string[];

/** byte → character for Windows-1252, from the WHATWG decoder (undefined bytes map to C1 controls). */
export const CP1252: ByteTable = (() => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  return Array.from(new TextDecoder('windows-1252').decode(all));
})();

function byteTable(entries: Record<string, string | null>, fallback: ByteTable): ByteTable {
  const table = [...fallback];
  // An undefined byte (null) decodes to the C1 control of the same number, as the WHATWG decoders do.
  for (const [hex, ch] of Object.entries(entries)) table[parseInt(hex, 16)] = ch ?? String.fromCharCode(parseInt(hex, 16));
  return table;
}

/** byte → character for TCVN3 (bytes 00-7F ASCII except the upper-case positions of TCVN 5712 VN1). */
export const TCVN3: ByteTable = byteTable(tcvn3Data.table, CP1252.map((ch, i) => (i < 0x80 ? ch : '\uFFFD')));

/** byte → character for Windows-1258 (some are combining tone marks). */
export const CP1258: ByteTable = byteTable(cp1258Data.table, CP1252);

/** Vietnamese letter → its VNI-Windows bytes. */
export const VNI_LETTERS: ReadonlyMap<string, readonly number[]> = new Map(
  Object.entries(vniData.table).map(([letter, hex]) => [letter, hex.split(' ').map((h) => parseInt(h, 16))]),
);

/** VNI decoding: key = one byte, or two bytes as (first << 8 | second). */
export const VNI_DECODE: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  for (const [letter, bytes] of VNI_LETTERS) map.set(bytes.length === 1 ? bytes[0]! : (bytes[0]! << 8) | bytes[1]!, letter);
  return map;
})();

/** Inverts a byte table for encoding (first byte wins when two bytes decode alike). */
export function invert(table: ByteTable): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  table.forEach((ch, byte) => {
    if (ch !== '\uFFFD' && !map.has(ch)) map.set(ch, byte);
  });
  return map;
}

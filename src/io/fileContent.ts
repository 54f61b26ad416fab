import { withoutByteOrderMark } from './byteOrderMark';

/** A file as the picker, drag-and-drop or a fetch hands it over: text, or its bytes. */
export type FileContent = string | ArrayBuffer | Uint8Array;

/** The bytes of a file read as bytes; undefined for one already read as text. */
export const bytesOf = (content: FileContent): Uint8Array | undefined => (typeof content === 'string' ? undefined : content instanceof Uint8Array ? content : new Uint8Array(content));

/** Its size: characters of text, or bytes. */
export const sizeOf = (content: FileContent): number => (typeof content === 'string' ? content.length : content.byteLength);

/** Text as UTF-8, without a byte-order mark (TextDecoder drops it; a string may still carry it). */
export function textOf(content: FileContent): string {
  return typeof content === 'string' ? withoutByteOrderMark(content) : new TextDecoder().decode(content);
}

// Where the rows of the data sheet are written: the streaming deflate, or a text kept for the strict check of a sample.

/** What the row and cell writers append to (DeflateSink for the part itself, TextSink for the verifier's sample). */
export interface PartSink {
  text(s: string): void;
  digits(n: number): void;
  bytes(src: Uint8Array, start?: number, end?: number): void;
}

/** A sink that keeps what is written as text (a few rows of a sheet, for the strict check before the file is written). */
export class TextSink implements PartSink {
  private readonly pieces: string[] = [];

  text(s: string): void {
    this.pieces.push(s);
  }

  digits(n: number): void {
    this.pieces.push(String(n));
  }

  bytes(src: Uint8Array, start = 0, end = src.length): void {
    this.pieces.push(Buffer.from(src.buffer, src.byteOffset + start, end - start).toString("utf8"));
  }

  toString(): string {
    return this.pieces.join("");
  }
}

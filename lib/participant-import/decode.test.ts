import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "./decode";

describe("decodeCsvBytes", () => {
  it("reads UTF-8 and drops the byte-order mark Excel writes", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("fødselsår;Bjørnå")]);
    expect(decodeCsvBytes(bytes)).toBe("fødselsår;Bjørnå");
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8, so æ, ø and å survive", () => {
    // "Bjørnå;Sæther" as Norwegian Excel saves it.
    const bytes = new Uint8Array([0x42, 0x6a, 0xf8, 0x72, 0x6e, 0xe5, 0x3b, 0x53, 0xe6, 0x74, 0x68, 0x65, 0x72]);
    expect(decodeCsvBytes(bytes)).toBe("Bjørnå;Sæther");
  });
});

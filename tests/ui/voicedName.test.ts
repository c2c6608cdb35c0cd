import { describe, expect, it } from "vitest";
import { sentenceStart, voicedName } from "../../src/ui/voicedName.ts";

describe("voicedName", () => {
  it("should speak of the ECT's own 'my mentor' as 'your mentor' to the ECT and 'their mentor' to the lead", () => {
    expect(voicedName("my mentor (Jess Hartley)", "you", true)).toBe("your mentor (Jess Hartley)");
    expect(voicedName("my mentor (Jess Hartley)", "they", true)).toBe("their mentor (Jess Hartley)");
    expect(voicedName("my mentor", "you", true)).toBe("your mentor");
  });
  it("should cover other roles, keeping how a short form is written", () => {
    expect(voicedName("my line manager (Jess Hartley)", "you", true)).toBe("your line manager (Jess Hartley)");
    expect(voicedName("my HoD (Jess Hartley)", "you", true)).toBe("your HoD (Jess Hartley)");
    expect(voicedName("our SENCo (Jess Hartley)", "they", true)).toBe("their SENCo (Jess Hartley)");
  });
  it("should read 'My Mentor' in any case as 'your mentor', leaving the ECT's name in brackets as written", () => {
    expect(voicedName("My Mentor (Jess Hartley)", "you", true)).toBe("your mentor (Jess Hartley)");
    expect(voicedName("MY Line Manager (Ana De Souza)", "they", true)).toBe("their line manager (Ana De Souza)");
  });
  it("should leave names that merely start with 'my', and anyone named by name, as they are", () => {
    expect(voicedName("Myra Jones", "you", true)).toBe("Myra Jones");
    expect(voicedName("Mylo (Jess Hartley)", "you", true)).toBe("Mylo (Jess Hartley)");
    expect(voicedName("My Nguyen", "you", false)).toBe("My Nguyen");
    expect(voicedName("my", "you", true)).toBe("my");
  });
});

describe("sentenceStart", () => {
  it("should raise a voiced name at the start of a sentence, behind any direction isolate", () => {
    expect(sentenceStart("your mentor (Jess Hartley) is your only source")).toBe(
      "Your mentor (Jess Hartley) is your only source",
    );
    expect(sentenceStart("\u2068their mentor (Jess Hartley)\u2069 is")).toBe(
      "\u2068Their mentor (Jess Hartley)\u2069 is",
    );
  });
  it("should leave other sentences and names as written", () => {
    expect(sentenceStart("de Souza is your only source")).toBe("de Souza is your only source");
    expect(sentenceStart("Only your mentor helps you")).toBe("Only your mentor helps you");
  });
});

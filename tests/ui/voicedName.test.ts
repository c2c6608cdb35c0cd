import { describe, expect, it } from "vitest";
import { sentenceStart, voicedName } from "../../src/ui/voicedName.ts";

describe("voicedName", () => {
  it("should speak of the ECT's own 'my mentor' as 'your mentor' to the ECT and 'Jess Hartley's mentor' to the lead", () => {
    expect(voicedName("my mentor (Jess Hartley)", "you", true)).toBe("your mentor");
    expect(voicedName("my mentor (Jess Hartley)", "they", true)).toBe("Jess Hartley's mentor");
    expect(voicedName("my mentor", "you", true)).toBe("your mentor");
    expect(voicedName("my mentor", "they", true)).toBe("their mentor");
  });
  it("should never show the ECT's name in brackets, where it reads as the supporter's ('Mum (Siobhán)')", () => {
    expect(voicedName("Mum (Siobhán)", "you", true)).toBe("your mum");
    expect(voicedName("Mum (Siobhán)", "they", true)).toBe("Siobhán's mum");
    expect(voicedName("my mum (Amelia Brooks)", "you", true)).toBe("your mum");
    expect(voicedName("my mum (Amelia Brooks)", "they", true)).toBe("Amelia Brooks's mum");
    expect(voicedName("a friend from uni (Amelia Brooks)", "you", true)).toBe("your friend from uni");
    expect(voicedName("GP (Amelia Brooks)", "they", true)).toBe("Amelia Brooks's GP");
  });
  it("should cover other roles, keeping how a short form is written", () => {
    expect(voicedName("my line manager (Jess Hartley)", "you", true)).toBe("your line manager");
    expect(voicedName("my HoD (Jess Hartley)", "you", true)).toBe("your HoD");
    expect(voicedName("our SENCo (Jess Hartley)", "they", true)).toBe("Jess Hartley's SENCo");
  });
  it("should read 'My Mentor' in any case as 'your mentor', leaving the ECT's name as written", () => {
    expect(voicedName("My Mentor (Jess Hartley)", "you", true)).toBe("your mentor");
    expect(voicedName("MY Line Manager (Ana De Souza)", "they", true)).toBe("Ana De Souza's line manager");
  });
  it("should leave anyone named by name as they are, however the name starts", () => {
    expect(voicedName("Myra Jones", "you", false)).toBe("Myra Jones");
    expect(voicedName("My Nguyen", "you", false)).toBe("My Nguyen");
    expect(voicedName("Mum (Siobhán)", "they", false)).toBe("Mum (Siobhán)");
    expect(voicedName("my", "you", true)).toBe("my");
  });
});

describe("sentenceStart", () => {
  it("should raise a voiced name at the start of a sentence, behind any direction isolate", () => {
    expect(sentenceStart("your mentor is your only source")).toBe("Your mentor is your only source");
    expect(sentenceStart("\u2068their mentor\u2069 is")).toBe("\u2068Their mentor\u2069 is");
  });
  it("should leave other sentences and names as written", () => {
    expect(sentenceStart("de Souza is your only source")).toBe("de Souza is your only source");
    expect(sentenceStart("Only your mentor helps you")).toBe("Only your mentor helps you");
  });
});

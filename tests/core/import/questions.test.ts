import { describe, expect, it } from "vitest";
import { readQuestion, typeOfQuestion } from "../../../src/core/import/questions.ts";

describe("questions", () => {
  describe("#typeOfQuestion", () => {
    it.each([
      ["Who helps you understand how things work in your school?", "organisational_literacy"],
      ["Who do you ask about the school's systems and procedures?", "organisational_literacy"],
      ["Who do you go to about policies?", "organisational_literacy"],
      ["Who tells you who to ask?", "organisational_literacy"],
      ["Who helps you with admin and routines?", "organisational_literacy"],
      ["Who helps you with behaviour?", "behaviour"],
      ["Who do you go to about behavior?", "behaviour"],
      ["Who helps you with classroom management?", "behaviour"],
      ["Who helps with managing classes?", "behaviour"],
      ["Who helps you with your teaching?", "pedagogy"],
      ["Who supports your teaching?", "pedagogy"],
      ["Who helps you plan lessons?", "pedagogy"],
      ["Who helps you with the curriculum and marking?", "pedagogy"],
      ["Who do you talk to when things are hard?", "psychosocial"],
      ["Who do you talk to when things get tough?", "psychosocial"],
      ["Who do you go to about workload or stress?", "psychosocial"],
      ["Who helps your well-being?", "psychosocial"],
      ["Who listens to your worries?", "psychosocial"],
      ["How are you feeling - who do you go to?", "psychosocial"],
      ["Who helps you think about your career and next steps?", "career"],
      ["Who do you talk to about promotion and your future?", "career"],
      ["Behaviour", "behaviour"],
      ["Wellbeing support", "psychosocial"],
      ["T&L", "pedagogy"],
    ])("should read %j as %s", (header, type) => {
      expect(typeOfQuestion(header)).toBe(type);
    });

    it.each([
      "Who is your mentor?",
      "Who lifts you up?",
      "Name of mentor",
      "How do you feel about your induction so far?",
      "Do you have enough time for planning?",
      "Who helps you with teaching and behaviour?",
      "Who do you talk to about your teaching?",
      "Anything else you'd like to tell us?",
      "Who do you help?",
    ])("should not read %j as one kind", (header) => {
      expect(typeOfQuestion(header)).toBeUndefined();
    });
  });

  describe("#readQuestion", () => {
    it.each([
      ["Who do you help?", undefined],
      ["Who do you support?", undefined],
      ["Who have you helped this term?", undefined],
      ["Who do you help with planning?", "pedagogy"],
    ])("should read %j as the ECT giving help", (header, type) => {
      expect(readQuestion(header)).toEqual(type ? { kind: "helps", type } : { kind: "helps" });
    });
    it("should read 'who supports you' as help received, not given", () => {
      expect(readQuestion("Who supports you with behaviour?")).toEqual({ kind: "type", type: "behaviour" });
      expect(readQuestion("Who supports you?")).toBeUndefined();
    });
  });
});

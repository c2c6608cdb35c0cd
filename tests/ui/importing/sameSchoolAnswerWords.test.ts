import { describe, expect, it } from "vitest";
import { sameSchoolAnswerWords } from "../../../src/ui/importing/sameSchoolAnswerWords.ts";

describe("sameSchoolAnswerWords", () => {
  const schools = ["Brookside School", "Oakfield", "St Mary's", "St Marys"];
  const people = [14, 3, 1, 2];

  it("should say how many people the school now covers, and which pairs were kept apart", () => {
    expect(
      sameSchoolAnswerWords(
        [
          { keep: "Brookside School", other: "Brookside", same: true },
          { keep: "St Mary's", other: "St Marys", same: false },
        ],
        schools,
        people,
      ),
    ).toBe("2 answers saved: Brookside School now covers 14 people; St Mary's and St Marys kept apart.");
  });

  it("should name the school as the data shows it, in the singular when one person", () => {
    expect(sameSchoolAnswerWords([{ keep: "st mary's", other: "St Mary", same: true }], schools, people)).toBe(
      "1 answer saved: St Mary's now covers 1 person.",
    );
  });

  it("should say what was asked when the school is not in the data", () => {
    expect(sameSchoolAnswerWords([{ keep: "Oak Academy", other: "Oak", same: true }], schools, people)).toBe(
      "1 answer saved: Oak now shown as Oak Academy.",
    );
  });
});

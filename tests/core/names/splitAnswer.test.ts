import { describe, expect, it } from "vitest";
import { splitAnswer } from "../../../src/core/names/index.ts";

describe("names", () => {
  describe("#splitAnswer", () => {
    it.each<[string, string[]]>([
      ["Jane Doyle and Ravi Patel", ["Jane Doyle", "Ravi Patel"]],
      ["Lisa Grant & Kim Young", ["Lisa Grant", "Kim Young"]],
      ["Mr Patel; Sarah", ["Mr Patel", "Sarah"]],
      ["Jane, Ravi; Kim / Lee + Sam | Jo", ["Jane", "Ravi", "Kim", "Lee", "Sam", "Jo"]],
      ["Jane\r\nRavi\nKim\rLee", ["Jane", "Ravi", "Kim", "Lee"]],
      ["Jane AND Ravi And Kim", ["Jane", "Ravi", "Kim"]],
      ["Anderson, Alexandra", ["Anderson", "Alexandra"]],
      ["Brandon Sandy", ["Brandon Sandy"]],
      ["Sandy Anderson and Alexandra Brandon", ["Sandy Anderson", "Alexandra Brandon"]],
      ["Trust ECT peer network (half-termly)", ["Trust ECT peer network (half-termly)"]],
      ["Sam (HoD, maths)", ["Sam (HoD, maths)"]],
      ["Sam (HoD, maths) and Lisa [SENCo; KS3]", ["Sam (HoD, maths)", "Lisa [SENCo; KS3]"]],
      ["Sam (HoD (acting), maths) & Lisa", ["Sam (HoD (acting), maths)", "Lisa"]],
      ["Mr and Mrs Smith", ["Mr and Mrs Smith"]],
      ["Mr & Mrs Smith, Dr. and Prof. Jones", ["Mr & Mrs Smith", "Dr. and Prof. Jones"]],
      ["Mr Smith and Mrs Smith", ["Mr Smith", "Mrs Smith"]],
      ["and Ravi Patel.", ["Ravi Patel"]],
      ["Jane and", ["Jane"]],
      ["Jane, and Ravi", ["Jane", "Ravi"]],
      ["- Jane Doyle\n- Ravi Patel\n• Kim", ["Jane Doyle", "Ravi Patel", "Kim"]],
      ["N/A", ["N/A"]],
      ["n / a", ["n / a"]],
      ["T&L lead / D&T dept", ["T&L lead", "D&T dept"]],
      ["Head of Teaching and Learning", ["Head of Teaching and Learning"]],
      ["Jo (unclosed, Ravi", ["Jo (unclosed", "Ravi"]],
      ["Jane   Doyle  ,  ", ["Jane Doyle"]],
      ["", []],
      [" ; , ", []],
      ["?", []],
    ])("should split %j into %j", (raw, pieces) => {
      expect(splitAnswer(raw)).toEqual(pieces);
    });
  });
});

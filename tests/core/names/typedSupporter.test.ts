import { describe, expect, it } from "vitest";
import { readTypedSupporter } from "../../../src/core/index.ts";

describe("names", () => {
  describe("#readTypedSupporter", () => {
    it("should read a role as someone known only by role, named as the import names them", () => {
      expect(readTypedSupporter("my mentor", "Jess Hartley")).toEqual({
        name: "my mentor (Jess Hartley)",
        unnamed: "role",
        roleTitle: "mentor",
        linkRole: "ect_mentor",
      });
      expect(readTypedSupporter("  the SENCo ", "Jess Hartley")).toMatchObject({ unnamed: "role", roleTitle: "SENCo" });
    });

    it("should read family and friends as outside school, never as colleagues", () => {
      expect(readTypedSupporter("Mum", "Jess Hartley")).toEqual({
        name: "Mum (Jess Hartley)",
        unnamed: "family",
        external: true,
      });
      expect(readTypedSupporter("a friend from uni", "Jess Hartley")).toMatchObject({ unnamed: "family" });
    });

    it("should keep a name as a name, dropping a role said beside it into the link role", () => {
      expect(readTypedSupporter("Steve Low", "Jess Hartley")).toEqual({ name: "Steve Low" });
      expect(readTypedSupporter("Priya Nair (my mentor)", "Jess Hartley")).toEqual({
        name: "Priya Nair",
        linkRole: "ect_mentor",
      });
    });

    it("should read a non-answer as no one", () => {
      for (const typed of ["nobody", "N/A", "-", "   "])
        expect(readTypedSupporter(typed, "Jess Hartley")).toBeUndefined();
    });
  });
});

import type { PartialDate } from "@communique/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  assertJointStatement,
  isJointStatement,
  type JointStatement,
  type Participant,
  type Provision,
} from "../src/index.js";

describe("JointStatement types", () => {
  it("has a literal type discriminator and parties with local ids", () => {
    expectTypeOf<JointStatement["type"]>().toEqualTypeOf<"JointStatement">();
    expectTypeOf<JointStatement["parties"][number]["id"]>().toEqualTypeOf<string>();
    expectTypeOf<JointStatement["parties"][number]["kind"]>().toEqualTypeOf<"country" | "organization">();
  });

  it("dates the meeting with a partial date", () => {
    expectTypeOf<NonNullable<JointStatement["meeting"]>["date"]>().toEqualTypeOf<PartialDate | undefined>();
  });

  it("says for whom each participant acts and how each provision holds", () => {
    expectTypeOf<Participant["onBehalfOf"]>().toEqualTypeOf<string>();
    expectTypeOf<Provision["wording"]>().toEqualTypeOf<"quoted" | "reported">();
    expectTypeOf<Provision["modality"]>().toEqualTypeOf<
      "asserted" | "committed" | "intended" | "conditional" | "negated"
    >();
  });

  it("narrows with the guard", () => {
    const data: unknown = {};
    if (isJointStatement(data)) expectTypeOf(data).toEqualTypeOf<JointStatement>();
    expectTypeOf(assertJointStatement).asserts.toEqualTypeOf<JointStatement>();
  });
});

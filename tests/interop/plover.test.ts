import path from "node:path";
import {
  ACTION_TO_PLOVER,
  type ConversionWarning,
  PLOVER_CONTEXTS,
  PLOVER_MODES,
  QUAD_CODES,
  toPlover,
} from "@communique/interop";
import { type ActionClass, type JointStatement, validateJointStatement } from "@communique/joint-statement";
import { describe, expect, it } from "vitest";
import { jsonFiles, ROOT, readJson } from "../support/models.js";
import { sharedFile } from "../support/shared.js";

const codebookFile = sharedFile("reference/plover/plover-codebook.derived.json");
const seed = () => readJson<JointStatement>(path.join(ROOT, "examples/seed/joint-statement.json"));
const ACTIONS = Object.keys(ACTION_TO_PLOVER) as ActionClass[];

/** A statement with one provision of every action class, and a few modalities and recipients. */
function everyAction(): JointStatement {
  const statement = seed();
  statement.meeting = {
    ...statement.meeting,
    date: { text: "December 20, 2016", value: "2016-12-20", precision: "day" },
  };
  statement.provisions = ACTIONS.map((action, i) => ({
    id: `provision-${i}`,
    action,
    text: `The sides ${action} something.`,
    wording: "reported",
    actors: ["kr", "us"],
    recipients: [{ country: "KP" }],
    modality: i % 2 === 0 ? "committed" : "conditional",
  }));
  return statement;
}

const statements: [string, JointStatement][] = [
  ["seed", seed()],
  ...jsonFiles(path.join(ROOT, "packages/joint-statement/test/fixtures/valid")).map(
    ([name, file]): [string, JointStatement] => [name, readJson<JointStatement>(file)],
  ),
  ["every action class", everyAction()],
];

describe.skipIf(codebookFile.missing)("toPlover against the PLOVER codebook", () => {
  const codebook = codebookFile.missing
    ? undefined
    : readJson<{
        events: { event: string; modes: { mode: string }[] }[];
        contexts: { context: string }[];
        auxiliary_modes: string[];
        sector_codes: { code: string }[];
        international_nonstate_country_codes: { code: string }[];
      }>(codebookFile.file);
  const events = new Map(
    codebook?.events.map((entry) => [entry.event, new Set(entry.modes.map((mode) => mode.mode))]),
  );
  const contexts = new Set(codebook?.contexts.map((entry) => entry.context));

  it.each(ACTIONS)("the table's coding of %s exists in the codebook", (action) => {
    const { event, mode, context } = ACTION_TO_PLOVER[action];
    if (event === undefined) return;
    expect(events.has(event)).toBe(true);
    if (mode !== undefined) expect(events.get(event)?.has(mode)).toBe(true);
    for (const value of context ?? []) expect(contexts.has(value)).toBe(true);
  });

  it("the tables in code hold the codebook's event types, their modes, and its contexts", () => {
    expect(Object.keys(QUAD_CODES).sort()).toEqual([...events.keys()].sort());
    for (const [event, modes] of Object.entries(PLOVER_MODES))
      expect(new Set(modes)).toEqual(events.get(event));
    expect(new Set(PLOVER_CONTEXTS)).toEqual(contexts);
  });

  it.each(statements.filter(([, statement]) => (statement.provisions ?? []).length > 0))(
    "%s: every event, mode, context, sector and actor code emitted exists in the codebook",
    (_name, statement) => {
      const records = toPlover(statement);
      expect(records.length).toBeGreaterThan(0);
      const sectors = new Set(codebook?.sector_codes.map((entry) => entry.code));
      const bodies = new Set(codebook?.international_nonstate_country_codes.map((entry) => entry.code));
      for (const record of records) {
        for (const event of record.event) expect(events.has(event)).toBe(true);
        const [event] = record.event;
        for (const mode of record.mode ?? [])
          expect(events.get(event as string)?.has(mode) || codebook?.auxiliary_modes.includes(mode)).toBe(
            true,
          );
        for (const context of record.context ?? []) expect(contexts.has(context)).toBe(true);
        for (const entity of [...record.actor, ...(record.recipient ?? [])]) {
          expect(entity.code).toMatch(/^[A-Z]{3}$/);
          if (entity.sector !== undefined) expect(sectors.has(entity.sector)).toBe(true);
          if (bodies.has(entity.code)) continue;
          expect(entity.code).not.toBe("IGO");
        }
      }
    },
  );
});

describe("toPlover on the seed", () => {
  const warnings: ConversionWarning[] = [];
  const records = toPlover(seed(), { onWarning: (warning) => warnings.push(warning) });

  it("starts from a valid statement", () => {
    expect(validateJointStatement(seed()).ok).toBe(true);
  });

  it("gives one record per codable provision, with actors and recipients as alpha-3 with sector", () => {
    expect(records.map((record) => record.id)).toEqual([
      "urn:communique:joint-statement:edscg-1#reaffirm-1",
      "urn:communique:joint-statement:edscg-1#commit-2",
    ]);
    expect(records[0]).toMatchObject({
      actor: [
        { code: "KOR", sector: "GOV" },
        { code: "USA", sector: "GOV" },
      ],
      recipient: [{ code: "KOR", sector: "GOV", entity_text: "Republic of Korea" }],
      event: ["AGREE"],
      context: ["military"],
      quad_code: 1,
      text_info: { start: 1028, end: 1217 },
      event_loc: { placename: "Washington", country_code: "USA" },
      link: "urn:communique:joint-statement:edscg-1",
    });
    expect(records[0]?.event_text).toMatch(/^In response to North Korea/);
  });

  it("warns about the note it cannot code and the dates the source does not fix", () => {
    expect(warnings).toContainEqual(
      expect.objectContaining({
        path: "/provisions/2",
        message: expect.stringContaining("no PLOVER event type"),
      }),
    );
    expect(warnings.filter((warning) => warning.message.includes("has no date"))).toHaveLength(2);
    expect(records.every((record) => record.date === undefined)).toBe(true);
  });
});

describe("toPlover's coding", () => {
  const records = toPlover(everyAction());
  const byAction = (action: ActionClass) =>
    records.find((record) => record.id.endsWith(`#provision-${ACTIONS.indexOf(action)}`));

  it.each(ACTIONS)("codes %s as the table says", (action) => {
    const { event, mode, context } = ACTION_TO_PLOVER[action];
    const record = byAction(action);
    if (event === undefined) {
      expect(record).toBeUndefined();
      return;
    }
    expect(record?.event).toEqual([event]);
    if (mode !== undefined) expect(record?.mode).toContain(mode);
    expect(record?.context ?? []).toEqual(context ?? []);
    expect(record?.date).toBe("2016-12-20");
    expect(record?.recipient).toEqual([{ code: "PRK", sector: "GOV", entity_text: "North Korea" }]);
  });

  it("adds PLOVER's auxiliary modes for conditional and promised provisions (not to AGREE, which is a promise)", () => {
    expect(byAction("welcome")?.mode).toEqual(["future"]);
    expect(byAction("support")?.mode).toEqual(["hypothetical"]);
    expect(byAction("reaffirm")?.mode).toBeUndefined();
    expect(byAction("condemn")?.mode).toEqual(["disapprove", "future"]);
  });

  it("lets a provision's own PLOVER coding win over the table", () => {
    const statement = everyAction();
    const note = statement.provisions?.find((provision) => provision.action === "note");
    if (note !== undefined) note.plover = { event: "CONSULT", mode: "visit", context: ["diplomatic"] };
    const record = toPlover(statement).find((entry) => entry.id.endsWith(`#${note?.id}`));
    expect(record).toMatchObject({
      event: ["CONSULT"],
      mode: ["visit", "hypothetical"],
      context: ["diplomatic"],
      quad_code: 1,
    });
    expect(record?.comment).toContain("own PLOVER coding");
  });

  it("leaves out, with a warning, a mode or context of a provision's own coding that the codebook does not have", () => {
    const statement = everyAction();
    const first = statement.provisions?.[0];
    if (first !== undefined) first.plover = { event: "AGREE", mode: "meet", context: ["military", "naval"] };
    const warnings: ConversionWarning[] = [];
    const [record] = toPlover(statement, { onWarning: (warning) => warnings.push(warning) });
    expect(record).toMatchObject({ event: ["AGREE"], context: ["military"] });
    expect(record?.mode).toBeUndefined();
    expect(warnings.map((warning) => warning.path)).toEqual(
      expect.arrayContaining(["/provisions/0/plover/mode", "/provisions/0/plover/context/1"]),
    );
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { slots } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { seed, stableId } from "@/db/seed";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { createSlot, getSlot, listCityEmployers, listSlots, setSlotStatus, updateSlot } from "./data";
import { slotFormSchema, type SlotInput } from "./schemas";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

const TORSTEIN = "torstein@fjordkanten-bygg.example"; // Fjordkanten Bygg AS, Bergen
const OLA = "ola@nidelva-bygg.example"; // Nidelva Bygg AS, Trondheim
const JONAS = "jonas.kvamsdal@bergen.kommune.example";
const HENRIK = "henrik.byasveen@trondheim.kommune.example";
const fjordkanten = stableId("org:bergen-employer-1");
const torsteinSlot = stableId("slot:bergen-employer-1:1");
const nidelvaSlot = stableId("slot:trondheim-employer-1:1");

const form = (over: Record<string, string> = {}) => ({
  kind: "internship",
  title: "Praksis i lager",
  description: "Plukk og pakk.",
  occupation: "Stock clerks (4321)",
  positions: "2",
  norwegianRequired: "A2",
  area: "Åsane",
  startsOn: "2026-05-01",
  endsOn: "2026-08-31",
  hoursPerWeek: "30",
  status: "open",
  scheme_nav_work_training: "on",
  ...over,
});
const input = (over: Record<string, string> = {}): SlotInput => slotFormSchema.parse(form(over));

describe("slot form schema", () => {
  it("reads the form: ISCO code from the label, schemes from checkboxes, empty optional fields as null", () => {
    const v = input();
    expect(v).toMatchObject({
      iscoCode: "4321",
      positions: 2,
      hoursPerWeek: 30,
      supportSchemes: ["nav_work_training"],
      mentorName: null,
      requiresDrivingLicence: false,
    });
  });

  it("puts every error at its field at once, including an end before the start", () => {
    const r = slotFormSchema.safeParse(
      form({ title: "", occupation: "lagerting", positions: "0", hoursPerWeek: "80", endsOn: "2026-04-01" }),
    );
    expect(r.success).toBe(false);
    const fields = new Set(r.error?.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["title", "occupation", "positions", "hoursPerWeek", "endsOn"]));
  });
});

describe("slots", () => {
  it("shows an employer only its own slots, and staff the slots of employers in their city", async () => {
    const torstein = await ctxFor(h.db, TORSTEIN);
    const own = await listSlots(torstein, { status: "all", page: 1, pageSize: 100 });
    expect(own.total).toBeGreaterThan(0);
    expect(own.rows.every((r) => r.employerId === fjordkanten)).toBe(true);

    const jonas = await ctxFor(h.db, JONAS);
    const city = await listSlots(jonas, { status: "open", page: 1, pageSize: 100 });
    const bergenEmployers = new Set((await listCityEmployers(jonas)).map((e) => e.id));
    expect(city.total).toBeGreaterThan(15);
    expect(city.rows.every((r) => bergenEmployers.has(r.employerId) && r.status === "open")).toBe(true);
    expect(city.rows.some((r) => r.id === nidelvaSlot)).toBe(false);

    const filtered = await listSlots(jonas, { status: "all", iscoCode: "9112", page: 1, pageSize: 100 });
    expect(filtered.rows.length).toBeGreaterThan(0);
    expect(filtered.rows.every((r) => r.iscoCode === "9112")).toBe(true);
  });

  it("gives employer A a 404 on employer B's slot, and staff a 404 on another city's slot", async () => {
    const ola = await ctxFor(h.db, OLA);
    await expect(getSlot(ola, torsteinSlot)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateSlot(ola, torsteinSlot, 1, input())).rejects.toBeInstanceOf(NotFoundError);
    await expect(setSlotStatus(ola, torsteinSlot, 1, "closed")).rejects.toBeInstanceOf(NotFoundError);
    const henrik = await ctxFor(h.db, HENRIK);
    await expect(getSlot(henrik, torsteinSlot)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getSlot(await ctxFor(h.db, TORSTEIN), torsteinSlot)).employerName).toBe("Fjordkanten Bygg AS");
  });

  it("creates an employer's slot for its own organization, whatever employer the form names", async () => {
    const torstein = await ctxFor(h.db, TORSTEIN);
    const id = await createSlot(torstein, input({ employerId: stableId("org:bergen-employer-2") }));
    const [row] = await h.db.select().from(slots).where(eq(slots.id, id));
    expect(row.employerId).toBe(fjordkanten);
    expect(row.createdBy).toBe(torstein.userId);
  });

  it("lets staff post on behalf of an employer in their city only", async () => {
    const jonas = await ctxFor(h.db, JONAS);
    const id = await createSlot(jonas, input({ employerId: stableId("org:bergen-employer-3") }));
    expect((await getSlot(jonas, id)).employerId).toBe(stableId("org:bergen-employer-3"));
    const err = await createSlot(jonas, input({ employerId: stableId("org:trondheim-employer-3") })).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err).toMatchObject({ key: "slots.errors.employer", field: "employerId" });
    await expect(createSlot(jonas, input())).rejects.toMatchObject({ field: "employerId" });
  });

  it("saves an edit only against the version it was read at", async () => {
    const torstein = await ctxFor(h.db, TORSTEIN);
    const id = await createSlot(torstein, input());
    await updateSlot(torstein, id, 1, input({ title: "Lager og logistikk" }));
    const stale = await updateSlot(torstein, id, 1, input({ title: "Noe annet" })).catch((e) => e);
    expect(stale).toMatchObject({ key: "slots.errors.stale" });
    const slot = await getSlot(torstein, id);
    expect(slot).toMatchObject({ title: "Lager og logistikk", version: 2 });
    await setSlotStatus(torstein, id, 2, "closed");
    expect((await getSlot(torstein, id)).status).toBe("closed");
  });
});

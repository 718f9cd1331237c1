import { describe, expect, it } from "vitest";
import { parseDate } from "../../loaders/parse/date.js";

describe("parseDate", () => {
  it.each([
    ["23/09/2016", "2016-09-23"],
    ["2016-09-23", "2016-09-23"],
    ["3/9/2016", "2016-09-03"],
    ["29/02/2016", "2016-02-29"],
    ["2016-09-23T00:00:00", "2016-09-23"],
    ["23/09/2016 14:30", "2016-09-23"],
    ["23/09/16", "2016-09-23"],
    ["1/1/00", "2000-01-01"],
    ["31/12/99", "2099-12-31"],
    ["29/02/20", "2020-02-29"]
  ])("reads %j", (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it("reads XLSX date cells by their UTC day, whatever the time zone", () => {
    expect(parseDate(new Date(Date.UTC(2017, 1, 28)))).toBe("2017-02-28");
  });

  it("reads Excel serial day numbers", () => {
    expect(parseDate(42636)).toBe("2016-09-23");
  });

  it("reads empty as null", () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate(" ")).toBeNull();
  });

  it.each(["31/02/2017", "29/02/2017", "2017-13-01", "00/01/2017", "23-09-2016", "septembre 2016", "23/09/6", "23/09/016", "29/02/19"])("refuses %j", (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

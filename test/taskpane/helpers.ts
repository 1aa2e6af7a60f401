/** Shared set-up for taskpane tests: a fake workbook with pre-existing sheets, names and cells. */
import { FakeBook, installFakeExcel } from "./fake-excel";

export function userWorkbook(): FakeBook {
  const book = new FakeBook(["Sheet1", "io-net-docs-current", "Budget"]);
  book.set("Sheet1", "A1", "My numbers");
  book.set("Sheet1", "B2", 42);
  book.set("Sheet1", "C3", "=B2*2");
  book.set("io-net-docs-current", "A1", "the user's own sheet that happens to share the preset id");
  book.set("Budget", "D4", 1000);
  book.addName("io_SupplierShare", "=Sheet1!$B$2", "the user's own name");
  book.addName("Discount", "=Budget!$D$4");
  installFakeExcel(book);
  return book;
}

/** The parts of a dump that existed before: every pre-existing sheet (cells, charts) and name. */
export function preExisting(book: FakeBook, before: ReturnType<FakeBook["dump"]>): unknown {
  const b = before as { sheets: { id: string }[]; names: { name: string }[] };
  const now = book.dump() as typeof b;
  return {
    sheets: now.sheets.filter((s) => b.sheets.some((x) => x.id === s.id)),
    names: now.names.filter((n) => b.names.some((x) => x.name === n.name)),
  };
}

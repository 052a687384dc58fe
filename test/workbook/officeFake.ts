/**
 * A small Excel for the Office.js adapter's tests. The root is an office-addin-mock OfficeMockObject
 * (Excel.run, the request context, workbook.functions and workbook.application); worksheets, tables,
 * ranges and charts are fakes that keep a model of the workbook and behave as Office.js does where the
 * adapter could get it wrong:
 * - a property is readable only after load() and context.sync() (else it throws);
 * - values/numberFormat/formulas arrays must match the range's shape; a single value fills the range;
 * - a batch whose request or response JSON is over 5 MB fails as Excel on the web fails it;
 * - text written with the apostrophe prefix is stored without it.
 * Every sync is recorded (request and response bytes, whether calculation was suspended).
 */
import { OfficeMockObject } from "office-addin-mock";

export const LIMIT = 5_000_000;

type Cell = string | number | boolean;

export interface SheetState {
  name: string;
  cells: Cell[][];
  formats: string[][];
  frozenRows: number;
  bold: Set<string>;
}

export interface TableState {
  name: string;
  sheet: SheetState;
  top: number;
  left: number;
  /** Header plus body rows (not the totals row). */
  rows: number;
  columns: number;
  showTotals: boolean;
}

export interface ChartState {
  sheet: SheetState;
  type: string;
  seriesBy: string;
  source: Box;
  categories?: Box;
  title: string;
  legendVisible: boolean;
  position?: Box;
  /** Every series: its name, values and categories (the first series' source is `source`). */
  series: { name: string; values: Box; categories?: Box }[];
}

export interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  suspended: boolean;
  /** Cells written by `values` or `formulas` or rows.add in this batch. */
  cellsWritten: number;
}

export interface FakeInit {
  sheets?: { name: string; values?: Cell[][]; formats?: string[][] }[];
  tables?: { name: string; sheet: string; top?: number; left?: number; rows: number; columns: number }[];
  dateSystem?: 1900 | 1904;
  active?: string;
}

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), "utf8");

function parseA1(address: string): Box {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address.replace(/\$/g, "").replace(/^.*!/, ""));
  if (!m) throw new Error(`fake: unsupported address ${address}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  const column = col(m[1]);
  const row2 = m[4] ? Number(m[4]) - 1 : row;
  const column2 = m[3] ? col(m[3]) : column;
  return { row, column, rows: row2 - row + 1, columns: column2 - column + 1 };
}

/** The model and its instrumentation. */
export class FakeExcel {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  charts: ChartState[] = [];
  active: SheetState | undefined;
  selection: { sheet: string; row: number; column: number } | undefined;
  syncs: SyncRecord[] = [];
  /** Fails the next sync whose response exceeds this many bytes (default: the 5 MB limit). */
  responseLimit = LIMIT;
  pendingLoads = new Set<Loadable>();
  private requestBytes = 0;
  private cellsWritten = 0;
  private suspended = false;
  readonly mock: OfficeMockObject;

  constructor(init: FakeInit = {}) {
    for (const s of init.sheets ?? []) {
      this.sheets.push({ name: s.name, cells: (s.values ?? []).map((r) => [...r]), formats: (s.formats ?? []).map((r) => [...r]), frozenRows: 0, bold: new Set() });
    }
    for (const t of init.tables ?? []) {
      this.tables.push({ name: t.name, sheet: this.sheet(t.sheet)!, top: t.top ?? 0, left: t.left ?? 0, rows: t.rows, columns: t.columns, showTotals: false });
    }
    this.active = init.active ? this.sheet(init.active) : this.sheets[0];
    this.mock = new OfficeMockObject({
      host: "excel",
      context: {
        workbook: {
          application: {
            suspendApiCalculationUntilNextSync: () => {
              this.suspended = true;
            },
          },
          functions: {
            dateProbe: { value: init.dateSystem === 1904 ? 0 : 1462 },
            date: () => this.mock.context.workbook.functions.dateProbe,
          },
        },
        sync: async () => {
          this.commit();
          await OfficeMockObject.prototype.sync.call(this.mock.context);
        },
      },
      run: async (batch: (context: unknown) => Promise<unknown>) => batch(this.mock.context),
    });
    this.mock.context.workbook.worksheets = new FakeWorksheets(this);
    this.mock.context.workbook.tables = new FakeTables(this);
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The model's cells of a sheet, as rows (missing cells are ""). */
  values(name: string): Cell[][] {
    const s = this.sheet(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s.cells.map((r) => Array.from({ length: r.length }, (_, c) => r[c] ?? ""));
  }

  /** Called by the adapter's operations that send data. */
  request(payload: unknown, cells = 0): void {
    this.requestBytes += bytes(payload);
    this.cellsWritten += cells;
  }

  /** context.sync(): sends the batch, or fails it as Excel on the web would. */
  commit(): void {
    const loads = [...this.pendingLoads];
    this.pendingLoads.clear();
    const responseBytes = loads.reduce((n, l) => n + l.commit(), 0);
    const record: SyncRecord = { requestBytes: this.requestBytes, responseBytes, suspended: this.suspended, cellsWritten: this.cellsWritten };
    this.syncs.push(record);
    this.requestBytes = 0;
    this.cellsWritten = 0;
    this.suspended = false;
    if (record.requestBytes > LIMIT) throw Object.assign(new Error("request too large"), { code: "RequestPayloadSizeLimitExceeded" });
    if (responseBytes > this.responseLimit) {
      loads.forEach((l) => l.unload());
      throw Object.assign(new Error("response too large"), { code: "ResponsePayloadSizeLimitExceeded" });
    }
  }

  write(sheet: SheetState, box: Box, matrix: unknown, kind: "values" | "formulas"): void {
    const rows = Array.isArray(matrix) ? (matrix as unknown[][]) : Array.from({ length: box.rows }, () => Array(box.columns).fill(matrix));
    if (rows.length !== box.rows || rows.some((r) => !Array.isArray(r) || r.length !== box.columns)) {
      throw new Error(`fake: ${kind} of ${rows.length} rows does not fit a range of ${box.rows}×${box.columns}`);
    }
    this.request(matrix, box.rows * box.columns);
    rows.forEach((r, i) => {
      const target = (sheet.cells[box.row + i] ??= []);
      r.forEach((v, j) => {
        target[box.column + j] = typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as Cell);
      });
    });
    for (let r = 0; r < box.row; r++) sheet.cells[r] ??= [];
  }

  format(sheet: SheetState, box: Box, value: unknown): void {
    const rows = Array.isArray(value) ? (value as string[][]) : undefined;
    if (rows && (rows.length !== box.rows || rows.some((r) => r.length !== box.columns))) throw new Error("fake: numberFormat does not fit the range");
    this.request(value);
    for (let i = 0; i < box.rows; i++) {
      const target = (sheet.formats[box.row + i] ??= []);
      for (let j = 0; j < box.columns; j++) target[box.column + j] = rows ? rows[i][j] : (value as string);
    }
  }

  read(sheet: SheetState, box: Box): { values: Cell[][]; numberFormat: string[][] } {
    const values: Cell[][] = [];
    const numberFormat: string[][] = [];
    for (let i = 0; i < box.rows; i++) {
      values.push(Array.from({ length: box.columns }, (_, j) => sheet.cells[box.row + i]?.[box.column + j] ?? ""));
      numberFormat.push(Array.from({ length: box.columns }, (_, j) => sheet.formats[box.row + i]?.[box.column + j] ?? "General"));
    }
    return { values, numberFormat };
  }

  used(sheet: SheetState): Box | undefined {
    let top = -1, bottom = -1, left = Infinity, right = -1;
    sheet.cells.forEach((r, i) =>
      r?.forEach((v, j) => {
        if (v === "" || v === undefined || v === null) return;
        if (top < 0) top = i;
        bottom = i;
        left = Math.min(left, j);
        right = Math.max(right, j);
      }),
    );
    return top < 0 ? undefined : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

/** A client object: properties readable only after load() and a sync. */
abstract class Loadable {
  private pending = new Set<string>();
  protected loaded = new Set<string>();
  protected synced = false;
  constructor(protected fake: FakeExcel) {}

  load(spec?: string | string[]): this {
    const props = spec === undefined ? ["*"] : typeof spec === "string" ? spec.split(",") : spec;
    props.forEach((p) => this.pending.add(p.trim().split("/")[0]));
    this.fake.pendingLoads.add(this);
    return this;
  }

  /** At sync: the loaded properties become readable; returns the response bytes. */
  commit(): number {
    this.pending.forEach((p) => this.loaded.add(p));
    this.pending.clear();
    this.synced = true;
    return this.snapshot();
  }

  unload(): void {
    this.loaded.clear();
    this.synced = false;
  }

  protected snapshot(): number {
    return 0;
  }

  protected need(prop: string): void {
    if (!this.loaded.has(prop) && !this.loaded.has("*")) throw new Error(`fake: ${this.constructor.name}.${prop} read before load("${prop}") and context.sync()`);
  }
}

export class FakeRange extends Loadable {
  private data?: { values: Cell[][]; numberFormat: string[][] };
  readonly format;

  constructor(fake: FakeExcel, readonly sheet: SheetState, readonly box: Box, private readonly nullObject = false) {
    super(fake);
    const font = { bold: false, size: 11 };
    const sheetState = sheet;
    const row = box.row;
    const column = box.column;
    this.format = {
      font: {
        set bold(on: boolean) {
          font.bold = on;
          if (on) sheetState.bold.add(`${row},${column}`);
        },
        get bold() {
          return font.bold;
        },
        set size(n: number) {
          font.size = n;
        },
        get size() {
          return font.size;
        },
      },
      autofitColumns: () => undefined,
    };
  }

  protected override snapshot(): number {
    if (this.nullObject || !(this.loaded.has("values") || this.loaded.has("numberFormat"))) return 0;
    this.data = this.fake.read(this.sheet, this.box);
    return (this.loaded.has("values") ? bytes(this.data.values) : 0) + (this.loaded.has("numberFormat") ? bytes(this.data.numberFormat) : 0);
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new Error("fake: isNullObject read before context.sync()");
    return this.nullObject;
  }
  get values(): Cell[][] {
    this.need("values");
    return this.data!.values;
  }
  set values(v: Cell[][]) {
    this.fake.write(this.sheet, this.box, v, "values");
  }
  get numberFormat(): string[][] {
    this.need("numberFormat");
    return this.data!.numberFormat;
  }
  set numberFormat(v: string[][]) {
    this.fake.format(this.sheet, this.box, v);
  }
  set formulas(v: Cell[][]) {
    this.fake.write(this.sheet, this.box, v, "formulas");
  }
  get rowIndex(): number {
    this.need("rowIndex");
    return this.box.row;
  }
  get columnIndex(): number {
    this.need("columnIndex");
    return this.box.column;
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.box.rows;
  }
  get columnCount(): number {
    this.need("columnCount");
    return this.box.columns;
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.fake, this.sheet, { ...this.box, row: this.box.row + i, rows: 1 });
  }
  select(): void {
    this.fake.selection = { sheet: this.sheet.name, row: this.box.row, column: this.box.column };
  }
  clear(): void {
    const { row, column, rows, columns } = this.box;
    const inside = (i: number, j: number) => i >= row && i < row + rows && j >= column && j < column + columns;
    this.sheet.cells.forEach((r, i) => r?.forEach((_, j) => inside(i, j) && (r[j] = "")));
    this.sheet.formats.forEach((f, i) => f?.forEach((_, j) => inside(i, j) && delete f[j]));
  }
}

export class FakeWorksheet extends Loadable {
  constructor(fake: FakeExcel, readonly state: SheetState, loadedProps: string[] = []) {
    super(fake);
    loadedProps.forEach((p) => this.loaded.add(p));
  }

  get name(): string {
    this.need("name");
    return this.state.name;
  }
  set name(name: string) {
    if (this.fake.sheets.some((s) => s !== this.state && s.name.toLowerCase() === name.toLowerCase())) throw new Error(`fake: a sheet named ${name} exists`);
    this.fake.request(name);
    this.state.name = name;
  }
  get position(): number {
    this.need("position");
    return this.fake.sheets.indexOf(this.state);
  }
  set position(p: number) {
    const list = this.fake.sheets;
    list.splice(list.indexOf(this.state), 1);
    list.splice(p, 0, this.state);
  }
  delete(): void {
    const list = this.fake.sheets;
    if (list.length === 1) throw new Error("fake: cannot delete the only sheet");
    list.splice(list.indexOf(this.state), 1);
    this.fake.tables = this.fake.tables.filter((t) => t.sheet !== this.state);
    this.fake.charts = this.fake.charts.filter((c) => c.sheet !== this.state);
    if (this.fake.active === this.state) this.fake.active = list[0];
  }
  activate(): void {
    this.fake.active = this.state;
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.fake, this.state, address ? parseA1(address) : { row: 0, column: 0, rows: 1_048_576, columns: 16_384 });
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    if (rows < 1 || columns < 1) throw new Error("fake: empty range");
    return new FakeRange(this.fake, this.state, { row, column, rows, columns });
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRangeOrNullObject(): FakeRange {
    const box = this.fake.used(this.state);
    return new FakeRange(this.fake, this.state, box ?? { row: 0, column: 0, rows: 1, columns: 1 }, !box);
  }
  get tables() {
    const fake = this.fake;
    const state = this.state;
    return {
      add(range: FakeRange, hasHeaders: boolean): FakeTable {
        if (!hasHeaders) throw new Error("fake: the adapter always writes headers");
        if (range.sheet !== state) throw new Error("fake: range on another sheet");
        const overlap = fake.tables.find((t) => t.sheet === state && t.top <= range.box.row + range.box.rows - 1 && range.box.row <= t.top + t.rows && t.left < range.box.column + range.box.columns && range.box.column < t.left + t.columns);
        if (overlap) throw new Error("fake: tables cannot overlap");
        const table: TableState = { name: `Table${fake.tables.length + 1}`, sheet: state, top: range.box.row, left: range.box.column, rows: range.box.rows, columns: range.box.columns, showTotals: false };
        fake.tables.push(table);
        fake.request("tables.add");
        return new FakeTable(fake, table);
      },
    };
  }
  get charts() {
    const fake = this.fake;
    const state = this.state;
    return {
      add(type: string, source: FakeRange, seriesBy: string) {
        const chart: ChartState = { sheet: state, type, seriesBy, source: source.box, title: "", legendVisible: true, series: [{ name: "", values: source.box }] };
        fake.charts.push(chart);
        const seriesOf = (i: number) => ({
          setXAxisValues: (r: FakeRange) => {
            chart.series[i].categories = r.box;
            if (i === 0) chart.categories = r.box;
          },
          setValues: (r: FakeRange) => void (chart.series[i].values = r.box),
          set name(v: string) {
            chart.series[i].name = v;
          },
        });
        return {
          series: {
            getItemAt: (i: number) => seriesOf(i),
            add: (name: string) => {
              chart.series.push({ name, values: { row: 0, column: 0, rows: 0, columns: 0 } });
              return seriesOf(chart.series.length - 1);
            },
          },
          title: {
            set text(v: string) {
              chart.title = v;
            },
          },
          legend: {
            set visible(v: boolean) {
              chart.legendVisible = v;
            },
          },
          setPosition: (cell: FakeRange, end?: FakeRange) =>
            void (chart.position = end ? { row: cell.box.row, column: cell.box.column, rows: end.box.row - cell.box.row + 1, columns: end.box.column - cell.box.column + 1 } : cell.box),
        };
      },
    };
  }
  get freezePanes() {
    return { freezeRows: (n: number) => void (this.state.frozenRows = n) };
  }
}

export class FakeTable extends Loadable {
  constructor(fake: FakeExcel, readonly state: TableState, loadedProps: string[] = []) {
    super(fake);
    loadedProps.forEach((p) => this.loaded.add(p));
  }
  get name(): string {
    this.need("name");
    return this.state.name;
  }
  set name(name: string) {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) throw new Error(`fake: invalid table name ${name}`);
    if (this.fake.tables.some((t) => t !== this.state && t.name.toLowerCase() === name.toLowerCase())) throw new Error(`fake: table name ${name} taken`);
    this.state.name = name;
  }
  get showTotals(): boolean {
    this.need("showTotals");
    return this.state.showTotals;
  }
  set showTotals(on: boolean) {
    this.state.showTotals = on;
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.fake, this.state.sheet, this.loaded.has("worksheet") ? ["name"] : []);
  }
  private box(row: number, rows: number): Box {
    return { row: this.state.top + row, column: this.state.left, rows, columns: this.state.columns };
  }
  getRange(): FakeRange {
    return new FakeRange(this.fake, this.state.sheet, this.box(0, this.state.rows + (this.state.showTotals ? 1 : 0)));
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.fake, this.state.sheet, this.box(0, 1));
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.fake, this.state.sheet, this.box(1, this.state.rows - 1));
  }
  getTotalRowRange(): FakeRange {
    if (!this.state.showTotals) throw new Error("fake: the table has no totals row");
    return new FakeRange(this.fake, this.state.sheet, this.box(this.state.rows, 1));
  }
  get rows() {
    return {
      add: (index: number | undefined, values: Cell[][]) => {
        if (index !== undefined && index !== null) throw new Error("fake: only appends are expected");
        if (this.state.showTotals) throw new Error("fake: append below a totals row is not modelled");
        this.fake.write(this.state.sheet, this.box(this.state.rows, values.length), values, "values");
        this.state.rows += values.length;
      },
    };
  }
  get columns() {
    return {
      getItemAt: (c: number) => ({
        getDataBodyRange: () => new FakeRange(this.fake, this.state.sheet, { row: this.state.top + 1, column: this.state.left + c, rows: this.state.rows - 1, columns: 1 }),
      }),
    };
  }
  delete(): void {
    new FakeRange(this.fake, this.state.sheet, this.box(0, this.state.rows + (this.state.showTotals ? 1 : 0))).clear();
    this.fake.tables = this.fake.tables.filter((t) => t !== this.state);
  }
}

class FakeWorksheets extends Loadable {
  private snapshotItems: FakeWorksheet[] = [];
  protected override snapshot(): number {
    this.snapshotItems = this.fake.sheets.map((s) => new FakeWorksheet(this.fake, s, ["name", "position"]));
    return bytes(this.fake.sheets.map((s) => s.name));
  }
  get items(): FakeWorksheet[] {
    this.need("items");
    return this.snapshotItems;
  }
  add(name: string): FakeWorksheet {
    if (this.fake.sheet(name)) throw new Error(`fake: a sheet named ${name} exists`);
    if (name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new Error(`fake: invalid sheet name ${name}`);
    const state: SheetState = { name, cells: [], formats: [], frozenRows: 0, bold: new Set() };
    this.fake.sheets.push(state);
    this.fake.request(name);
    return new FakeWorksheet(this.fake, state);
  }
  getActiveWorksheet(): FakeWorksheet {
    if (!this.fake.active) throw new Error("fake: no active sheet");
    return new FakeWorksheet(this.fake, this.fake.active);
  }
}

class FakeTables extends Loadable {
  private snapshotItems: FakeTable[] = [];
  protected override snapshot(): number {
    this.snapshotItems = this.fake.tables.map((t) => new FakeTable(this.fake, t, ["name", "showTotals", "worksheet"]));
    return bytes(this.fake.tables.map((t) => [t.name, t.sheet.name]));
  }
  get items(): FakeTable[] {
    this.need("items");
    return this.snapshotItems;
  }
}

/**
 * A column of a FigureTable: its header and how a row's cell reads. `num` right-aligns a
 * figure; `cellClass` marks a cell (e.g. "na" for a year the scenario cannot be built).
 * Example: { key: 'spend', header: 'Spend', num: true, cell: (r) => formatUsd('en', r.spendUsd, true) }
 */
export interface TableColumn<R> {
  key: string;
  header: string;
  num?: boolean;
  cell: (row: R) => string;
  cellClass?: (row: R) => string | undefined;
}

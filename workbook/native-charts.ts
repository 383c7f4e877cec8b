/**
 * Native Excel charts bound to the workbook's own cells. exceljs cannot write charts, so the
 * sheets describe each chart ({@link ChartSpec}: series as cell ranges with their cached
 * values) while they are written, and {@link addCharts} adds the chart parts to the package
 * exceljs produced: xl/charts/chartN.xml, one xl/drawings/drawingN.xml per sheet with its
 * relationships, the sheet's `<drawing>` element and relationship, and the content types.
 *
 * Element order follows the ECMA-376 schema (CT_ChartSpace, CT_PlotArea, CT_BarChart,
 * CT_ScatterChart, CT_BarSer, CT_ScatterSer, CT_CatAx, CT_ValAx, CT_Scaling, CT_Worksheet):
 * Excel reports a file whose elements are out of order as needing repair.
 *
 * Example: `{ sheet: 'Summary', kind: 'column', title: 'Capex by category', at: { col: 1, row: 40,
 * cols: 8, rows: 18 }, categories: { ref: "'Summary'!$A$20:$A$26", cache: [...] }, series: [{ name:
 * 'S1', values: { ref: "'Summary'!$C$20:$C$26", cache: [...] } }] }`.
 */
import JSZip from 'jszip';
import { xmlSafeText } from './xml-safe-text.ts';

/** A cell range and the values it held at export (shown until the viewer recalculates). */
export interface ChartData {
  ref: string;
  cache: (number | string | null)[];
}

export interface ChartSeries {
  name: string;
  values: ChartData;
  /** Scatter charts: the x values of this series (defaults to the chart's categories). */
  x?: ChartData;
}

export interface ChartSpec {
  /** Tab the chart is drawn on. */
  sheet: string;
  /** column/bar: clustered (or overlapping, for a tornado) bars; scatter: lines over numeric x. */
  kind: 'column' | 'bar' | 'scatter';
  title: string;
  /** Top-left cell (1-based) and size in columns and rows. */
  at: { col: number; row: number; cols: number; rows: number };
  /** Category labels (column/bar) or the shared x values (scatter). */
  categories: ChartData;
  series: ChartSeries[];
  xTitle?: string;
  yTitle?: string;
  /** Number format of the value axis, e.g. `"$"#,##0`. */
  valueFormat?: string;
  /** Logarithmic x axis (base 10), scatter only. */
  logX?: boolean;
  /** Bars of all series on top of each other (a tornado's low and high deltas). */
  overlap?: boolean;
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_CHART = `${NS_R}/chart`;
const REL_DRAWING = `${NS_R}/drawing`;
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** Series colours: print-friendly, distinguishable in grey scale. */
const PALETTE = ['1F4E79', 'C55A11', '548235', '7030A0', 'BF9000', '2E75B6', 'A5A5A5', '833C0B'];

export const esc = (s: string): string =>
  // Characters XML 1.0 cannot carry (a scenario name may hold them) are marked as exceljs's text is.
  xmlSafeText(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Rich text of a title or axis title, 11 pt (or `sz` hundredths of a point), Arial: a rotated one-letter axis title (W) still prints 8 pt wide at 80 %. */
function richText(text: string, sz = 1100, bold = true): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${sz}" b="${bold ? 1 : 0}">` +
    `<a:latin typeface="Arial"/></a:defRPr></a:pPr><a:r><a:rPr lang="en-US" sz="${sz}" b="${bold ? 1 : 0}">` +
    `<a:latin typeface="Arial"/></a:rPr><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string, sz = 1200): string {
  return `<c:title>${richText(text, sz)}<c:overlay val="0"/></c:title>`;
}

/** Text properties of axis labels and legend: 10 pt Arial, dark grey (prints at 8 pt at 80 %). */
const TX_PR =
  '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:solidFill><a:srgbClr val="262626"/></a:solidFill>' +
  '<a:latin typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>';

function numCache(values: (number | string | null)[], format = 'General'): string {
  const pts = values
    .map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function strCache(values: (number | string | null)[]): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${esc(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

const numRef = (d: ChartData, format?: string) =>
  `<c:numRef><c:f>${esc(d.ref)}</c:f>${numCache(d.cache, format)}</c:numRef>`;
const strRef = (d: ChartData) => `<c:strRef><c:f>${esc(d.ref)}</c:f>${strCache(d.cache)}</c:strRef>`;
const catRef = (d: ChartData) => (d.cache.every((v) => typeof v === 'number') ? numRef(d) : strRef(d));

const seriesName = (name: string) => `<c:tx><c:v>${esc(name)}</c:v></c:tx>`;
const fill = (i: number) =>
  `<c:spPr><a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill></c:spPr>`;
const line = (i: number) =>
  `<c:spPr><a:ln w="22225" cap="rnd"><a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill>` +
  `<a:round/></a:ln></c:spPr>`;

/** CT_CatAx / CT_ValAx children in schema order. */
function axis(o: {
  tag: 'catAx' | 'valAx';
  id: number;
  crossId: number;
  pos: 'b' | 'l';
  title?: string;
  format?: string;
  log?: boolean;
  gridlines?: boolean;
  crossBetween?: 'between' | 'midCat';
  /** Categories top to bottom (horizontal bars list the first category at the top). */
  reversed?: boolean;
  /** Cross the other axis at its maximum (keeps a value axis below reversed categories). */
  crossesMax?: boolean;
}): string {
  const scaling =
    `<c:scaling>${o.log ? '<c:logBase val="10"/>' : ''}` +
    `<c:orientation val="${o.reversed ? 'maxMin' : 'minMax'}"/></c:scaling>`;
  const head =
    `<c:axId val="${o.id}"/>${scaling}<c:delete val="0"/><c:axPos val="${o.pos}"/>` +
    (o.gridlines
      ? '<c:majorGridlines><c:spPr><a:ln w="3175"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>'
      : '') +
    (o.title ? title(o.title, 1100) : '') +
    (o.format ? `<c:numFmt formatCode="${esc(o.format)}" sourceLinked="0"/>` : '') +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    TX_PR +
    `<c:crossAx val="${o.crossId}"/><c:crosses val="${o.crossesMax ? 'max' : 'autoZero'}"/>`;
  return o.tag === 'catAx'
    ? `<c:catAx>${head}<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
    : `<c:valAx>${head}<c:crossBetween val="${o.crossBetween ?? 'between'}"/></c:valAx>`;
}

/** The chart part (xl/charts/chartN.xml) of a spec. */
export function chartXml(spec: ChartSpec): string {
  let plot: string;
  if (spec.kind === 'scatter') {
    const ser = spec.series
      .map(
        (s, i) =>
          `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesName(s.name)}${line(i)}` +
          `<c:marker><c:symbol val="none"/></c:marker>` +
          `<c:xVal>${numRef(s.x ?? spec.categories)}</c:xVal><c:yVal>${numRef(s.values, spec.valueFormat)}</c:yVal>` +
          `<c:smooth val="0"/></c:ser>`,
      )
      .join('');
    plot =
      `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${ser}` +
      `<c:axId val="10"/><c:axId val="20"/></c:scatterChart>` +
      axis({
        tag: 'valAx',
        id: 10,
        crossId: 20,
        pos: 'b',
        title: spec.xTitle,
        log: spec.logX,
        crossBetween: 'midCat',
        format: '#,##0',
      }) +
      axis({
        tag: 'valAx',
        id: 20,
        crossId: 10,
        pos: 'l',
        title: spec.yTitle,
        format: spec.valueFormat,
        gridlines: true,
        crossBetween: 'midCat',
      });
  } else {
    const ser = spec.series
      .map(
        (s, i) =>
          `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesName(s.name)}${fill(i)}` +
          `<c:invertIfNegative val="0"/><c:cat>${catRef(spec.categories)}</c:cat>` +
          `<c:val>${numRef(s.values, spec.valueFormat)}</c:val></c:ser>`,
      )
      .join('');
    const horizontal = spec.kind === 'bar';
    plot =
      `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}` +
      `<c:gapWidth val="${spec.overlap ? 40 : 80}"/>${spec.overlap ? '<c:overlap val="100"/>' : ''}` +
      `<c:axId val="10"/><c:axId val="20"/></c:barChart>` +
      axis({
        tag: 'catAx',
        id: 10,
        crossId: 20,
        pos: horizontal ? 'l' : 'b',
        title: spec.xTitle,
        reversed: horizontal,
      }) +
      axis({
        tag: 'valAx',
        id: 20,
        crossId: 10,
        pos: horizontal ? 'b' : 'l',
        crossesMax: horizontal,
        title: spec.yTitle,
        format: spec.valueFormat,
        gridlines: true,
      });
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>${title(spec.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${TX_PR}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/>` +
    `<c:pageSetup/></c:printSettings>` +
    `</c:chartSpace>`
  );
}

function anchorXml(spec: ChartSpec, id: number, relId: string): string {
  const { col, row, cols, rows } = spec.at;
  const marker = (tag: string, c: number, r: number) =>
    `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor>${marker('from', col - 1, row - 1)}${marker('to', col - 1 + cols, row - 1 + rows)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${esc(`Chart ${id}: ${spec.title}`)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Worksheet children that must come after `<drawing>` (CT_Worksheet order). */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Inserts `<drawing r:id>` into a worksheet part at its schema position. */
export function insertDrawing(sheetXml: string, relId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error('workbook: sheet already has a drawing');
  const el = `<drawing r:id="${relId}"/>`;
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const tag of AFTER_DRAWING) {
    const i = sheetXml.indexOf(`<${tag}`);
    if (i >= 0 && i < at) at = i;
  }
  return sheetXml.slice(0, at) + el + sheetXml.slice(at);
}

/** Sheet part path (xl/worksheets/sheetN.xml) by tab name, from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const out = new Map<string, string>();
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const unescape = (s: string) =>
      s
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&apos;', "'")
        .replaceAll('&amp;', '&');
    if (name && rid && targets.has(rid)) out.set(unescape(name), targets.get(rid)!);
  }
  return out;
}

/** Adds the charts to an .xlsx package written by exceljs; returns the new package. */
export async function addCharts(xlsx: Uint8Array, charts: readonly ChartSpec[]): Promise<Uint8Array> {
  if (charts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  const bySheet = new Map<string, ChartSpec[]>();
  for (const c of charts) {
    if (!parts.has(c.sheet)) throw new Error(`workbook: chart "${c.title}" names no sheet ${c.sheet}`);
    bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  }
  let contentTypes = await zip.file('[Content_Types].xml')!.async('string');
  const overrides: string[] = [];
  let chartNo = 0;
  let drawingNo = 0;
  for (const [sheet, specs] of bySheet) {
    drawingNo++;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    specs.forEach((spec, k) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(spec));
      overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/>`);
      drawingRels.push(`<Relationship Id="rId${k + 1}" Type="${REL_CHART}" Target="../charts/chart${chartNo}.xml"/>`);
      anchors.push(anchorXml(spec, k + 1, `rId${k + 1}`));
    });
    zip.file(
      `xl/drawings/drawing${drawingNo}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join('')}</xdr:wsDr>`,
    );
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">${drawingRels.join('')}</Relationships>`,
    );
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CT_DRAWING}"/>`);

    const part = parts.get(sheet)!;
    const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels');
    const existing = await zip.file(relsPath)?.async('string');
    let rels =
      existing ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
    let n = 1;
    while (rels.includes(`Id="rIdChart${n}"`)) n++;
    const relId = `rIdChart${n}`;
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
    );
    zip.file(relsPath, rels);
    const sheetXml = await zip.file(part)!.async('string');
    zip.file(part, insertDrawing(sheetXml, relId));
  }
  contentTypes = contentTypes.replace('</Types>', `${overrides.join('')}</Types>`);
  zip.file('[Content_Types].xml', contentTypes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * A tag-level XML reader and the ECMA-376 child sequences of the chart and worksheet elements
 * the workbook writes, for checking that the parts follow the schema's element order (the
 * usual cause of Excel's "repair" prompt).
 */

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const decode = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** Parses well-formed XML (no DTD, comments or CDATA) into a tree of elements. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const re = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)|<\?[^?]*\?>/g;
  for (const m of xml.matchAll(re)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.text += decode(m[5]);
      continue;
    }
    if (m[2] === undefined) continue;
    if (m[1] === '/') {
      if (top.name !== m[2]) throw new Error(`XML: </${m[2]}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]!] = decode(a[2]!);
    const node: XmlNode = { name: m[2], attrs, children: [], text: '' };
    top.children.push(node);
    if (m[4] !== '/') stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1]!.name}> is not closed`);
  return root;
}

/** Child element order of the schema types used (prefix-free local names). */
export const SEQUENCES: Record<string, string[]> = {
  chartSpace: [
    'date1904',
    'lang',
    'roundedCorners',
    'AlternateContent',
    'style',
    'clrMapOvr',
    'pivotSource',
    'protection',
    'chart',
    'spPr',
    'txPr',
    'externalData',
    'printSettings',
    'userShapes',
    'extLst',
  ],
  chart: [
    'title',
    'autoTitleDeleted',
    'pivotFmts',
    'view3D',
    'floor',
    'sideWall',
    'backWall',
    'plotArea',
    'legend',
    'plotVisOnly',
    'dispBlanksAs',
    'showDLblsOverMax',
    'extLst',
  ],
  title: ['tx', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  plotArea: [
    'layout',
    'barChart',
    'scatterChart',
    'lineChart',
    'pieChart',
    'catAx',
    'valAx',
    'dateAx',
    'serAx',
    'dTable',
    'spPr',
    'extLst',
  ],
  barChart: ['barDir', 'grouping', 'varyColors', 'ser', 'dLbls', 'gapWidth', 'overlap', 'serLines', 'axId', 'extLst'],
  scatterChart: ['scatterStyle', 'varyColors', 'ser', 'dLbls', 'axId', 'extLst'],
  'barChart/ser': [
    'idx',
    'order',
    'tx',
    'spPr',
    'invertIfNegative',
    'pictureOptions',
    'dPt',
    'dLbls',
    'trendline',
    'errBars',
    'cat',
    'val',
    'shape',
    'extLst',
  ],
  'scatterChart/ser': [
    'idx',
    'order',
    'tx',
    'spPr',
    'marker',
    'dPt',
    'dLbls',
    'trendline',
    'errBars',
    'xVal',
    'yVal',
    'smooth',
    'extLst',
  ],
  catAx: [
    'axId',
    'scaling',
    'delete',
    'axPos',
    'majorGridlines',
    'minorGridlines',
    'title',
    'numFmt',
    'majorTickMark',
    'minorTickMark',
    'tickLblPos',
    'spPr',
    'txPr',
    'crossAx',
    'crosses',
    'crossesAt',
    'auto',
    'lblAlgn',
    'lblOffset',
    'tickLblSkip',
    'tickMarkSkip',
    'noMultiLvlLbl',
    'extLst',
  ],
  valAx: [
    'axId',
    'scaling',
    'delete',
    'axPos',
    'majorGridlines',
    'minorGridlines',
    'title',
    'numFmt',
    'majorTickMark',
    'minorTickMark',
    'tickLblPos',
    'spPr',
    'txPr',
    'crossAx',
    'crosses',
    'crossesAt',
    'crossBetween',
    'majorUnit',
    'minorUnit',
    'dispUnits',
    'extLst',
  ],
  scaling: ['logBase', 'orientation', 'max', 'min', 'extLst'],
  legend: ['legendPos', 'legendEntry', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  numRef: ['f', 'numCache', 'extLst'],
  strRef: ['f', 'strCache', 'extLst'],
  numCache: ['formatCode', 'ptCount', 'pt', 'extLst'],
  twoCellAnchor: ['from', 'to', 'sp', 'grpSp', 'graphicFrame', 'cxnSp', 'pic', 'contentPart', 'clientData'],
  worksheet: [
    'sheetPr',
    'dimension',
    'sheetViews',
    'sheetFormatPr',
    'cols',
    'sheetData',
    'sheetCalcPr',
    'sheetProtection',
    'protectedRanges',
    'scenarios',
    'autoFilter',
    'sortState',
    'dataConsolidate',
    'customSheetViews',
    'mergeCells',
    'phoneticPr',
    'conditionalFormatting',
    'dataValidations',
    'hyperlinks',
    'printOptions',
    'pageMargins',
    'pageSetup',
    'headerFooter',
    'rowBreaks',
    'colBreaks',
    'customProperties',
    'cellWatches',
    'ignoredErrors',
    'smartTags',
    'drawing',
    'legacyDrawing',
    'legacyDrawingHF',
    'drawingHF',
    'picture',
    'oleObjects',
    'controls',
    'webPublishItems',
    'tableParts',
    'extLst',
  ],
};

const local = (name: string) => name.replace(/^.*:/, '');

/** Every element whose children break its schema sequence, as `path: child after later`. */
export function orderViolations(node: XmlNode, path = '', parent = ''): string[] {
  const out: string[] = [];
  const name = local(node.name);
  const seq = SEQUENCES[`${parent}/${name}`] ?? SEQUENCES[name];
  const here = path && path !== '#root' ? `${path}/${name}` : name;
  if (seq) {
    let last = -1;
    for (const c of node.children) {
      const i = seq.indexOf(local(c.name));
      if (i < 0) out.push(`${here}: unexpected <${c.name}>`);
      else if (i < last) out.push(`${here}: <${c.name}> after <${seq[last]}>`);
      else last = i;
    }
  }
  for (const c of node.children) out.push(...orderViolations(c, here, name));
  return out;
}

/** Elements named `name` (local name) anywhere below `node`. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of node.children) {
    if (local(c.name) === name) out.push(c);
    out.push(...findAll(c, name));
  }
  return out;
}

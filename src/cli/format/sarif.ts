// `--format sarif`: SARIF 2.1.0 for code-scanning tools. Columns are UTF-16 code units.
import { RULES, type Finding, type Severity } from '../../core/index';
import type { FileReport } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function region(f: { range: Finding['range'] }): Record<string, number> {
  return {
    startLine: f.range.start.line,
    startColumn: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    charOffset: f.range.start.offset,
    charLength: f.range.end.offset - f.range.start.offset,
  };
}

export function formatSarif(files: FileReport[], tool: { version: string; docsBaseUrl: string; informationUri: string }): string {
  const rules = RULES.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: r.meta.note },
    helpUri: `${tool.docsBaseUrl}/${r.meta.id}.md`,
    help: { text: `${r.meta.description} See ${tool.docsBaseUrl}/${r.meta.id}.md` },
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
    properties: { category: r.meta.category },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = [];
  for (const file of files) {
    const artifactLocation = { uri: encodeURI(file.path), uriBaseId: '%SRCROOT%' };
    for (const f of file.findings) {
      results.push({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId) ?? -1,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(f) } }],
        ...(f.related.length
          ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation, region: region(r) } })) }
          : {}),
        ...(f.fixes.length
          ? {
              fixes: f.fixes.map((fx) => ({
                description: { text: fx.title },
                artifactChanges: [
                  {
                    artifactLocation,
                    replacements: fx.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })),
                  },
                ],
              })),
            }
          : {}),
        properties: { category: f.category, severity: f.severity, note: f.note },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'clearpost', version: tool.version, informationUri: tool.informationUri, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

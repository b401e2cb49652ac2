#!/usr/bin/env node
// Lint Cypher queries with Neo4j's own parser and semantic analysis
// (npm package @neo4j-cypher/language-support, Cypher 5 dialect).
//
// Usage:
//   node scripts/lint-cypher.mjs [--schema extra.json] [FILE ...]
//   echo '[{"name": "q1", "query": "MATCH (n) RETURN n"}]' | node scripts/lint-cypher.mjs
//
// Inputs: with no FILE (or FILE "-"), stdin is read as a JSON array of
// {"name": str, "query": str}. A FILE ending in .json is read the same way;
// any other FILE (e.g. *.cypher) is one query named by its path. Neo4j
// Browser console lines (`:param ...` / `:params ...`, including multi-line
// values) are blanked before linting, so reported line numbers still match
// the file. Any other line starting with ':' is reported as an error, since
// it is not Cypher.
//
// Output (stdout): JSON array of
//   {"name": str, "errors": [Diag], "warnings": [Diag]}
// with Diag = {"message": str, "line": int, "column": int,
//              "endLine": int, "endColumn": int}   (1-based).
// A one-line-per-diagnostic summary of errors goes to stderr.
// Exit status: 0 no errors (warnings allowed), 1 some error, 2 bad usage/input.
//
// Policy:
//   * "Parameter $x is not defined" is dropped: parameters are given at run time.
//   * Functions/procedures are checked against the built-in Neo4j registry
//     shipped with the package (minus apoc.* / gds.*, since our server runs
//     without plugins). Unknown functions are errors; unknown procedures
//     are downgraded to warnings.
//   * Labels / relationship types outside SCHEMA below are warnings.
import { readFileSync } from 'node:fs';
import {
  lintCypherQuery,
  isNotParamError,
  testData,
} from '@neo4j-cypher/language-support';

const SEVERITY_ERROR = 1; // vscode-languageserver DiagnosticSeverity.Error

// Graph model of conflictkg. Extend with --schema FILE (JSON with any of
// "labels", "relationshipTypes", "propertyKeys": arrays are appended).
const SCHEMA = {
  labels: ['Article', 'Event', 'Actor', 'Location', 'Run'],
  relationshipTypes: [
    'ACTOR',
    'TARGET',
    'AT',
    'REPORTED_IN',
    'MEMBER_OF',
    'SUPPORTS',
    'CONTROLS',
    'OPPOSES',
    'SAME_AS',
  ],
};

function builtinRegistry(kind) {
  const out = {};
  const reg = testData?.mockSchema?.[kind] ?? {};
  for (const [version, entries] of Object.entries(reg)) {
    out[version] = Object.fromEntries(
      Object.entries(entries).filter(([name]) => !/^(apoc|gds)\./.test(name)),
    );
  }
  return out;
}

function usage(msg, code = 2) {
  if (msg) process.stderr.write(`lint-cypher: ${msg}\n`);
  process.stderr.write(
    'usage: node scripts/lint-cypher.mjs [--schema extra.json] [FILE.cypher|FILE.json|- ...]\n' +
      '       (no FILE: JSON array of {"name","query"} on stdin)\n',
  );
  process.exit(code);
}

function readJsonQueries(text, origin) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    usage(`${origin}: invalid JSON: ${e.message}`);
  }
  if (!Array.isArray(data)) usage(`${origin}: expected a JSON array`);
  return data.map((item, i) => {
    if (!item || typeof item.query !== 'string')
      usage(`${origin}[${i}]: expected {"name": ..., "query": "..."}`);
    return { name: String(item.name ?? `${origin}[${i}]`), query: item.query };
  });
}

// Net bracket depth of a line, ignoring brackets inside quoted strings.
function bracketDelta(line) {
  let depth = 0;
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return depth;
}

// Blank out Browser `:param(s)` commands (keeping line count) and collect
// other console commands, which are not Cypher.
function stripConsoleCommands(query) {
  const lines = query.split('\n');
  const consoleErrors = [];
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trimStart();
    if (depth > 0) {
      depth += bracketDelta(lines[i]);
      lines[i] = '';
    } else if (/^:params?\b/i.test(trimmed)) {
      depth = Math.max(0, bracketDelta(lines[i]));
      lines[i] = '';
    } else if (trimmed.startsWith(':')) {
      consoleErrors.push({
        message: `Console command is not Cypher: ${trimmed.split(/\s/)[0]}`,
        line: i + 1,
        column: lines[i].length - trimmed.length + 1,
        endLine: i + 1,
        endColumn: lines[i].length + 1,
      });
      lines[i] = '';
    }
  }
  return { text: lines.join('\n'), consoleErrors };
}

function toDiag(d) {
  return {
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}

function lintOne({ name, query }, dbSchema) {
  const { text, consoleErrors } = stripConsoleCommands(query);
  const errors = [...consoleErrors];
  const warnings = [];
  let diagnostics = [];
  if (text.trim().length > 0) {
    try {
      diagnostics = lintCypherQuery(text, dbSchema).diagnostics;
    } catch (e) {
      errors.push({ message: `linter crashed: ${e?.message ?? e}`, line: 1, column: 1, endLine: 1, endColumn: 1 });
    }
  }
  for (const d of diagnostics) {
    if (!isNotParamError(d)) continue; // "Parameter $x is not defined."
    const unknownProcedure = /^Procedure \S+ is not present in the database/.test(d.message);
    if (d.severity === SEVERITY_ERROR && !unknownProcedure) errors.push(toDiag(d));
    else warnings.push(toDiag(d));
  }
  return { name, errors, warnings };
}

function main() {
  const args = process.argv.slice(2);
  const extraSchemas = [];
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') usage(undefined, 0);
    else if (a === '--schema') {
      if (i + 1 >= args.length) usage('--schema needs a file');
      extraSchemas.push(args[++i]);
    } else if (a.startsWith('--schema=')) extraSchemas.push(a.slice('--schema='.length));
    else if (a.startsWith('-') && a !== '-') usage(`unknown option ${a}`);
    else files.push(a);
  }

  const dbSchema = {
    ...SCHEMA,
    labels: [...SCHEMA.labels],
    relationshipTypes: [...SCHEMA.relationshipTypes],
    defaultLanguage: 'CYPHER 5',
    functions: builtinRegistry('functions'),
    procedures: builtinRegistry('procedures'),
  };
  for (const f of extraSchemas) {
    let extra;
    try {
      extra = JSON.parse(readFileSync(f, 'utf8'));
    } catch (e) {
      usage(`--schema ${f}: ${e.message}`);
    }
    for (const key of ['labels', 'relationshipTypes', 'propertyKeys']) {
      if (Array.isArray(extra[key])) dbSchema[key] = [...(dbSchema[key] ?? []), ...extra[key]];
    }
  }

  let queries = [];
  if (files.length === 0) files.push('-');
  for (const f of files) {
    let text;
    try {
      text = readFileSync(f === '-' ? 0 : f, 'utf8');
    } catch (e) {
      usage(`${f}: ${e.message}`);
    }
    if (f === '-' || f.endsWith('.json')) queries = queries.concat(readJsonQueries(text, f === '-' ? 'stdin' : f));
    else queries.push({ name: f, query: text });
  }

  const results = queries.map((q) => lintOne(q, dbSchema));
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  let nErrors = 0;
  for (const r of results) {
    for (const e of r.errors) {
      nErrors++;
      process.stderr.write(`${r.name}:${e.line}:${e.column}: error: ${e.message}\n`);
    }
  }
  if (nErrors > 0) {
    process.stderr.write(`lint-cypher: ${nErrors} error(s) in ${results.filter((r) => r.errors.length).length} of ${results.length} quer(ies)\n`);
  }
  process.exitCode = nErrors > 0 ? 1 : 0;
}

main();

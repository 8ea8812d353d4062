// DuckDB's side of the coopstat benchmark (bench/run.sh): sum the agreements per
// partner, or in all, of one CSV file with DuckDB's read_csv, and print the result
// as tab-separated lines so run.sh can compare it with the other tools.
//
//   node bench/duckdb_group.mjs [--mode group|total|both|load|version] FILE
//
//   group    one line "partner<TAB>sum" per partner (the default; this is what is timed)
//   total    one line "total<TAB>sum"
//   both     group, then total
//   load     load DuckDB and open a connection, query nothing: the start-up cost
//   version  print the DuckDB and @duckdb/node-api versions
//
// @duckdb/node-api is installed by run.sh into bench/.node (git-ignored), not into a
// node_modules folder Node would search from here, so it is required from there.

import { createRequire } from "node:module";

const require = createRequire(new URL("./.node/package.json", import.meta.url));

function usage(message) {
  console.error(`duckdb_group.mjs: ${message}`);
  console.error("usage: node duckdb_group.mjs [--mode group|total|both|load|version] FILE");
  process.exit(2);
}

function parseArgs(argv) {
  let mode = "group";
  let file = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--mode") {
      mode = argv[++i];
    } else if (argv[i].startsWith("--mode=")) {
      mode = argv[i].slice("--mode=".length);
    } else if (file === null) {
      file = argv[i];
    } else {
      usage(`unexpected argument "${argv[i]}"`);
    }
  }
  if (!["group", "total", "both", "load", "version"].includes(mode)) usage(`unknown mode "${mode}"`);
  if (file === null && ["group", "total", "both"].includes(mode)) usage("no FILE given");
  return { mode, file };
}

// A string literal for SQL: the file name is spliced into read_csv('...').
const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;

async function main() {
  const { mode, file } = parseArgs(process.argv.slice(2));
  const { DuckDBInstance } = require("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const source = file === null ? null : `read_csv(${sqlString(file)})`;
    const lines = [];
    if (mode === "version") {
      const reader = await connection.runAndReadAll("SELECT version()");
      const api = require("@duckdb/node-api/package.json").version;
      lines.push(`duckdb ${reader.getRows()[0][0]} (@duckdb/node-api ${api}, node ${process.version})`);
    }
    if (mode === "group" || mode === "both") {
      const reader = await connection.runAndReadAll(
        `SELECT partner, sum(agreements) FROM ${source} GROUP BY partner`);
      for (const [partner, sum] of reader.getRows()) lines.push(`${partner}\t${String(sum)}`);
    }
    if (mode === "total" || mode === "both") {
      const reader = await connection.runAndReadAll(`SELECT sum(agreements) FROM ${source}`);
      lines.push(`total\t${String(reader.getRows()[0][0])}`);
    }
    if (lines.length > 0) process.stdout.write(lines.join("\n") + "\n");
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

main().catch((err) => {
  console.error(`duckdb_group.mjs: ${err.message ?? err}`);
  process.exit(1);
});

// Writes pre-compressed copies beside the app's hashed files in dist/assets/ — name.br
// (brotli, quality 11) and name.gz (gzip, level 9) — for hosts that serve them (S3 +
// CloudFront with Content-Encoding metadata, nginx gzip_static/brotli_static, …).
//
// Only the assets: they are the largest files, every reader downloads them, and their names
// carry a content hash, so each is compressed once (an existing .br is kept). Pages, data
// files and images are left to the host: Netlify, Cloudflare Pages, GitHub Pages and
// CloudFront compress them on the fly, and brotli 11 on thousands of pages would take
// minutes for a few percent.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist/assets";
const COMPRESSIBLE = /\.(css|js|mjs|wasm|svg)$/;

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(name)) yield path;
  }
}

let count = 0;
let kept = 0;
let raw = 0;
let brotli = 0;
for (const path of [...files(dir)]) {
  const data = readFileSync(path);
  raw += data.length;
  count += 1;
  if (existsSync(`${path}.br`) && existsSync(`${path}.gz`)) {
    kept += 1;
    brotli += statSync(`${path}.br`).size;
    continue;
  }
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: path.endsWith(".wasm") ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  brotli += br.length;
}
console.log(`compress: ${count} assets, ${(raw / 1024).toFixed(1)} KB → ${(brotli / 1024).toFixed(1)} KB brotli (${kept} already compressed)`);

// Writes pre-compressed copies beside every text asset and the wasm in dist/ — name.br
// (brotli, quality 11) and name.gz (gzip, level 9) — for hosts and CDNs that serve them
// (S3 + CloudFront with Content-Encoding metadata, nginx gzip_static/brotli_static, …).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const COMPRESSIBLE = /\.(html|css|js|mjs|wasm|json|svg|xml|txt)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(name)) yield path;
  }
}

let count = 0;
let raw = 0;
let brotli = 0;
for (const path of [...files(dist)]) {
  const data = readFileSync(path);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: path.endsWith(".wasm") ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  count += 1;
  raw += data.length;
  brotli += br.length;
}
console.log(`compress: ${count} files, ${(raw / 1024).toFixed(1)} KB → ${(brotli / 1024).toFixed(1)} KB brotli (.br and .gz beside each)`);

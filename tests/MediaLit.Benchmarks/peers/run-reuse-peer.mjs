// Runs MinHash LSH (npm minhash) on the feed MediaLit's peers command hands over, and prints JSON: the pairs of
// articles it puts forward as candidates and the seconds it took (after one untimed pass, as V8 compiles the hot code
// while it runs, the way .NET's JIT does on our side).
// Usage: node run-reuse-peer.mjs input.json
//   (input: { "shingle": 8, "permutations": 128, "bandSize": 4, "texts": ["...", ...] })
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import minhash from 'minhash';

const { Minhash, LshIndex } = minhash;
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const since = (start) => Number(process.hrtime.bigint() - start) / 1e9;

// Words as MediaLit's reuse reads them: runs of letters and digits, an apostrophe or hyphen between two joining them
// (and left out of the key), in lower case.
const word = /[\p{L}\p{N}]+(?:['’‘ʼ\-‐‑][\p{L}\p{N}]+)*/gu;
const joiner = /['’‘ʼ\-‐‑]/g;
function words(text) {
  const keys = [];
  for (const m of text.matchAll(word)) keys.push(m[0].replace(joiner, '').toLowerCase());
  return keys;
}

// The library's own use: a signature per article over its shingles (the same n-word shingles as ours), each inserted
// in a banded LSH index, then each queried for the articles that share a band.
function candidates(texts) {
  const index = new LshIndex({ bandSize: input.bandSize });
  const signatures = texts.map((text, i) => {
    const signature = new Minhash({ numPerm: input.permutations });
    const keys = words(text);
    for (let k = 0; k + input.shingle <= keys.length; k++) signature.update(keys.slice(k, k + input.shingle).join(' '));
    index.insert(String(i), signature);
    return signature;
  });
  const pairs = [];
  signatures.forEach((signature, i) => {
    for (const key of index.query(signature)) {
      const j = Number(key);
      if (j > i) pairs.push([i, j]);
    }
  });
  return pairs;
}

candidates(input.texts);
const start = process.hrtime.bigint();
const pairs = candidates(input.texts);
const seconds = since(start);
const here = dirname(fileURLToPath(import.meta.url));
const version = JSON.parse(readFileSync(join(here, 'node_modules', 'minhash', 'package.json'), 'utf8')).version;
process.stdout.write(JSON.stringify({ node: process.version, version, seconds, pairs }));

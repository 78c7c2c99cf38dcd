// Runs the peer libraries on the texts MediaLit's peers command hands over, and prints JSON:
// what each found on the five articles (scored on the C# side, with the same scorer as MediaLit)
// and each one's throughput on the texts repeated to a target size.
// Usage: node run-peers.mjs input.json
//   (input: { "mb": 1, "warmupSeconds": 3, "roundSeconds": 1, "only": null or "dates", "articles": [{ "id": "000", "text": "..." }] })
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import sbd from 'sbd';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const articles = input.articles;

// Sentence detection only: wink-nlp's other annotations (POS, NER, sentiment) would be work the others skip.
const wink = winkNLP(model, ['sbd']);

const splitters = {
  'sbd': (text) => sbd.sentences(text, { newline_boundaries: true }),
  'wink-nlp': (text) => wink.readDoc(text).sentences().out(),
  'compromise': (text) => nlp(text).sentences().out('array'),
};

// Where each returned sentence starts in the paragraph. Tools may trim or collapse spaces, so the
// search skips whitespace on both sides instead of matching the string exactly.
function starts(paragraph, sentences) {
  const found = [];
  let at = 0;
  for (const sentence of sentences) {
    const first = sentence.trim()[0];
    if (first === undefined) continue;
    let p = paragraph.indexOf(first, at);
    if (p < 0) continue;
    found.push(p);
    at = p + Math.max(1, sentence.trim().replace(/\s+/g, ' ').length - 1);
    if (at > paragraph.length) at = paragraph.length;
  }
  return found;
}

function paragraphs(text) {
  const result = [];
  let start = 0;
  for (const line of text.split('\n')) {
    result.push({ start, text: line });
    start += line.length + 1;
  }
  return result;
}

function boundaries(split) {
  const out = {};
  for (const a of articles) {
    const offsets = [];
    for (const p of paragraphs(a.text)) {
      if (p.text.trim() === '') continue;
      for (const s of starts(p.text, split(p.text))) offsets.push(p.start + s);
    }
    out[a.id] = offsets;
  }
  return out;
}

function dates() {
  const out = {};
  for (const a of articles)
    out[a.id] = chrono.parse(a.text).map((r) => [r.index, r.index + r.text.length, r.text]);
  return out;
}

const warmupSeconds = input.warmupSeconds ?? 0;
const roundSeconds = input.roundSeconds ?? 0;
const since = (start) => Number(process.hrtime.bigint() - start) / 1e9;

// Per-article calls, as MediaLit is timed: first a warm-up of warmupSeconds (this process is new, and V8 compiles
// the hot code as it runs, as .NET's JIT does on our side), then until the texts add up to the target size and
// roundSeconds have passed.
function throughput(run) {
  const target = input.mb * 1e6;
  const sizes = articles.map((a) => Buffer.byteLength(a.text, 'utf8'));
  const warm = process.hrtime.bigint();
  while (since(warm) < warmupSeconds)
    for (const a of articles) run(a.text);
  let bytes = 0;
  const start = process.hrtime.bigint();
  while (bytes < target || since(start) < roundSeconds)
    for (let i = 0; i < articles.length; i++) {
      run(articles[i].text);
      bytes += sizes[i];
    }
  const seconds = since(start);
  return { bytes, seconds, mbps: bytes / 1e6 / seconds };
}

// Read from node_modules directly: some packages' "exports" do not expose package.json.
const here = dirname(fileURLToPath(import.meta.url));
// One call on the five texts repeated to the target size, one paragraph a line: how a feed dump is often fed in.
const joined = articles.map((a) => a.text).join('\n');
const whole = joined.repeat(Math.max(1, Math.ceil(input.mb * 1e6 / Buffer.byteLength(joined, 'utf8'))));
// Calls until roundSeconds have passed (one call when one takes longer), after the per-article warm-up and round.
function wholeThroughput(run) {
  const start = process.hrtime.bigint();
  let calls = 0;
  do {
    run(whole);
    calls++;
  } while (since(start) < roundSeconds);
  const seconds = since(start);
  const bytes = calls * Buffer.byteLength(whole, 'utf8');
  return { wholeBytes: bytes, wholeSeconds: seconds, wholeMbps: bytes / 1e6 / seconds };
}

const version = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
const peers = [];
peers.push({ name: 'chrono-node', version: version('chrono-node'), task: 'dates', found: dates(), ...throughput((t) => chrono.parse(t)), ...wholeThroughput((t) => chrono.parse(t)) });
for (const [name, split] of input.only === 'dates' ? [] : Object.entries(splitters))
  peers.push({ name, version: version(name), task: 'sentences', boundaries: boundaries(split), ...throughput(split), ...wholeThroughput(split) });

process.stdout.write(JSON.stringify({ node: process.version, peers }));

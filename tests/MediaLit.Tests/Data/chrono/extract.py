#!/usr/bin/env python3
"""Extracts the date-level cases of chrono-node's English tests (test/en/*.test.ts) into en-date-cases.jsonl.

Usage: extract.py <chrono git dir> <commit>   (reads the files with `git show`, so a bare mirror works)

A case is kept when its call has a text, a reference date written as new Date(y, m, d[, ...]) or none
(then the expected date cannot depend on one, and reference is null) and an
expected start date: result.start toBeDate(new Date(...)), or get("year"/"month"/"day") all three.
Left out, and counted: calls with options (forwardDate, timezones), references given as instants,
cases that only test a time of day on the reference day (hour or minute asserted, same day), and
calls without an expected date. JavaScript months count from 0; the output is ISO dates.
"""
import json, re, subprocess, sys

git_dir, commit = sys.argv[1], sys.argv[2]
files = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", commit, "test/en/"],
                       capture_output=True, text=True, check=True).stdout.split()
STRING = r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'|`((?:[^`\\]|\\.)*)`'
CALL = re.compile(r'testSingleCase\(\s*chrono(?:\.\w+)?\s*,\s*(?:' + STRING + r')\s*,')
NEW_DATE = re.compile(r'new Date\(([-\d\s,+*]+)\)')


def balanced(text, start):
    """Index just past the parenthesis that closes the one before start."""
    depth = 1
    i = start
    while i < len(text) and depth:
        c = text[i]
        if c in '"\'`':
            j = i + 1
            while j < len(text) and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            i = j
        elif c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
        i += 1
    return i


def date_args(args):
    parts = [eval(p, {}, {}) for p in args.split(',') if p.strip()]  # digits and + - * only (see NEW_DATE)
    return parts if len(parts) >= 3 else None


def unescape(s):
    return json.loads('"' + s.replace('\\\'', '\'').replace('\\`', '`') + '"')


left_out = {}
cases = []
for path in files:
    source = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], capture_output=True, text=True, check=True).stdout
    name = path.rsplit('/', 1)[-1]
    for call in CALL.finditer(source):
        end = balanced(source, call.start() + len('testSingleCase('))
        body = source[call.end():end]
        line = source.count('\n', 0, call.start()) + 1
        text = unescape(next(g for g in call.groups() if g is not None))
        ref = re.match(r'\s*new Date\(([-\d\s,+*]+)\)\s*,', body)
        callback = r'\s*(?:\(\s*result\s*\)|result|function\s*\(\s*result\s*\))\s*=?>?'
        if ref and date_args(ref.group(1)):
            rest = body[ref.end():]
        elif re.match(callback, body):
            rest = body  # no reference: chrono's test cannot depend on it, so the text dates itself
        else:
            left_out['reference not a y, m, d date'] = left_out.get('reference not a y, m, d date', 0) + 1
            continue
        if not re.match(callback, rest):
            left_out['options (forwardDate, timezone ...)'] = left_out.get('options (forwardDate, timezone ...)', 0) + 1
            continue
        r = date_args(ref.group(1)) if rest is not body else None
        expected = None
        m = re.search(r'expect\(result\.start\)\.toBeDate\(\s*new Date\(([-\d\s,+*]+)\)', rest)
        if m and date_args(m.group(1)):
            e = date_args(m.group(1))
            expected = (e[0], e[1] + 1, e[2])
        else:
            got = dict((k, int(v)) for k, v in re.findall(r'result\.start\.get\("(year|month|day)"\)\)\.toBe\((\d+)\)', rest))
            if len(got) == 3:
                expected = (got['year'], got['month'], got['day'])
        if expected is None:
            left_out['no expected start date'] = left_out.get('no expected start date', 0) + 1
            continue
        reference = (r[0], r[1] + 1, r[2]) if r else None
        if expected[0] < 1:
            left_out['a year before 1 AD (not a DateOnly)'] = left_out.get('a year before 1 AD (not a DateOnly)', 0) + 1
            continue
        if expected == reference and re.search(r'get\("(hour|minute)"\)|new Date\([^)]*,[^)]*,[^)]*,', rest):
            left_out['time of day on the reference day'] = left_out.get('time of day on the reference day', 0) + 1
            continue
        chrono_text = re.search(r'expect\(result\.text\)\.toBe\(\s*(?:' + STRING + r')\s*\)', rest)
        cases.append({
            "file": name, "line": line, "text": text,
            "reference": "%04d-%02d-%02d" % reference if reference else None, "expected": "%04d-%02d-%02d" % expected,
            "chronoText": unescape(next(g for g in chrono_text.groups() if g is not None)) if chrono_text else None,
        })

with open('en-date-cases.jsonl', 'w', encoding='utf-8') as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + '\n')
print(f"{len(cases)} cases kept; left out: {left_out}", file=sys.stderr)

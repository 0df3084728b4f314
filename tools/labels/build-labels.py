#!/usr/bin/env python3
"""Builds corpus/labels/sections.jsonl and documents.jsonl from the pipeline's own dumps plus the hand annotation.

    dotnet build Extractor.sln
    X=src/Extractor.Cli/bin/Debug/net10.0/Extractor.Cli.dll
    dotnet $X sections seeds/*.txt /work/shared/pdfs/es/*.pdf > /tmp/sections-dump.jsonl
    dotnet $X sections --documents seeds/*.txt /work/shared/pdfs/es/*.pdf > /tmp/documents-dump.jsonl
    python3 tools/labels/build-labels.py /tmp/sections-dump.jsonl /tmp/documents-dump.jsonl

To change labels or synthetic documents without sectioning the sources again (the real sections stay exactly as
committed), rebuild from the current files instead of fresh dumps:

    python3 tools/labels/build-labels.py --from-labels

Labels come from corpus/labels/annotations.txt (per document: kind, default section label, exceptions by section
index); synthetic training-only documents are built from corpus/labels/synthetic.txt.
Output is deterministic (same inputs, same bytes)."""
import json, sys, os

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
labels_dir = os.path.join(root, 'corpus', 'labels')

def current_rows(name, drop):
    """The real rows of a committed labels file, without the fields this script adds: the dump they were built from."""
    with open(os.path.join(labels_dir, name), encoding='utf-8') as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [json.dumps({k: v for k, v in r.items() if k not in drop}, ensure_ascii=False) for r in rows if not r.get('synthetic')]

if sys.argv[1:] == ['--from-labels']:
    sections_dump = current_rows('sections.jsonl', {'label'})
    documents_dump = current_rows('documents.jsonl', {'label'})
else:
    sections_dump = open(sys.argv[1], encoding='utf-8').read().splitlines()
    documents_dump = open(sys.argv[2], encoding='utf-8').read().splitlines()

annotation = {}
for line in open(os.path.join(labels_dir, 'annotations.txt'), encoding='utf-8'):
    line = line.strip()
    if not line or line.startswith('#'): continue
    doc, kind, default, *exceptions = line.split()
    per_index = {}
    for e in exceptions:
        span, label = e.split('=')
        first, _, last = span.partition('-')
        for i in range(int(first), int(last or first) + 1): per_index[i] = label
    annotation[doc] = (kind, default, per_index)

def dump(row): return json.dumps(row, ensure_ascii=False, separators=(', ', ': '))

out = []
seen = set()
for line in sections_dump:
    r = json.loads(line)
    kind, default, per_index = annotation[r['doc']]
    seen.add(r['doc'])
    out.append(dump({'doc': r['doc'], 'index': r['index'], 'count': r['count'], 'pages': r['pages'], 'position': r['position'],
                     'title': r['title'], 'level': r['level'], 'text': r['text'], 'label': per_index.get(r['index'], default)}))
missing = set(annotation) - seen
if missing: sys.exit(f'annotated but not dumped: {sorted(missing)}')
SOURCE = 'written by the annotator for training only (corpus/labels/synthetic.txt); not from any real document'

def synthetic_rows(path):
    docs, doc = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('#') and doc is None: continue
        if line.startswith('=== '):
            name, pages = line[4:].split()
            doc = {'doc': name, 'pages': int(pages.split('=')[1]), 'sections': []}
            docs.append(doc)
        elif line.startswith('--- '):
            label, level, *title = line[4:].split(' ', 2)
            doc['sections'].append({'label': label, 'level': int(level), 'title': title[0] if title else '', 'body': []})
        elif line.strip():
            doc['sections'][-1]['body'].append(line)
    for d in docs:
        texts = ['\n'.join(([s['title']] if s['title'] else []) + s['body']) + '\n' for s in d['sections']]
        total, start = sum(len(t) for t in texts), 0
        for i, (s, text) in enumerate(zip(d['sections'], texts)):
            yield {'doc': d['doc'], 'index': i, 'count': len(texts), 'pages': d['pages'], 'position': round(start / total, 4),
                   'title': s['title'], 'level': s['level'], 'text': text, 'label': s['label'], 'synthetic': True, 'source': SOURCE}
            start += len(text)

synthetic = os.path.join(labels_dir, 'synthetic.txt')
if os.path.exists(synthetic):
    for row in synthetic_rows(synthetic): out.append(dump(row))
with open(os.path.join(labels_dir, 'sections.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
    f.write('\n'.join(out) + '\n')

docs = []
for line in documents_dump:
    r = json.loads(line)
    r['label'] = annotation[r['doc']][0]
    docs.append(dump(r))
with open(os.path.join(labels_dir, 'documents.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
    f.write('\n'.join(docs) + '\n')
print(f'{len(out)} sections, {len(docs)} documents')

#!/usr/bin/env python3
"""Converts blind new-user trials into testdata/speakers/trials rows, unread.

Each trial folder holds xNN.txt articles and xNN.gold.txt lists ("first words | speaker", one
attribution a line). The articles are copied to OUTDIR as trial-xNN.txt and the rows written to
OUTDIR/new-rows.tsv (part "report"); only counts are printed, so that the rows stay unread.
The rules are docs/SPEAKER-ANNOTATION.md's: the content is the longest prefix (three words or
more) of the listed words found once in the article; a speaker in small letters or opening with
"A"/"An" (or "The" before a small word) is unnamed, written "~" and its head word (the last word
before "for", "of", "who" and the like); titles, notes in brackets and nicknames in quotation
marks are left out of names, and so is a description a comma sets after a name ("Lemayian, a
herder from ..."). Rewritten in the twenty-first session (the earlier script was lost with the
scratch space); it converted trials S and T, and in the twenty-second U, V and W (the cut after a
comma came after them: it changes none of their rows). In the twenty-third session, converting X, Y
and Z, 32 listed attributions had no prefix of three words in their article (the first word or
two written otherwise); when no prefix is found, the content is now the longest run of listed
words found once from the earliest word that opens one (it changes no row that a prefix finds).
From the sixty-seventh session's end a participle before a word that cuts the head ("a report
presented to", "a council diplomat speaking on condition of anonymity", "documents obtained by")
ends the head there: ~report, ~diplomat, ~documents. Of the rows converted before, 52 were
given the noun before the participle by a separate script that found exactly one such noun in
their article near the content; 19 others keep the head word they were given (~presented,
~speaking, ~obtained). docs/SPEAKER-ANNOTATION.md tells how. From the sixty-ninth session a
participle before a time ends the head too ("a memo released last week" is ~memo, not ~week),
and a title that opens an office stays ("Governor of Svalbard", not "of Svalbard"); the four
rows the older script had made so were repaired by script.

usage: python3 docs/trial-convert.py core/src/main/resources/org/quotekit/resolve/speakers-en.txt
       OUTDIR LETTER SRCDIR [LETTER SRCDIR ...]
"""
import re, sys, os, shutil
if len(sys.argv) < 5 or len(sys.argv) % 2 == 0:
    sys.exit(__doc__)
lex, out = sys.argv[1], sys.argv[2]
pairs = list(zip(sys.argv[3::2], sys.argv[4::2]))
titles = set()
for line in open(lex, encoding='utf-8'):
    f = line.split()
    if len(f) >= 2 and f[0] in ('title', 'honorific', 'rank'):
        titles.add(f[1].lower().rstrip('.').replace('_', ' '))
CUT = {'for', 'of', 'who', 'whose', 'which', 'that', 'at', 'in', 'with', 'from', 'on', 'to',
       'by', 'near', 'about', 'after', 'and', 'named', 'quoted', 'representing', 'inside',
       'outside', 'close', 'familiar'}
DETS = {'a', 'an', 'the', 'one', 'another', 'some', 'two', 'three', 'several', 'many'}
# a time after a participle ends the head too: "a study released Monday", "a memo released last
# week", "a lawsuit filed last month"
WHEN = {'last', 'this', 'earlier', 'early', 'late', 'on', 'yesterday', 'today', 'monday',
        'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'}
def speaker(raw):
    s = re.sub(r'\([^)]*\)', ' ', raw)
    s = re.sub(r'["\u201c][^"\u201d]*["\u201d]', ' ', s)
    s = re.sub(r'\s+', ' ', s).strip().strip('.;')
    if not s or s.lower() in ('?', 'unknown', 'none', 'no speaker', 'n/a'):
        return None
    words = s.split(' ')
    first = words[0]
    unnamed = first[0].islower() and not (first.lower() in ('the',) and len(words) > 1
                                          and words[1][:1].isupper())
    if first in ('A', 'An') or (first in ('The', 'the', 'One', 'Two', 'Some', 'Several')
                                and len(words) > 1 and words[1][:1].islower()):
        unnamed = True
    if unnamed:
        head = []
        for k, w in enumerate(words):
            lw = w.lower().strip(',;:')
            after = words[k + 1].lower() if k + 1 < len(words) else ''
            if any(h not in DETS for h in head) and re.search(r'(?:ed|ing|en)$', lw) \
                    and (after in CUT or after in WHEN):
                break  # a participle before its phrase: "a report presented to", "a diplomat
                # speaking on condition of anonymity", "documents obtained by"
            if head and (lw in CUT or w.startswith(',')):
                # "close to", "familiar with" keep their adjective as the head
                if lw in ('close', 'familiar'):
                    head.append(lw)
                break
            head.append(lw)
            if w.endswith(','):
                break
        head = [h for h in head if h not in DETS] or head
        return '~' + head[-1].strip(',;:')
    # "Lemayian, a herder from ...", "Euis, a mother in ...": the name before the description
    cut = re.match(r"([^,]+), (?:a|an|the|who|which|one|\w+'s)\b", s)
    if cut and not unnamed:
        words = cut.group(1).split(' ')
    # a title before a name goes, not one that opens an office ("Governor of Svalbard")
    while len(words) > 2 and words[1][:1].isupper():
        two = (words[0] + ' ' + words[1]).lower().rstrip('.')
        if two in titles and words[2][:1].isupper():
            words = words[2:]
        elif words[0].lower().rstrip('.') in titles:
            words = words[1:]
        else:
            break
    return ' '.join(words)
rows, dropped, listed = [], 0, 0
for letter, src in pairs:
    L = letter.lower()
    for n in range(1, 13):
        base = '%s%02d' % (L, n)
        txt = os.path.join(src, base + '.txt')
        gold = os.path.join(src, base + '.gold.txt')
        if not os.path.exists(txt) or not os.path.exists(gold):
            continue
        text = open(txt, encoding='utf-8').read()
        art = 'trial-%s%02d' % (L, n)
        shutil.copy(txt, os.path.join(out, art + '.txt'))
        for line in open(gold, encoding='utf-8'):
            if '|' not in line or not line.strip():
                continue
            listed += 1
            content, who = line.rsplit('|', 1)
            ws = content.split()
            name = speaker(who.strip())
            found = None
            # the longest prefix found once; failing that (a first word or two the article
            # writes otherwise), the longest run from the earliest word that opens one
            for i in range(0, len(ws) - 2):
                for k in range(len(ws), i + 2, -1):
                    p = ' '.join(ws[i:k]).strip('"\u201c\u201d\'\u2018\u2019')
                    if i > 0:
                        p = p.strip(',')
                    if text.count(p) == 1:
                        found = p
                        break
                if found is not None:
                    break
            if found is None or name is None or '\t' in found:
                dropped += 1
                continue
            rows.append('\t'.join([art, 'report', found, 'written', name]))
open(os.path.join(out, 'new-rows.tsv'), 'w', encoding='utf-8').write('\n'.join(rows) + '\n')
print('listed', listed, 'rows', len(rows), 'dropped', dropped)

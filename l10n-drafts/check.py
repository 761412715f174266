#!/usr/bin/env python3
"""Checks a translated locale folder against locales/en (scaffolding for translators).
usage: python3 /tmp/l10n/check.py <tag>     (checks /tmp/l10n/<tag>/ against /work/main/locales/en/)"""
import sys, os
from fluent.syntax import FluentParser, ast, visitor

CLDR = {  # cardinal plural categories (CLDR 46)
 'pt': {'one','many','other'}, 'ro': {'one','few','other'}, 'sq': {'one','other'},
 'uk': {'one','few','many','other'}, 'ru': {'one','few','many','other'}, 'vi': {'other'},
 'tl': {'one','other'}, 'zh-Hans': {'other'}, 'ne': {'one','other'}, 'bn': {'one','other'},
 'am': {'one','other'}, 'ti': {'one','other'}, 'fa': {'one','other'},
}
import pathlib
EN = str(pathlib.Path(__file__).resolve().parent.parent / 'locales' / 'en')
tag = sys.argv[1]
DIR = sys.argv[2] if len(sys.argv) > 2 else str(pathlib.Path(__file__).resolve().parent / tag)
parser = FluentParser(with_spans=False)

class Vars(visitor.Visitor):
    def __init__(self): super().__init__(); self.vars=set(); self.keys=[]
    def visit_VariableReference(self, n): self.vars.add(n.id.name)
    def visit_SelectExpression(self, n):
        sel = n.selector
        keys = [(v.key.name if isinstance(v.key, ast.Identifier) else v.key.value) for v in n.variants]
        self.keys.append((type(sel).__name__, getattr(getattr(sel,'id',None),'name',None), keys, [v.default for v in n.variants]))
        self.generic_visit(n)

def load(path):
    res = parser.parse(open(path, encoding='utf-8').read())
    msgs, junk = {}, []
    for e in res.body:
        if isinstance(e, ast.Junk): junk.append(e.content[:120])
        elif isinstance(e, (ast.Message, ast.Term)):
            v = Vars(); v.visit(e)
            msgs[('-' if isinstance(e, ast.Term) else '') + e.id.name] = v
    return msgs, junk

problems = []
for f in sorted(os.listdir(EN)):
    if not f.endswith('.ftl'): continue
    p = os.path.join(DIR, f)
    if not os.path.exists(p): problems.append(f'{f}: missing file'); continue
    src = open(p, encoding='utf-8').read()
    head = '\n'.join(src.splitlines()[:5])
    if '# translation:' not in head or '# reviewed-by-native-speaker:' not in head:
        problems.append(f'{f}: header lines "# translation:" and "# reviewed-by-native-speaker:" missing in first 5 lines')
    en, _ = load(os.path.join(EN, f)); tr, junk = load(p)
    for j in junk: problems.append(f'{f}: does not parse: {j!r}')
    for k in en:
        if k not in tr: problems.append(f'{f}: message {k} missing')
        elif en[k].vars != tr[k].vars: problems.append(f'{f}: {k} variables {sorted(tr[k].vars)} != English {sorted(en[k].vars)}')
    for k in tr:
        if k not in en: problems.append(f'{f}: message {k} is not in English')
    for k, v in tr.items():
        for (kind, name, keys, defaults) in v.keys:
            if sum(defaults) != 1: problems.append(f'{f}: {k}: a select needs exactly one *default')
            en_sel = [s for s in (en.get(k).keys if k in en else []) if s[1] == name]
            plural = en_sel and any(x in ('one','other','few','many','two','zero') for x in en_sel[0][2]) and not any(x for x in en_sel[0][2] if x not in ('one','other','few','many','two','zero') and not str(x).isdigit())
            if plural and tag in CLDR:
                bad = [x for x in keys if not str(x).isdigit() and x not in CLDR[tag]]
                if bad: problems.append(f'{f}: {k}: plural keys {bad} are not CLDR categories of {tag} {sorted(CLDR[tag])}')
                if 'other' not in keys: problems.append(f'{f}: {k}: plural select needs an [other] variant')
            elif en_sel and not plural:
                extra = [x for x in keys if x not in en_sel[0][2] and not (len(str(x)) == 2 and str(x).isupper())]
                if extra: problems.append(f'{f}: {k}: select keys {extra} are not among English {en_sel[0][2]} (country codes may be added)')
print('\n'.join(problems) if problems else f'{tag}: OK')
sys.exit(1 if problems else 0)

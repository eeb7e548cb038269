# Rewrites each rule unit's README.md from its DRL and its own front matter: the title (kept from the front matter),
# the clause in each edition (from the engine's clause texts) and one row per variant (editions, strength, basis, seed
# lines). Run after changing a unit's variants: python3 tools/unit-docs.py. UnitDocsTest checks the docs are current.
import glob, os, re, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
UNITS = ROOT / 'rules/src/main/resources/org/demarc/rules/units'
TEXTS = ROOT / 'rules-engine/src/main/resources/org/demarc/engine/i18n'
EDITIONS = re.findall(r'^\s*(E\d{4}_V\d+)\(', (ROOT / 'contract-models/src/main/java/org/demarc/model/Edition.java').read_text(), re.M)

def props(p):
    d = {}
    for line in p.read_text(encoding='utf-8').split('\n'):
        if line and not line.startswith('#') and '=' in line:
            k, v = line.split('=', 1)
            d[k] = v
    return d

en, ja = props(TEXTS / 'texts.properties'), props(TEXTS / 'texts_ja.properties')

def doc(unit_dir):
    front = {}
    text = (unit_dir / 'README.md').read_text(encoding='utf-8').split('\n')
    if text[0] == '---':
        for line in text[1:text.index('---', 1)]:
            k, v = line.split(': ', 1)
            front[k] = v
    drl = (unit_dir / (unit_dir.name + '.drl')).read_text(encoding='utf-8')
    rows, sections = [], []
    for block in re.findall(r'(rule "[^"]+".*?\nwhen)', drl, re.S):
        name = re.search(r'rule "([^"]+)"', block).group(1)
        get = lambda k: (re.search(r'@' + k + r'\("([^"]+)"\)', block) or [None, None])[1]
        until = get('until')
        rows.append('| %s | %s | %s | %s | %s |' % (name, get('since') + ('–' + until if until else ' onwards'),
                                                   get('strength'), get('basis'), get('seed')))
        if get('section') not in sections:
            sections.append(get('section'))
    rid = front['id']
    out = ['---', 'id: ' + rid, 'title_ja: ' + front['title_ja'], 'title_en: ' + front['title_en'], '---', '',
           '# %s — %s' % (rid, front['title_en']), '', '**%s**' % front['title_ja'], '', 'Clause:', '']
    for sec in sections:
        for ed in EDITIONS:
            k = 'clause.%s.%s' % (sec, ed)
            if k in en:
                out.append('- %s: %s / %s' % (ed, en[k], ja[k]))
    out += ['', '| variant | editions | strength | basis | seed lines |', '|---|---|---|---|---|'] + rows
    out += ['', 'Cases: `cases.yaml` (each runs against this unit alone and in the full rule base).', '']
    return '\n'.join(out)

if __name__ == '__main__':
    for d in sorted(UNITS.iterdir()):
        if d.is_dir():
            (d / 'README.md').write_text(doc(d), encoding='utf-8')
    print('docs', len([d for d in UNITS.iterdir() if d.is_dir()]))

import json, random, sys, glob
sys.path.insert(0,'/work/main/tools')
from corpus_split import split
RAW='/work/shared/raw'
arts=[json.loads(l) for l in open(RAW+'/kremlin-ua/articles.jsonl')]
used=set()
for p in glob.glob('/work/annot/batches/*.txt'):
    for l in open(p):
        if l.startswith('=== DOCUMENT'): used.add(l.split()[2])
rng=random.Random(4242)
cand=[a for a in arts if a['id'] not in used and 300<=len(a['text'])<=5000]
rng.shuffle(cand)
sel=[];n=0
for a in cand:
    ss=split(a['text'])
    if len(ss)>30: continue
    sel.append((a,ss)); n+=len(ss)
    if len(sel)>=44: break
print(len(sel), n)
half=len(sel)//2
for bi,part in enumerate([sel[:half], sel[half:]]):
    with open('/work/annot/batches/g%d.txt'%(bi+1),'w') as f:
        for a,ss in part:
            f.write('\n=== DOCUMENT %s | %s | article | %s\n'%(a['id'],a['date'],a['title']))
            for j,(s,e,tag) in enumerate(ss):
                t=('[speaker tag: %s] '%tag) if tag else ''
                f.write('kua-%s-s%03d\t%s%s\n'%(a['id'],j+1,t,a['text'][s:e]))
    print('g%d'%(bi+1), sum(len(ss) for a,ss in part))

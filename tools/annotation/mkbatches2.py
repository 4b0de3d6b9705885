import json, re, random, sys
sys.path.insert(0,'/work/main/tools')
from corpus_split import split
RAW='/work/shared/raw'
arts=[json.loads(l) for l in open(RAW+'/kremlin-ua/articles.jsonl')]
sps=[json.loads(l) for l in open(RAW+'/kremlin-ua/speeches.jsonl')]
done=set(l.split('\t')[0].rsplit('-s',1)[0][4:] for f in ['k1','k2','k3','k4','k5'] for l in open('/work/annot/out/%s.tsv'%f))
print(len(done))
# documents that talk about offers, readiness and negotiation (selection only; every sentence gets labelled)
KW=re.compile(r'(?i)\b(ready to|willing|readiness|willingness|offer|propos|compromise|negotiat|ceasefire|corridor|prisoner|exchange|de-escalat|dialogue)')
rng=random.Random(20261129)
cand=[a for a in arts+sps if a['id'] not in done and 400<=len(a['text'])<=8000 and len(KW.findall(a['text']))>=2]
rng.shuffle(cand)
sel=[];n=0
for a in cand:
    ss=split(a['text'])
    if len(ss)>55: continue
    sel.append((a,ss)); n+=len(ss)
    if n>=1250: break
print('docs',len(sel),'sents',n)
N=4; per=n/N; out=[[] for _ in range(N)]; b=0; cur=0
for a,ss in sel:
    if cur>=per*(b+1) and b<N-1: b+=1
    out[b].append((a,ss)); cur+=len(ss)
for i,ds in enumerate(out):
    k=0
    with open('/work/annot/batches/k%d.txt'%(i+6),'w') as f:
        for a,ss in ds:
            kind='speech' if a in sps else 'article'
            f.write('\n=== DOCUMENT %s | %s | %s | %s\n'%(a['id'],a['date'],kind,a['title']))
            for j,(s,e,tag) in enumerate(ss):
                t=('[speaker tag: %s] '%tag) if tag else ''
                f.write('kua-%s-s%03d\t%s%s\n'%(a['id'],j+1,t,a['text'][s:e])); k+=1
    print('k%d'%(i+6),len(ds),k)

import json, re, random, sys, glob
sys.path.insert(0,'/work/main/tools')
from corpus_split import split
RAW='/work/shared/raw'
arts=[json.loads(l) for l in open(RAW+'/kremlin-ua/articles.jsonl')]
sps=[json.loads(l) for l in open(RAW+'/kremlin-ua/speeches.jsonl')]
done=set()
for p in glob.glob('/work/annot/batches/k*.txt'):
    for l in open(p):
        if l.startswith('=== DOCUMENT'): done.add(l.split()[2])
print(len(done))
# selection of documents by density of openness vocabulary; every sentence of a chosen document is labelled
KW=re.compile(r'(?i)\b(ready to|readiness|willing|willingness|open to|compromise|offer(ed|s)?|propos(e|ed|al)|exchange of prisoners|prisoner exchange|humanitarian corridor|ceasefire|withdraw|lift(ed)? (the )?sanctions|concession)')
cand=[]
for a in arts+sps:
    if a['id'] in done or not (400<=len(a['text'])<=9000): continue
    ss=split(a['text'])
    if len(ss)>60: continue
    k=len(KW.findall(a['text']))
    if k>=3: cand.append((k/len(ss),a,ss))
cand.sort(key=lambda x:(-x[0],x[1]['id']))
sel=[];n=0
for d,a,ss in cand:
    sel.append((a,ss)); n+=len(ss)
    if n>=600: break
print('docs',len(sel),'sents',n, 'candidates', len(cand))
N=2; per=n/N; out=[[] for _ in range(N)]; b=0; cur=0
for a,ss in sel:
    if cur>=per*(b+1) and b<N-1: b+=1
    out[b].append((a,ss)); cur+=len(ss)
for i,ds in enumerate(out):
    k=0
    with open('/work/annot/batches/k%d.txt'%(i+10),'w') as f:
        for a,ss in ds:
            kind='speech' if a in sps else 'article'
            f.write('\n=== DOCUMENT %s | %s | %s | %s\n'%(a['id'],a['date'],kind,a['title']))
            for j,(s,e,tag) in enumerate(ss):
                t=('[speaker tag: %s] '%tag) if tag else ''
                f.write('kua-%s-s%03d\t%s%s\n'%(a['id'],j+1,t,a['text'][s:e])); k+=1
    print('k%d'%(i+10),len(ds),k)

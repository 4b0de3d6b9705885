import json, re, random, csv, sys
sys.path.insert(0,'/work/main/tools')
from corpus_split import split  # was prep.py, the same function
RAW='/work/shared/raw'
arts=[json.loads(l) for l in open(RAW+'/kremlin-ua/articles.jsonl')]
sps=[json.loads(l) for l in open(RAW+'/kremlin-ua/speeches.jsonl')]
KW=re.compile(r'(?i)telephone|phone|talks|conversation|meeting with (the )?(president|prime|chancellor|head|secretary|foreign)|statement|discuss|negotiat|met with|visit|summit|joint|agreed|call')
rng=random.Random(20261128)
cand=[a for a in arts if KW.search(a['title']) and 400<=len(a['text'])<=9000]
rng.shuffle(cand)
sel=[];n=0
for a in cand:
    ss=split(a['text'])
    if len(ss)>60: continue
    sel.append((a,ss)); n+=len(ss)
    if n>=2100: break
spc=[a for a in sps if len(a['text'])<=7000]
rng.shuffle(spc)
m=0
for a in spc:
    ss=split(a['text']); sel.append((a,ss)); m+=len(ss)
    if m>=320: break
print('docs',len(sel),'articles sents',n,'speech sents',m, file=sys.stderr)
rows=[]
for a,ss in sel:
    for i,(s,e,tag) in enumerate(ss):
        rows.append(dict(sid='kua-%s-s%03d'%(a['id'],i+1),doc=a['id'],source='%s:%d-%d'%(a['id'],s,e),tag=tag,text=a['text'][s:e],title=a['title'],date=a['date'],kind='speech' if a in sps else 'article'))
json.dump(rows,open('/work/annot/kua_sentences.json','w'),ensure_ascii=False)
# batches of whole docs, ~5 equal
docs=[]
for a,ss in sel: docs.append((a['id'],[r for r in rows if r['doc']==a['id']]))
N=5; tot=len(rows); per=tot/N; b=0; cur=0; out=[[] for _ in range(N)]
for d,rs in docs:
    if cur>=per*(b+1) and b<N-1: b+=1
    out[b].append((d,rs)); cur+=len(rs)
for i,ds in enumerate(out):
    with open('/work/annot/batches/k%d.txt'%(i+1),'w') as f:
        k=0
        for d,rs in ds:
            f.write('\n=== DOCUMENT %s | %s | %s | %s\n'%(d,rs[0]['date'],rs[0]['kind'],rs[0]['title']))
            for r in rs:
                t=('[speaker tag: %s] '%r['tag']) if r['tag'] else ''
                f.write('%s\t%s%s\n'%(r['sid'],t,r['text'])); k+=1
    print('k%d'%(i+1),len(ds),'docs',k,'sentences', file=sys.stderr)
# UN batches
un=list(csv.DictReader(open(RAW+'/unscon/sentences.tsv'),delimiter='\t',quoting=csv.QUOTE_NONE))
urows=[]
for i,r in enumerate(un):
    urows.append(dict(sid='unsc-%04d'%(i+1),source=r['id'],actor=r['speaker'],text=r['text'],meeting=r['meeting'],speech=r['id'].rsplit(':',1)[0]))
json.dump(urows,open('/work/annot/un_sentences.json','w'),ensure_ascii=False)
N=3; per=len(urows)/N; out=[[] for _ in range(N)]; b=0
for i,r in enumerate(urows):
    if i>=per*(b+1) and b<N-1 and r['speech']!=urows[i-1]['speech']: b+=1
    out[b].append(r)
for i,rs in enumerate(out):
    with open('/work/annot/batches/u%d.txt'%(i+1),'w') as f:
        prev=None
        for r in rs:
            if r['speech']!=prev:
                f.write('\n=== SPEECH %s | meeting %s | delegation: %s\n'%(r['speech'],r['meeting'],r['actor'])); prev=r['speech']
            f.write('%s\t%s\n'%(r['sid'],r['text']))
    print('u%d'%(i+1),len(rs), file=sys.stderr)

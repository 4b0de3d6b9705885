import json, random, re
rng=random.Random(7)
def parse(path):
    docs=[]; cur=None
    for line in open(path):
        line=line.rstrip('\n')
        if line.startswith('=== '):
            cur=[line,[]]; docs.append(cur)
        elif line.strip():
            cur[1].append(line)
    return docs
def pick(paths, target, out):
    docs=[d for p in paths for d in parse(p)]
    rng.shuffle(docs); n=0; sel=[]
    for d in docs:
        if len(d[1])>70: continue
        sel.append(d); n+=len(d[1])
        if n>=target: break
    with open(out,'w') as f:
        for h,ls in sel:
            f.write('\n'+h+'\n'); f.write('\n'.join(ls)+'\n')
    print(out,len(sel),n)
pick(['batches/u1.txt','batches/u2.txt','batches/u3.txt'],210,'batches/d-un.txt')
pick(['batches/k%d.txt'%i for i in range(1,6)],210,'batches/d-kua.txt')
# plover
rows=[json.loads(l) for l in open('/work/shared/raw/plover-gsr/sentences.jsonl')]
with open('batches/plover.txt','w') as f:
    f.write('\n=== DOCUMENT PLOVER example sentences (each line is an independent news sentence; no shared context)\n')
    for r in rows: f.write('%s\t%s\n'%(r['id'],r['text'].replace('\t',' ').replace('\n',' ')))
print(len(rows))

# Prepare annotation batches: split kremlin-ua records into sentences with
# code-point offsets, and group UN sentences by speech. Output: sentence
# tables (sid, source, text) and batch files for annotators.
import json, re, sys, random
RAW='/work/shared/raw'
ABBR=set('Mr Mrs Ms Dr St Gen Col Lt Sgt Prof Jr Sr No Nos vs etc Inc Ltd Co Corp Gov Sen Rep Rev Capt Maj Adm Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec U.S U.K U.N E.U'.split())
TAG=re.compile(r"((?:[A-Z][^\s:]*|of|the|and|for|on|de|von|van|der)(?:[ \u00a0]+(?:[A-Z][^\s:]*|of|the|and|for|on|de|von|van|der|at)){0,14}):[ \u00a0]+")
def split(text):
    """yield (start,end) code-point spans of sentences"""
    out=[]
    for pm in re.finditer(r'[^\n]+', text):
        p0=pm.start(); para=pm.group()
        i=0; start=0; n=len(para)
        while i<n:
            c=para[i]
            if c in '.!?' or (c=='…'):
                j=i+1
                while j<n and para[j] in '.!?…"”’\')»': j+=1
                # boundary if followed by space+Upper/quote/digit, or end
                k=j
                while k<n and para[k] in ' \u00a0\t': k+=1
                if k>=n:
                    break
                if k>j and (para[k].isupper() or para[k] in '"“«\'‘(' or para[k].isdigit()):
                    w=re.search(r'([A-Za-z.]+)\.$', para[start:i+1])
                    word=w.group(1) if w else ''
                    if c=='.' and (word.rstrip('.') in ABBR or re.fullmatch(r'[A-Z]', word) ):
                        i=j; continue
                    out.append((p0+start,p0+j)); start=k; i=k; continue
                i=j; continue
            i+=1
        s=para[start:].rstrip()
        if s.strip(): out.append((p0+start,p0+start+len(s)))
    # strip leading whitespace / speaker tags
    res=[]
    for a,b in out:
        seg=text[a:b]
        lead=len(seg)-len(seg.lstrip()); a+=lead; seg=seg.lstrip()
        tag=''
        m=TAG.match(seg)
        if m and len(m.group(1).split())<=15 and m.end()<len(seg):
            tag=m.group(1); a+=m.end(); seg=text[a:b]
        if len(seg.strip())<2: continue
        res.append((a,b,tag))
    return res
if __name__=='__main__':
    arts=[json.loads(l) for l in open(RAW+'/kremlin-ua/articles.jsonl')]
    sps=[json.loads(l) for l in open(RAW+'/kremlin-ua/speeches.jsonl')]
    for a in arts[:3]+sps[:1]:
        for s,e,t in split(a['text'])[:12]: print(a['id'],s,e,'['+t+']' if t else '',a['text'][s:e])

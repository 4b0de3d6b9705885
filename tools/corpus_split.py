"""The sentence splitter used to cut kremlin-ua records into the units
annotators labelled (corpus_build.py re-derives offsets with it). It is a
corpus-preparation tool, not the product's splitter (lib/sentence.c)."""
import re
ABBR=set('Mr Mrs Ms Dr St Gen Col Lt Sgt Prof Jr Sr No Nos vs etc Inc Ltd Co Corp Gov Sen Rep Rev Capt Maj Adm Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec U.S U.K U.N E.U'.split())
TAG=re.compile(r"((?:[A-Z][^\s:]*|of|the|and|for|on|de|von|van|der)(?:[ \u00a0]+(?:[A-Z][^\s:]*|of|the|and|for|on|de|von|van|der|at)){0,14}):[ \u00a0]+")
def split(text, transcripts=False):
    """yield (start,end) code-point spans of sentences. transcripts=True
    (the news corpus) also knows upper-case abbreviations ("MR. KIRBY:")
    and the bare "Q" that opens a reporter's turn in White House
    transcripts; the kremlin-ua corpus was cut without them."""
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
                    if c=='.' and (word.rstrip('.') in ABBR or transcripts and word.rstrip('.').title() in ABBR or re.fullmatch(r'[A-Z]', word) ):
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
        elif transcripts and re.match(r'Q[ \u00a0]+[A-Z]', seg):
            # White House transcripts mark a reporter's turn with a bare "Q"
            tag='Q'; a+=len(re.match(r'Q[ \u00a0]+', seg).group()); seg=text[a:b]
        if len(seg.strip())<2: continue
        res.append((a,b,tag))
    return res

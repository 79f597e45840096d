"""Check observed-corpus gold files: JSON parses, required keys, ISO dates, bounds per relation, every text in document order.
Plain python + json; reads only the passages and their gold (never xuncha). Usage: python _validate_gold.py [files...]"""
import json,sys,re,glob,os
ISO=re.compile(r'^\d{4}-\d{2}-\d{2}$')
def check(txt):
    gold=txt[:-4]+'.gold.json'
    raw=open(txt,encoding='utf-8').read()
    head,sep,body=raw.partition('\n---\n')
    errs=[]
    hl=dict(l.split(': ',1) for l in head.split('\n') if ': ' in l)
    for k in ['url','published','issuer','kind','traits']:
        if k not in hl: errs.append('header '+k)
    g=json.load(open(gold,encoding='utf-8'))
    for k in ['reference','quantities','periods','markers']:
        if k not in g: errs.append('key '+k)
    if g['reference'] is not None and not ISO.match(g['reference']): errs.append('ref')
    if hl.get('published')!='unknown' and hl.get('published')!=g['reference']: errs.append('ref!=published')
    for lst in ['quantities','periods','markers']:
        pos=0
        for it in g[lst]:
            i=body.find(it['text'],pos)
            if i<0: errs.append(f'{lst} not found in order: {it["text"]}'); continue
            pos=i+1
            if lst=='quantities':
                for k in ['value','unit','qualifier','upper']:
                    if k not in it: errs.append('q key '+k+' '+it['text'])
                if it.get('qualifier') not in (None,'more_than','nearly','about','at_least','at_most'): errs.append('qual '+it['text'])
                try: float(it['value'].replace('/','')) 
                except: errs.append('value '+it['text'])
            if lst=='periods':
                if it['relation'] not in ('on','range','since','until','before','after'): errs.append('rel '+it['text'])
                for b in ('start','end'):
                    v=it.get(b)
                    if v is not None and not ISO.match(v): errs.append('iso '+it['text'])
                need={'on':('start','end'),'range':('start','end'),'since':('start',),'until':('end',),'before':('end',),'after':('start',)}[it['relation']]
                for b in need:
                    if not it.get(b): errs.append(f'missing {b} {it["text"]}')
                if it.get('start') and it.get('end') and it['start']>it['end']: errs.append('start>end '+it['text'])
            if lst=='markers':
                if it['level'] not in (1,2,3,4) or not isinstance(it['ordinal'],int): errs.append('marker '+it['text'])
    if 'facts' in g:
        f=g['facts']
        if hl.get('kind')!='notice': errs.append('facts on non-notice')
        for k in ['period_start','period_end','feedback_date']:
            if f.get(k) is not None and not ISO.match(f[k]): errs.append('fact iso '+k)
        if f.get('title') and f['title'] not in body.replace('\n',''): errs.append('title not in body')
    return errs
files=sys.argv[1:] or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'[0-9]*.txt')))
bad=0
for t in files:
    e=check(t)
    if e: bad+=1; print(os.path.basename(t),e)
print(len(files),'files',bad,'bad')

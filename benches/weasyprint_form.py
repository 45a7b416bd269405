"""The same progression form as pathways prints, as HTML rendered by
WeasyPrint, timed in-process: the comparison asked for in issue 4.

Usage: python3 weasyprint_form.py FORM.json RUNS
Prints the median and fastest time per PDF in milliseconds, as
`weasyprint median <ms> fastest <ms> bytes <n>`.
The HTML mirrors themes/default/print/lib.typ: A4 landscape, Noto fonts,
header with QR code, fill-in fields, the criteria table with a box per
level and measurement, own goal and three signature lines.
"""
import html
import json
import statistics
import sys
import time

from weasyprint import HTML


def both(b, tr_lang, tr_dir):
    text = html.escape(b["base"])
    if b.get("tr"):
        text += f' | <span lang="{tr_lang}" dir="{tr_dir}">{html.escape(b["tr"])}</span>'
    return text


def form_html(d):
    tl, td = d["tr_lang"], d["tr_dir"]
    b = lambda x: both(x, tl, td)
    label = lambda k: b(d["labels"][k])
    levels = len(d["scale"])
    m = len(d["measurements"])
    bilingual = tl is not None
    rows = []
    head1 = f'<th rowspan="2">{html.escape(d["labels"]["print-competence"]["base"])}</th>'
    if bilingual:
        head1 += f'<th rowspan="2" lang="{tl}" dir="{td}">{html.escape(d["labels"]["print-competence"].get("tr", d["labels"]["print-competence"]["base"]))}</th>'
    head1 += f'<th rowspan="2">{label("print-target")}</th>'
    head1 += "".join(f'<th colspan="{levels}">{b(x)}</th>' for x in d["measurements"])
    head1 += f'<th rowspan="2">{label("print-comments")}</th>'
    head2 = "".join(f'<th>{s["level"]}</th>' for _ in range(m) for s in d["scale"])
    ncols = (2 if bilingual else 1) + 1 + m * levels + 1
    for tool in d["tools"]:
        rows.append(f'<tr><td class="tool" colspan="{ncols}">{b(tool["name"])}</td></tr>')
        for c in tool["criteria"]:
            cells = f'<td>{html.escape(c["text"]["base"])}</td>'
            if bilingual:
                cells += f'<td lang="{tl}" dir="{td}">{html.escape(c["text"].get("tr", ""))}</td>'
            cells += f'<td class="c"><b>{c["target"]}</b></td>'
            for _ in range(m):
                for s in d["scale"]:
                    cls = "tick target" if s["level"] == c["target"] else "tick"
                    cells += f'<td class="c"><span class="{cls}"></span></td>'
            cells += "<td></td>"
            rows.append(f"<tr>{cells}</tr>")
    fields = "".join(
        f'<div class="field">{label(k)}<div class="line"></div></div>'
        for k in ["print-citizen", "print-company", "print-period", "print-contact-person", "print-consultant"]
    )
    sigs = "".join(
        f'<div class="sig"><div class="line"></div><b>{label(k)}</b><br>{label("print-date-signature")}</div>'
        for k in ["print-signature-citizen", "print-signature-company", "print-signature-jobcentre"]
    )
    scale = " · ".join(f'<b>{s["level"]}</b> = {b(s["label"])}' for s in d["scale"])
    qr = d["qr"].replace('<?xml version="1.0" standalone="yes"?>', "")
    return f"""<!doctype html><html lang="{d['lang']}"><head><meta charset="utf-8">
<title>{html.escape(d['document_title'])}</title><style>
@page {{ size: A4 landscape; margin: 14mm 14mm 16mm; @bottom-right {{ content: counter(page) " / " counter(pages); font-size: 7.5pt; }} }}
body {{ font-family: "Noto Sans", "Noto Naskh Arabic"; font-size: 9.5pt; }}
.head {{ display: flex; justify-content: space-between; }} .qr svg {{ width: 22mm; height: 22mm; }}
.fields {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm 6mm; font-size: 8pt; }}
.line {{ border-bottom: 0.6pt solid black; height: 5.5mm; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ border: 0.5pt solid #777; padding: 4pt; }}
tr {{ break-inside: avoid; }} thead {{ display: table-header-group; }} td.c {{ text-align: center; }}
.tick {{ display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.5pt solid black; }}
.tick.target {{ border-width: 1.6pt; }} .tool {{ background: #e6e6e6; font-weight: bold; }}
.goal {{ border: 0.5pt solid #777; height: 16mm; padding: 4pt; margin-top: 2mm; }}
.sigs {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 8mm; margin-top: 9mm; font-size: 8pt; }}
</style></head><body>
<div class="head"><div><h1>{label('print-form-title')}</h1><b>{b(d['package'])}</b><br>{b(d['module'])}<br>{b(d['municipality'])}</div>
<div class="qr">{html.escape(d['url'])} {qr}</div></div>
<div class="fields">{fields}</div>
<p>{label('print-form-intro')}<br><b>{label('print-scale')}:</b> {scale}<br>{label('print-target-note')}</p>
<table><thead><tr>{head1}</tr><tr>{head2}</tr></thead><tbody>{''.join(rows)}</tbody></table>
<div class="goal"><b>{label('print-own-goal')}</b></div>
<p><b>{label('print-signatures')}</b></p><div class="sigs">{sigs}</div>
</body></html>"""


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    runs = int(sys.argv[2])
    page = form_html(data)
    HTML(string=page).write_pdf()  # warm-up: fonts, caches
    times, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        pdf = HTML(string=page).write_pdf()
        times.append((time.perf_counter() - start) * 1000)
        size = len(pdf)
    print(f"weasyprint median {statistics.median(times):.2f} fastest {min(times):.2f} bytes {size}")


if __name__ == "__main__":
    main()

// The report as HTML for preview in the client: the same layout as the DOCX, escaped throughout.
import {
  NATIONAL_MOTTO,
  NATIONAL_NAME,
  bodyLines,
  numberLine,
  placeAndDate,
  type ReportDocument,
} from './report-document.js';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderHtml(doc: ReportDocument): string {
  const body = doc.sections
    .map((s) => {
      const lines = bodyLines(s.body)
        .map((l) => `<p class="${l.kind}">${esc(l.text)}</p>`)
        .join('\n');
      return `<h2>${esc(s.heading)}</h2>\n${lines}`;
    })
    .join('\n');
  return `<article class="van-ban" lang="vi">
<style>
.van-ban{font-family:"Times New Roman",Times,serif;font-size:14pt;line-height:1.4;max-width:21cm;margin:auto;color:#000}
.van-ban table.header{width:100%;border-collapse:collapse;text-align:center}
.van-ban table.header td{vertical-align:top;padding:0;font-size:13pt}
.van-ban .body-name{font-weight:bold}
.van-ban .motto{font-weight:bold;font-size:14pt}
.van-ban .place-date{font-style:italic;font-size:14pt}
.van-ban h1{font-size:14pt;text-align:center;margin:1em 0 0}
.van-ban .subtitle{text-align:center;font-weight:bold;margin:0 0 1em}
.van-ban h2{font-size:14pt;margin:.8em 0 .3em}
.van-ban p{margin:.2em 0;text-align:justify;text-indent:1cm}
.van-ban p.bullet{text-indent:1cm}
.van-ban p.subBullet{text-indent:1.5cm}
.van-ban table.footer{width:100%;margin-top:1.5em;border-collapse:collapse}
.van-ban table.footer td{vertical-align:top;padding:0}
.van-ban .recipients{font-size:11pt}
.van-ban .recipients .label{font-weight:bold;font-style:italic;font-size:12pt}
.van-ban .signature{text-align:center;font-weight:bold}
.van-ban .signer-name{margin-top:4em}
</style>
<table class="header"><tr>
<td style="width:40%">${doc.parentBody ? `<div>${esc(doc.parentBody)}</div>` : ''}<div class="body-name">${esc(doc.issuingBody)}</div><hr style="width:30%">
<div>${esc(numberLine(doc))}</div></td>
<td><div class="body-name">${NATIONAL_NAME}</div><div class="motto">${NATIONAL_MOTTO}</div><hr style="width:50%">
<div class="place-date">${esc(placeAndDate(doc.place, doc.date))}</div></td>
</tr></table>
<h1>${esc(doc.title)}</h1>
<div class="subtitle">${esc(doc.subtitle)}</div>
${body}
<table class="footer"><tr>
<td class="recipients" style="width:50%"><div class="label">Nơi nhận:</div>${doc.recipients.map((r) => `<div>- ${esc(r)};</div>`).join('')}</td>
<td class="signature">${doc.signerTitle
    .split('\n')
    .map((l) => `<div>${esc(l)}</div>`)
    .join('')}<div class="signer-name">${esc(doc.signerName)}</div></td>
</tr></table>
</article>`;
}

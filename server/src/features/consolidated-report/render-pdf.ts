// Renders a DOCX to PDF with LibreOffice, to look at the layout:
//   pnpm --filter @tiendo/server render:pdf report.docx [out-dir]
// Exits 3 with a clear message when LibreOffice is not installed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The LibreOffice command on this machine, or null. */
export function findLibreOffice(): string | null {
  for (const cmd of ['libreoffice', 'soffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

/** Converts the file and returns the PDF's path. */
export function renderPdf(docx: string, outDir = path.dirname(docx)): string {
  const office = findLibreOffice();
  if (!office) throw new Error('LibreOffice (libreoffice or soffice) is not installed: no PDF rendered');
  const result = spawnSync(office, ['--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`LibreOffice failed: ${result.stderr || result.stdout}`);
  return path.join(outDir, `${path.basename(docx, path.extname(docx))}.pdf`);
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) {
  const [file, outDir] = process.argv.slice(2);
  if (!file) {
    console.error('Usage: render:pdf FILE.docx [OUT_DIR]');
    process.exit(2);
  }
  if (!findLibreOffice()) {
    console.error('LibreOffice (libreoffice or soffice) is not installed: no PDF rendered.');
    process.exit(3);
  }
  console.log(renderPdf(path.resolve(file), outDir ? path.resolve(outDir) : undefined));
}

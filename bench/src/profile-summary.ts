// Summarises a V8 .cpuprofile (node --cpu-prof): self time per function and per package, the
// heaviest first. Usage: node --import tsx bench/src/profile-summary.ts FILE [top]
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export function summarizeProfile(file: string, top = 25): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((s, x) => s + x, 0);
  const perFunction = new Map<string, number>();
  const perPackage = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url.replace(/^file:\/\//, '').replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    perFunction.set(key, (perFunction.get(key) ?? 0) + us);
    const pkg =
      /node_modules\/\.pnpm\/[^/]+\/node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      (url.includes('/src/') ? 'our code' : url ? 'node' : functionName);
    perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + us);
  }
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`,
      )
      .join('\n');
  return `total ${(total / 1000).toFixed(0)} ms\n\nby package:\n${fmt(perPackage)}\n\nby function (self time):\n${fmt(perFunction)}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  console.log(summarizeProfile(process.argv[2]!, Number(process.argv[3] ?? 30)));
}

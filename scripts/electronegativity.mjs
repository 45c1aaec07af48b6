// `npm run lint:electron`: Doyensec's electronegativity over the Electron shell's sources.
// Prints every finding, fails only on HIGH severity (and on a file it could not parse,
// since that file would otherwise pass unchecked). MEDIUM findings marked "review" are
// things a person has checked (see the comments at those lines), not open problems.
// To silence a false positive, put `// eng-disable CHECK_ID` on the line, saying why.
// Usage: node scripts/electronegativity.mjs [folder]   (default: src-main/electron)
import fs from 'node:fs';
import path from 'node:path';
import run from '@doyensec/electronegativity';

const root = path.resolve(import.meta.dirname, '..');
const input = path.resolve(root, process.argv[2] ?? 'src-main/electron');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

const result = await run({
  input,
  isRelative: true,
  // Without a package.json in the folder it cannot tell the version; ours is pinned by npm.
  electronVersionOverride: electronVersion,
  // That check downloads Electron's release list from GitHub; Electron updates come through
  // package.json, and the lint must work offline.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
});

for (const e of result.errors) console.error(`${e.tolerable ? 'warning' : 'error'}: could not parse ${e.file}: ${e.message}`);
const issues = [...result.issues].sort((a, b) => b.severity.value - a.severity.value);
for (const i of issues) {
  const review = i.manualReview ? ' (review)' : '';
  // Global checks (CSP, navigation limits, …) are about the whole app and have no file.
  const where = i.file === 'N/A' ? '(whole app)' : `${path.relative(root, path.join(input, i.file))}:${i.location.line}`;
  console.log(`${i.severity.name} ${i.confidence.name} ${i.id}${review}\n    ${where}  ${i.description}`);
}

const high = issues.filter((i) => i.severity.name === 'HIGH');
const unparsed = result.errors.filter((e) => !e.tolerable);
console.log(`\n${issues.length} finding(s), ${high.length} high; ${result.globalChecks + result.atomicChecks} checks over ${path.relative(root, input)}`);
if (high.length > 0 || unparsed.length > 0) process.exit(1);

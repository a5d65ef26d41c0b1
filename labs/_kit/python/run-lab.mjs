// Runs a Python lab in Node through Pyodide (CPython compiled to WebAssembly), so that no system
// Python is needed: runPythonLab(dir, 'start') runs the manifest's entry, runPythonLab(dir, 'test')
// runs the unittest suite in test/ and prints TAP (as node --test does), setting exit code 1 when a
// test fails. The lab depends on the pyodide package; harness.py is what runs inside Python.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const harness = readFileSync(new URL('./harness.py', import.meta.url), 'utf8');

/** The lab's Python files under src/ and test/, by lab-relative path. */
function pythonFiles(dir) {
  return ['src', 'test'].flatMap((folder) =>
    readdirSync(join(dir, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.py'))
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')),
  );
}

function tap(results) {
  const lines = ['TAP version 13'];
  results.forEach(({ name, passed, message }, index) => {
    lines.push(`${passed ? 'ok' : 'not ok'} ${index + 1} - ${name}`);
    if (!passed) lines.push('  ---', '  error: |-', ...String(message).split('\n').map((line) => `    ${line}`), '  ...');
  });
  const failed = results.filter((result) => !result.passed).length;
  lines.push(`1..${results.length}`, `# tests ${results.length}`, `# pass ${results.length - failed}`, `# fail ${failed}`);
  return `${lines.join('\n')}\n`;
}

export async function runPythonLab(dir, command) {
  if (command !== 'start' && command !== 'test') throw new Error(`runPythonLab: the command is "start" or "test", not ${JSON.stringify(command)}`);
  // Resolved from the lab, which depends on pyodide (the kit does not, so TypeScript labs never install it).
  const { loadPyodide } = await import(import.meta.resolve('pyodide', `file://${dir}/`));
  const pyodide = await loadPyodide();
  for (const [stream, out] of [['stdout', process.stdout], ['stderr', process.stderr]]) {
    const decoder = new TextDecoder();
    const write = (bytes) => (out.write(decoder.decode(bytes, { stream: true })), bytes.length);
    if (stream === 'stdout') pyodide.setStdout({ write });
    else pyodide.setStderr({ write });
  }
  for (const path of pythonFiles(dir)) {
    const target = `/lab/${path}`;
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    pyodide.FS.writeFile(target, readFileSync(join(dir, path), 'utf8'));
  }
  pyodide.runPython(harness);
  if (command === 'start') {
    const { entry } = JSON.parse(readFileSync(join(dir, 'lab.json'), 'utf8'));
    // Run as a coroutine, so that asyncio.run() inside the lab can wait (Pyodide switches stacks for it).
    process.exitCode = Number(await pyodide.runPythonAsync(`_run(${JSON.stringify(`/lab/${entry}`)})`));
    return;
  }
  const results = [];
  pyodide.globals.set('report', (name, passed, message) => results.push({ name, passed, message }));
  await pyodide.runPythonAsync('_run_tests(report)');
  process.stdout.write(tap(results));
  if (results.length === 0 || results.some((result) => !result.passed)) process.exitCode = 1;
}

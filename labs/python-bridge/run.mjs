// Runs this lab's Python in Node through Pyodide (Python compiled to WebAssembly), so that no system
// Python is needed: `node run.mjs start` runs src/main.py, `node run.mjs test` runs the unittest
// suite in test/ and prints TAP (as node --test does), exiting 1 when a test fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadPyodide } from 'pyodide';

const here = import.meta.dirname;
const command = process.argv[2];
if (command !== 'start' && command !== 'test') {
  console.error('usage: node run.mjs start | test');
  process.exit(2);
}

/** The lab's Python files, by lab-relative path. */
function pythonFiles(folder) {
  return readdirSync(join(here, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.py'))
    .map((entry) => relative(here, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

const pyodide = await loadPyodide();
const decoder = new TextDecoder();
pyodide.setStdout({ write: (bytes) => (process.stdout.write(decoder.decode(bytes, { stream: true })), bytes.length) });
pyodide.setStderr({ write: (bytes) => (process.stderr.write(decoder.decode(bytes, { stream: true })), bytes.length) });

// The lab's files go into Pyodide's in-memory file system under /lab, with src/ on the import path.
for (const path of [...pythonFiles('src'), ...pythonFiles('test')]) {
  const target = `/lab/${path}`;
  pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
  pyodide.FS.writeFile(target, readFileSync(join(here, path), 'utf8'));
}
pyodide.runPython("import sys; sys.dont_write_bytecode = True; sys.path.insert(0, '/lab/src')");

if (command === 'start') {
  try {
    await pyodide.runPythonAsync("import runpy, os; os.chdir('/lab'); runpy.run_path('/lab/src/main.py', run_name='__main__')");
  } catch (error) {
    // A Python exception: its traceback, as python would print it.
    process.stderr.write(`${error.message.trimEnd()}\n`);
    process.exitCode = 1;
  }
} else {
  const results = [];
  pyodide.globals.set('report', (name, passed, message) => results.push({ name, passed, message }));
  await pyodide.runPythonAsync(`
import sys, unittest
sys.path.insert(0, '/lab/test')

class Reporter(unittest.TestResult):
    """Reports each test once, when it ends: failed if it, or any of its subtests, failed."""
    def startTest(self, test):
        super().startTest(test)
        self.current, self.problem = test, None
    def _note(self, err):
        if self.problem is None:
            self.problem = self._exc_info_to_string(err, self.current).strip()
    def addFailure(self, test, err):
        super().addFailure(test, err); self._note(err)
    def addError(self, test, err):
        super().addError(test, err); self._note(err)
    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None: self._note(err)
    def stopTest(self, test):
        super().stopTest(test)
        name = f"{type(test).__name__} › {test._testMethodName}" if isinstance(test, unittest.TestCase) and hasattr(test, '_testMethodName') else str(test)
        report(name, self.problem is None, self.problem)

suite = unittest.defaultTestLoader.discover('/lab/test', pattern='test_*.py', top_level_dir='/lab/test')
suite.run(Reporter())
`);
  // TAP, as node --test prints it: the book's check counts the "# pass" and "# fail" lines.
  console.log('TAP version 13');
  results.forEach(({ name, passed, message }, index) => {
    console.log(`${passed ? 'ok' : 'not ok'} ${index + 1} - ${name}`);
    if (!passed) console.log(`  ---\n  error: |-\n${String(message).split('\n').map((line) => `    ${line}`).join('\n')}\n  ...`);
  });
  const failed = results.filter((result) => !result.passed).length;
  console.log(`1..${results.length}\n# tests ${results.length}\n# pass ${results.length - failed}\n# fail ${failed}`);
  if (failed > 0 || results.length === 0) process.exitCode = 1;
}

# How a Python lab runs inside Pyodide, in Node (run-lab.mjs) and in the page (the in-page runner's
# Python worker) alike. The lab's files are in /lab, with /lab/src on the import path.
# _run(path) runs a lab file as `python path` would, tracebacks trimmed to the lab's own frames, and
# answers its exit code; _run_tests(report) runs every test_*.py under /lab/test with unittest and
# calls report(name, passed, message) once per test, when it ends (failed if any subtest failed).
import os, runpy, sys, traceback, unittest

sys.dont_write_bytecode = True
sys.path.insert(0, '/lab/src')


def _lab_frames(tb):
    while tb is not None and not tb.tb_frame.f_code.co_filename.startswith('/lab/'):
        tb = tb.tb_next
    return tb


def _run(path):
    os.chdir('/lab')
    try:
        runpy.run_path(path, run_name='__main__')
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            return stop.code or 0
        print(stop.code, file=sys.stderr)
        return 1
    except BaseException as error:
        traceback.print_exception(type(error), error, _lab_frames(error.__traceback__))
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return 0


class _Reporter(unittest.TestResult):
    def __init__(self, report):
        super().__init__()
        self.report = report

    def startTest(self, test):
        super().startTest(test)
        self.current, self.problem = test, None

    def _note(self, err):
        if self.problem is None:
            self.problem = self._exc_info_to_string(err, self.current).strip()

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._note(err)

    def addError(self, test, err):
        super().addError(test, err)
        self._note(err)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._note(err)

    def stopTest(self, test):
        super().stopTest(test)
        method = getattr(test, '_testMethodName', None)
        self.report(f"{type(test).__name__} › {method}" if method else str(test), self.problem is None, self.problem)


def _run_tests(report):
    sys.path.insert(0, '/lab/test')
    unittest.defaultTestLoader.discover('/lab/test', pattern='test_*.py', top_level_dir='/lab/test').run(_Reporter(report))

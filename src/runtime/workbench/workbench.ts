import { keepsKeyInSandbox, type RunCommand, type RunRequest, type RunResult, type Runner, type TestResult, type UsageEvent } from '../runner.ts';
import { fetchLabData, editableFiles } from '../session/lab-data.ts';
import { LabSession } from '../session/lab-session.ts';
import { localEditStore } from '../session/edit-store.ts';
import { notSavedNotice } from '../session/device-storage.ts';
import { createLabRunner } from './runner-factory.ts';
import { h, setText, uniqueId } from './dom.ts';
import { onEngage } from './on-engage.ts';
import { Controls, type ControlName } from './controls.ts';
import { FileTabs } from './file-tabs.ts';
import { EditorSlot } from './editor-slot.ts';
import { OutputPanel } from './output-panel.ts';
import { TestPanel } from './test-panel.ts';
import { confirmAction } from './confirm.ts';
import { allowedOrigins, describeModel, labEnvironment, loadModelSettings, saveModelSettings } from './model-settings.ts';
import { editModelSettings } from './settings-dialog.ts';
import { describeEnd, describeTestEnd, summariseUsage } from './run-summary.ts';
import { estimateCost } from './run-cost.ts';
import { takeHomeBar } from './take-home.ts';
import { describeChoice, describeProgress } from './runner-notice.ts';
import { pageWebContainer } from './runner-factory.ts';
import { swapInPlace } from './swap-in.ts';
import { crashedRunNotice, RunMarker } from './run-marker.ts';
import { WorkbenchLayout } from './workbench-layout.ts';
import { TaskHints } from './task-hints.ts';
import { taskProgress, taskProgressList, taskWord } from './task-progress.ts';
import type { LocationTarget } from './location-links.ts';
import type { EditorPosition } from './editor.ts';
import { passStanding, type PassKind } from './pass-standing.ts';
import { TypeChecking } from './type-checking.ts';

export interface LabTestsEventDetail {
  slug: string;
  passed: number;
  total: number;
  /** Whose pass it is when every test passed: see pass-standing.ts. */
  kind: PassKind;
}

/** The interactive workbench of one lab: editor, controls, output and test checklist. */
class Workbench {
  private readonly session: LabSession;
  private readonly root: HTMLElement;
  private readonly controls: Controls;
  private readonly editor: EditorSlot;
  private readonly tabs: FileTabs;
  private readonly output: OutputPanel;
  private readonly testPanel: TestPanel;
  private readonly saveState: HTMLElement;
  private readonly runnerNotice: HTMLElement;
  private readonly terminalButton: HTMLButtonElement;
  private readonly terminalHost: HTMLElement;
  private readonly runner: Runner;
  private running: AbortController | undefined;
  private settings = loadModelSettings();
  private readonly runMarker: RunMarker;
  private readonly layout: WorkbenchLayout;
  private readonly hints: TaskHints;
  private readonly typeChecking: TypeChecking | undefined;
  /** "Milestone" in a capstone, "Task" elsewhere. */
  private readonly taskWord: string;

  constructor(placeholder: HTMLElement, session: LabSession) {
    this.session = session;
    const { lab } = session;
    this.runMarker = new RunMarker(lab.slug);
    const editorId = uniqueId('wb-editor');
    this.controls = new Controls((name) => void this.press(name));
    this.tabs = new FileTabs(editableFiles(lab), editorId, (path) => this.openFile(path));
    const editorHost = h('div', { class: 'wb-editor', id: editorId, role: 'tabpanel' });
    const keysHint = h(
      'span',
      { class: 'wb-editor-keys', id: uniqueId('wb-keys') },
      `In the editor, Tab indents; press Esc then Tab to move on. Ctrl+Enter (⌘+Enter) runs.${lab.types ? ' Ctrl+Space completes; Ctrl+Shift+Space shows the type at the cursor.' : ''}`,
    );
    this.editor = new EditorSlot({
      parent: editorHost,
      label: 'Code editor',
      describedBy: keysHint.id,
      onChange: (path, content) => session.update(path, content),
      onRun: () => void this.run('start'),
      language: lab.language ?? 'typescript',
    });
    this.typeChecking = lab.types && new TypeChecking({ types: lab.types, dir: lab.dir, files: () => session.files, openPath: () => this.editor.currentPath, editor: this.editor, trigger: editorHost });
    const locations: LocationTarget = {
      canOpen: (path) => editableFiles(lab).includes(path),
      open: (path, line, column) => {
        // On a narrow workbench the results and the code take turns: the place is shown in the code.
        this.layout.show('code');
        this.openFile(path, { line, column });
      },
    };
    this.output = new OutputPanel(`Output of ${lab.title}`, locations);
    this.taskWord = taskWord(Object.keys(lab.starter));
    this.hints = new TaskHints(lab.slug, lab.tasks, this.taskWord);
    this.testPanel = new TestPanel(this.hints.annotate, locations);
    this.saveState = h('p', { class: 'wb-save-state' });
    this.runnerNotice = h('p', { class: 'wb-runner-notice', 'aria-live': 'polite' });
    this.terminalButton = h('button', { type: 'button', class: 'wb-button', hidden: true }, 'Open a terminal');
    this.terminalHost = h('div', { class: 'wb-terminal-host' });
    this.terminalButton.addEventListener('click', () => {
      this.terminalButton.hidden = true;
      void import('./terminal-panel.ts').then(({ openTerminal }) => openTerminal(this.terminalHost, pageWebContainer(), { slug: lab.slug, files: () => session.files }));
    });
    const codePane = h('div', { class: 'wb-pane wb-pane-code', id: uniqueId('wb-code'), role: 'tabpanel' }, this.tabs.element, editorHost, h('div', { class: 'wb-editor-foot' }, this.saveState, this.typeChecking?.element, keysHint));
    const resultsPane = h(
      'div',
      { class: 'wb-pane wb-pane-results', id: uniqueId('wb-results'), role: 'tabpanel' },
      h('div', { class: 'wb-results' }, this.output.element, this.testPanel.element),
      h('div', { class: 'wb-runner' }, this.runnerNotice, this.terminalButton),
      this.terminalHost,
    );
    this.root = h(
      'div',
      { class: 'wb', role: 'region', 'aria-label': `Workbench: ${lab.title}` },
      this.controls.element,
      h('div', { class: 'wb-statusbar' }, this.controls.status),
    );
    this.layout = new WorkbenchLayout(this.root, { code: codePane, results: resultsPane });
    this.root.append(
      this.layout.element,
      h('div', { class: 'wb-body' }, codePane, resultsPane),
      takeHomeBar({
        slug: lab.slug,
        title: lab.title,
        entry: lab.entry,
        files: () => session.files,
        degitCommand: placeholder.dataset.copyCommand ?? '',
        report: (message) => (this.controls.status.textContent = message),
      }),
    );
    const section = placeholder.closest('.lab') ?? placeholder;
    swapInPlace(
      section,
      () => {
        placeholder.replaceChildren(this.root);
        section.classList.add('lab-interactive');
        this.layout.measure();
        placeholder.dataset.mounted = 'ready';
      },
      this.controls.buttons.run,
    );

    session.onChange(({ reason }) => {
      if (reason !== 'edit') {
        this.editor.replaceAll(session.files);
        this.typeChecking?.update(session.files);
      }
      this.refreshState();
    });
    this.runner = createLabRunner({
      preference: this.settings.runner,
      language: lab.language ?? 'typescript',
      onChoice: (choice) => {
        this.runnerNotice.textContent = describeChoice(choice);
        this.terminalButton.hidden = choice.kind !== 'webcontainer' || this.terminalHost.childElementCount > 0;
      },
      onProgress: (progress) => {
        if (this.running) this.controls.status.textContent = describeProgress(progress);
      },
    });
    // Start a sandbox while the learner reads, so the first Run answers at once; what a run loads (the modules,
    // PGlite's WebAssembly) is fetched once the learner reaches for the workbench, not for every reader scrolling past.
    void Promise.resolve(this.runner.prewarm?.()).catch(() => {});
    onEngage(this.root, () => void Promise.resolve(this.runner.prewarm?.({ slug: lab.slug, files: session.files, ...(lab.language ? { language: lab.language } : {}) })).catch(() => {}));
    this.controls.setRunning(false);
    this.controls.setModel(describeModel(this.settings));
    this.openFile(editableFiles(lab)[0] ?? lab.entry);
    this.refreshState();
    if (this.runMarker.takeCrashed()) {
      this.output.note(crashedRunNotice);
      this.controls.status.textContent = crashedRunNotice;
    } else this.output.note('Press Run to start the lab, or Test to check your work.');
  }

  private openFile(path: string, position?: EditorPosition): void {
    this.tabs.select(path);
    this.editor.show(path, this.session.read(path), position);
  }

  /** Runs on every keystroke, so it writes to the page only what changed (see setText). */
  private refreshState(): void {
    this.controls.setUndoable(this.session.canUndoSolve);
    setText(this.saveState, this.describeFiles());
  }

  /** What the editor holds, and whether it is kept. */
  private describeFiles(): string {
    const { session } = this;
    if (!session.persistent) return notSavedNotice(session.isEdited ? 'Your edits are' : 'Starter code. Edits are');
    if (!session.saved) return 'Your edits could not be saved in this browser (storage is full or disabled).';
    if (session.canUndoSolve && !session.editedSinceSolve) return 'Showing the solution. Undo solve brings your own files back.';
    return session.isEdited ? 'Your edits are saved in this browser.' : 'Starter code.';
  }

  private async press(name: ControlName): Promise<void> {
    if (name === 'run') return this.run('start');
    if (name === 'test') return this.run('test');
    if (name === 'stop') return this.running?.abort();
    if (name === 'undo') return this.undoSolve();
    if (name === 'solve' && (await confirmAction('Lay the solution over your files? A copy of your files is kept, so Undo solve brings them back, even after a reload.', 'Show the solution'))) {
      if (!this.session.solve()) this.controls.status.textContent = 'Solve did nothing: this browser could not store a copy of your files to undo it (storage is full or disabled).';
    }
    if (name === 'reset' && (await confirmAction('Go back to the starter code? Your edits to this lab will be discarded.', 'Reset to the starter'))) this.session.reset();
    if (name === 'settings') {
      const next = await editModelSettings(this.settings);
      if (next) {
        this.settings = next;
        const kept = saveModelSettings(next);
        this.controls.setModel(describeModel(next));
        if (!kept) this.controls.status.textContent = 'This browser could not remember the key on this device; it is kept for this page only.';
      }
    }
  }

  /** Brings back the files from before Solve; asks first when that would replace edits made since. */
  private async undoSolve(): Promise<void> {
    if (this.session.editedSinceSolve) {
      const replace = await confirmAction('You have edited the files since Solve. Undo solve replaces those edits with your files from before Solve.', 'Replace my edits');
      if (!replace) return;
    }
    this.session.undoSolve();
  }

  private async run(command: RunCommand): Promise<void> {
    if (this.running) return;
    const abort = new AbortController();
    this.running = abort;
    this.controls.setRunning(true);
    this.controls.status.textContent = command === 'test' ? 'Testing…' : 'Running…';
    this.layout.show('results');
    this.output.clear();
    if (command === 'test') {
      this.hints.clearNotes();
      this.testPanel.start();
    } else this.testPanel.hide();
    const tests: TestResult[] = [];
    const usage: UsageEvent[] = [];
    let result: RunResult | undefined;
    try {
      const { lab } = this.session;
      const request: RunRequest = {
        slug: lab.slug,
        command,
        files: this.session.files,
        entry: lab.entry,
        language: lab.language ?? 'typescript',
        env: labEnvironment(this.settings),
        timeoutMs: lab.timeoutMs,
        allowedOrigins: allowedOrigins(this.settings),
        keyBeyondSandbox: this.settings.keyInFullNode,
      };
      if (this.runner.kind === 'webcontainer' && keepsKeyInSandbox(request)) {
        this.output.note('This run carries your API key, so it runs in the in-page runner, where lab code can reach only your provider. Settings can let full-Node runs use the key.');
      }
      this.runMarker.start();
      result = await this.runner.run(
        request,
        {
          stdout: (text) => this.output.write('stdout', text),
          stderr: (text) => this.output.write('stderr', text),
          test: (test) => (tests.push(test), this.testPanel.add(test)),
          usage: (event) => usage.push(event),
          chart: (chart) => this.output.chart(chart),
        },
        abort.signal,
      );
    } catch (error) {
      this.output.write('stderr', `The runner failed: ${error instanceof Error ? error.message : String(error)}\n`);
    } finally {
      this.runMarker.finish();
      this.running = undefined;
      this.controls.setRunning(false);
    }
    const timeoutMs = this.session.lab.timeoutMs;
    const testResults = result?.tests ?? tests;
    const ended = !result ? 'The run did not finish.' : command === 'test' ? describeTestEnd(result, testResults, timeoutMs) : describeEnd(result, timeoutMs);
    this.output.note(ended);
    const events = result?.usage ?? usage;
    for (const line of [summariseUsage(events), estimateCost(events)]) if (line) this.output.note(line);
    this.controls.status.textContent = ended;
    if (command === 'test') this.reportTests(testResults, result);
  }

  private reportTests(tests: TestResult[], result: RunResult | undefined): void {
    const passed = tests.filter((test) => test.passed).length;
    const standing = passStanding(this.session);
    const allPassed = tests.length > 0 && passed === tests.length;
    const note = result && result.end !== 'exit' ? describeEnd(result, this.session.lab.timeoutMs) : allPassed ? standing.note : undefined;
    const { tasks } = this.session.lab;
    const progress = tests.length > 0 && tasks.some((task) => task.tests) ? taskProgressList(tasks, this.taskWord, taskProgress(tasks, tests), standing.kind, (index) => this.hints.focusTask(index)) : undefined;
    this.testPanel.finish(tests, note, progress);
    const detail: LabTestsEventDetail = { slug: this.session.lab.slug, passed, total: tests.length, kind: standing.kind };
    this.root.dispatchEvent(new CustomEvent('lab-tests', { bubbles: true, detail }));
  }
}

export async function mountWorkbench(placeholder: HTMLElement, slug: string): Promise<void> {
  const lab = await fetchLabData(slug);
  new Workbench(placeholder, new LabSession(lab, localEditStore()));
}

// node:async_hooks' AsyncLocalStorage, as far as a browser worker allows. A
// browser has no way to follow a value through `await` (Node tracks its async
// resources; the page sees none of them), so this stand-in keeps each store
// from the moment run() is called until the promise it returns settles, and
// getStore() answers with the store of the most recent run() still going.
// That is right for code that runs one such context at a time, as one
// LangGraph graph run does; contexts that interleave their awaits would see
// each other's store. Run the lab in Node for those.
export class AsyncLocalStorage<T> {
  private readonly active: Array<{ store: T }> = [];
  private entered: { store: T } | undefined;

  getStore(): T | undefined {
    return (this.active.at(-1) ?? this.entered)?.store;
  }

  run<R>(store: T, callback: (...args: unknown[]) => R, ...args: unknown[]): R {
    const context = { store };
    this.active.push(context);
    const leave = () => {
      const at = this.active.lastIndexOf(context);
      if (at !== -1) this.active.splice(at, 1);
    };
    let result: R;
    try {
      result = callback(...args);
    } catch (error) {
      leave();
      throw error;
    }
    if (result instanceof Promise) result.then(leave, leave);
    else leave();
    return result;
  }

  enterWith(store: T): void {
    this.entered = { store };
  }

  exit<R>(callback: (...args: unknown[]) => R, ...args: unknown[]): R {
    const saved = this.active.splice(0);
    const entered = this.entered;
    this.entered = undefined;
    try {
      return callback(...args);
    } finally {
      this.active.push(...saved);
      this.entered = entered;
    }
  }

  disable(): void {
    this.active.length = 0;
    this.entered = undefined;
  }

  static bind<F extends (...args: never[]) => unknown>(fn: F): F {
    return fn;
  }

  static snapshot(): <R>(fn: (...args: unknown[]) => R, ...args: unknown[]) => R {
    return (fn, ...args) => fn(...args);
  }
}

export const asyncHooksModule = { AsyncLocalStorage };

type Listener = (...args: any[]) => void;

/** node:events' EventEmitter: on/once/off/emit and friends. */
export class EventEmitter {
  private readonly listenersByEvent = new Map<string | symbol, Listener[]>();

  on(event: string | symbol, listener: Listener): this {
    this.listenersByEvent.set(event, [...(this.listenersByEvent.get(event) ?? []), listener]);
    return this;
  }

  addListener(event: string | symbol, listener: Listener): this {
    return this.on(event, listener);
  }

  once(event: string | symbol, listener: Listener): this {
    const wrapper: Listener = (...args) => {
      this.off(event, wrapper);
      listener(...args);
    };
    return this.on(event, wrapper);
  }

  off(event: string | symbol, listener: Listener): this {
    this.listenersByEvent.set(event, (this.listenersByEvent.get(event) ?? []).filter((candidate) => candidate !== listener));
    return this;
  }

  removeListener(event: string | symbol, listener: Listener): this {
    return this.off(event, listener);
  }

  removeAllListeners(event?: string | symbol): this {
    if (event === undefined) this.listenersByEvent.clear();
    else this.listenersByEvent.delete(event);
    return this;
  }

  emit(event: string | symbol, ...args: unknown[]): boolean {
    const listeners = this.listenersByEvent.get(event) ?? [];
    if (event === 'error' && listeners.length === 0) throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error: ${String(args[0])}`);
    for (const listener of [...listeners]) listener(...args);
    return listeners.length > 0;
  }

  listenerCount(event: string | symbol): number {
    return this.listenersByEvent.get(event)?.length ?? 0;
  }

  listeners(event: string | symbol): Listener[] {
    return [...(this.listenersByEvent.get(event) ?? [])];
  }
}

export const eventsModule = Object.assign(EventEmitter, {
  EventEmitter,
  once: (emitter: EventEmitter, event: string) => new Promise((resolve) => emitter.once(event, (...args: unknown[]) => resolve(args))),
});

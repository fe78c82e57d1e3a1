import type { HowlOptions } from 'howler';
import type { HowlSound } from '../../../src/audio/AudioDirector';

/** A Howl that records what it was asked to do and makes no sound. */
export class FakeHowl implements HowlSound {
  readonly calls: string[] = [];
  private nextId = 1;
  private readonly fadeListeners: { id: number | undefined; callback: (id: number) => void }[] = [];

  constructor(
    readonly options: HowlOptions,
    private readonly log: FakeAudio,
  ) {
    log.howls.push(this);
  }

  get src(): string {
    return ([] as string[]).concat(this.options.src)[0] ?? '';
  }

  play(): number {
    const id = this.nextId++;
    this.calls.push(`play ${id}`);
    this.log.played.push(this.src);
    return id;
  }

  stop(id?: number): this {
    this.calls.push(`stop ${id}`);
    return this;
  }

  fade(from: number, to: number, duration: number, id?: number): this {
    this.calls.push(`fade ${from}→${to} ${duration}ms ${id}`);
    return this;
  }

  once(_event: 'fade', callback: (soundId: number) => void, id?: number): this {
    this.fadeListeners.push({ id, callback });
    return this;
  }

  /** Ends the running fade of sound `id`, as Howler does when a fade completes. */
  finishFade(id: number): void {
    const listeners = this.fadeListeners.filter((listener) => listener.id === id);
    for (const listener of listeners) {
      this.fadeListeners.splice(this.fadeListeners.indexOf(listener), 1);
      listener.callback(id);
    }
  }
}

/** A fake Howler global plus a log of every Howl made and every sound played. */
export interface FakeAudio {
  readonly Howl: new (options: HowlOptions) => FakeHowl;
  readonly Howler: {
    mute(muted: boolean): void;
    volume(volume: number): void;
    ctx: { state: string; resume(): Promise<void> } | null;
  };
  /** Howler.mute / Howler.volume calls, in order: `mute true`, `volume 0.5`. */
  readonly mixer: string[];
  readonly howls: FakeHowl[];
  /** The src of every sound started, in order. */
  readonly played: string[];
  resumed: number;
}

export function fakeAudio(): FakeAudio {
  const audio: FakeAudio = {
    Howl: class extends FakeHowl {
      constructor(options: HowlOptions) {
        super(options, audio);
      }
    },
    Howler: {
      mute: (muted) => {
        audio.mixer.push(`mute ${muted}`);
      },
      volume: (volume) => {
        audio.mixer.push(`volume ${volume}`);
      },
      ctx: null,
    },
    mixer: [],
    howls: [],
    played: [],
    resumed: 0,
  };
  return audio;
}

/** A settable clock in milliseconds. */
export function manualClock(start = 1000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

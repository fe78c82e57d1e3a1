/**
 * The messages between the projector and the presenter window, over a
 * BroadcastChannel of this site: the projector tells where the room is (its
 * screen, week, pacing and session log) whenever that changes or it is asked;
 * either window sends the facilitator's commands, and the projector carries
 * them out; a projector that closes says so. Whatever arrives is checked
 * before it is used.
 */
import type { RoomView } from '../ui/RoomLayer';

export const roomChannelName = 'coach-or-rescue.room';

export const roomCommands = ['advance', 'pause', 'reveal', 'prompt'] as const;
export type RoomCommand = (typeof roomCommands)[number];

export interface RoomState {
  kind: 'state';
  screen: string;
  week: number;
  view: RoomView;
  /** The session log (its JSON), from which the presenter replays the hidden values. */
  session: string;
}

export type RoomMessage =
  | RoomState
  | { kind: 'command'; command: RoomCommand }
  | { kind: 'hello' }
  | { kind: 'closed' };

const isFields = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The message this is, or undefined when it is none of ours. */
export function roomMessage(data: unknown): RoomMessage | undefined {
  if (!isFields(data)) return undefined;
  switch (data.kind) {
    case 'hello':
    case 'closed':
      return { kind: data.kind };
    case 'command':
      return roomCommands.includes(data.command as RoomCommand)
        ? { kind: 'command', command: data.command as RoomCommand }
        : undefined;
    case 'state':
      return typeof data.screen === 'string' &&
        typeof data.week === 'number' &&
        typeof data.session === 'string' &&
        isFields(data.view)
        ? (data as unknown as RoomState)
        : undefined;
    default:
      return undefined;
  }
}

/** The channel, or undefined in a browser without BroadcastChannel (the room plays on alone). */
export function openRoomChannel(onMessage: (message: RoomMessage) => void): {
  post(message: RoomMessage): void;
  close(): void;
} {
  if (typeof BroadcastChannel === 'undefined')
    return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(roomChannelName);
  channel.onmessage = (event) => {
    const message = roomMessage(event.data);
    if (message) onMessage(message);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

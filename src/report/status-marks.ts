import type { ChalkInstance } from 'chalk';
import type { Status, TaskStatus } from '../model/report.js';

/**
 * How the terminal tells the statuses apart. The three that need action carry a marker before the word
 * ("!! Không đạt", "! Có nguy cơ không đạt", "!! Quá hạn"), so they stand out without colour (NO_COLOR, a
 * pipe, a printout); with colour they are inverse blocks, readable on light and dark terminals alike
 * (plain yellow text vanishes on white).
 */
const MARK: Record<Status | `task-${TaskStatus}`, string> = {
  met: '',
  'on-track': '',
  'at-risk': '! ',
  missed: '!! ',
  'no-data': '',
  'task-done': '',
  'task-on-track': '',
  'task-overdue': '!! ',
  'task-no-data': '',
};

const COLOR: Record<keyof typeof MARK, (c: ChalkInstance) => ChalkInstance> = {
  met: (c) => c.green,
  'on-track': (c) => c.cyan,
  'at-risk': (c) => c.bold.black.bgYellow,
  missed: (c) => c.bold.white.bgRed,
  'no-data': (c) => c.dim,
  'task-done': (c) => c.green,
  'task-on-track': (c) => c.cyan,
  'task-overdue': (c) => c.bold.white.bgRed,
  'task-no-data': (c) => c.dim,
};

/** "! Có nguy cơ không đạt": the word with its marker, as laid out (no colour codes: widths stay right). */
export function markedStatus(word: string, s: Status): string {
  return MARK[s] + word;
}

export function markedTaskStatus(word: string, s: TaskStatus): string {
  return MARK[`task-${s}`] + word;
}

export function statusStyle(s: Status, c: ChalkInstance): (text: string) => string {
  return (text) => COLOR[s](c)(text);
}

export function taskStatusStyle(s: TaskStatus, c: ChalkInstance): (text: string) => string {
  return (text) => COLOR[`task-${s}`](c)(text);
}

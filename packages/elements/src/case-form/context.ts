import type { TemplateResult } from 'lit';
import type { Lang } from '../shared/lang.js';
import type { CaseFormBackend } from './backend.js';
import type { Entries } from './model.js';
import type { Strings } from './strings.js';

/**
 * What the form's steps (views and controllers in this folder) may read and do: the element
 * hands them this instead of its private members.
 */
export interface FormContext {
  t(): Strings;
  /** The map tiles the page chose (`tile-url`, `tile-attribution`), if any. */
  tiles(): { tileUrl?: string; attribution?: string };
  lang(): Lang;
  entries(): Entries;
  backend(): CaseFormBackend | undefined;
  /** The error message of a field, when it has one. */
  problem(id: string): string | undefined;
  /** Changes what the citizen entered (and schedules the draft's save). */
  set(patch: Partial<Entries>): void;
  /** Says something through the element's polite live region. */
  announce(text: string): void;
  /** Moves focus to the element with this id after the next render. */
  focus(id: string): void;
  /** Fires `p311-error`. */
  error(error: unknown): void;
  /** The step's Continue (or submit) and Back buttons. */
  actions(label?: string): TemplateResult;
}

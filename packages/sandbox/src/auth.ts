import { problem } from './respond.js';

export type KeyKind = 'publishable' | 'secret';

const KEY = /^(pk|sk)_test_[A-Za-z0-9_]{1,64}$/;

/**
 * Checks the key as the real API would: test keys only; secret keys only without an
 * `Origin` header (never from a page); `beacon` routes take a publishable key only.
 * Returns the key, or the 401/403 problem to send.
 */
export function authenticate(
  request: Request,
  need: KeyKind | 'beacon',
): { key: string; kind: KeyKind } | { error: Response } {
  const header = request.headers.get('authorization') ?? '';
  // navigator.sendBeacon cannot set headers: a beacon route takes a publishable key in `?key=`.
  const key =
    need === 'beacon' && !header
      ? (new URL(request.url).searchParams.get('key') ?? '')
      : header.replace(/^Bearer\s+/i, '');
  const match = KEY.exec(key);
  if (!match) {
    return {
      error: problem(request, {
        status: 401,
        code: 'unauthorized',
        headers: { 'www-authenticate': 'Bearer realm="311"' },
      }),
    };
  }
  const kind: KeyKind = match[1] === 'sk' ? 'secret' : 'publishable';
  if (kind === 'secret' && request.headers.has('origin')) {
    return { error: problem(request, { status: 401, code: 'secret_key_in_browser' }) };
  }
  if (need === 'beacon' && kind !== 'publishable') {
    return { error: problem(request, { status: 403, code: 'forbidden' }) };
  }
  if (need === 'secret' && kind !== 'secret') {
    return { error: problem(request, { status: 403, code: 'forbidden' }) };
  }
  return { key, kind };
}

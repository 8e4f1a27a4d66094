/**
 * Setting up journal data for the browser tests through Lever's own forms, posted from Node with
 * the server's origin exactly as a page of Lever would post them.
 */
import type { TestServer } from './server.js';

/** Posts form fields and returns where the server redirected to (the 303's Location). */
export async function postForm(
  server: TestServer,
  path: string,
  fields: Record<string, string>,
): Promise<string> {
  const response = await fetch(server.at(path), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(server.url).origin },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  if (response.status !== 303 || location === null)
    throw new Error(`POST ${path} answered ${response.status}`);
  return location;
}

/** The id in a location such as "/experiments/ID?done=started". */
function idIn(location: string): string {
  return decodeURIComponent(location.split('/')[2]?.replace(/[?#].*$/, '') ?? '');
}

export async function startFitTest(server: TestServer, testId: string): Promise<string> {
  return idIn(await postForm(server, '/experiments', { testId }));
}

export async function logCheckIn(
  server: TestServer,
  id: string,
  progress: number,
  enjoyment: number,
): Promise<void> {
  await postForm(server, `/experiments/${id}/check-ins`, {
    progress: String(progress),
    enjoyment: String(enjoyment),
  });
}

export async function claimTopic(server: TestServer, topicId: string): Promise<string> {
  return idIn(await postForm(server, '/expertise', { topicId }));
}

export async function createAsk(server: TestServer, fields: Record<string, string>): Promise<string> {
  return idIn(await postForm(server, '/asks', fields));
}

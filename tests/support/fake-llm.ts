/**
 * A real HTTP server on 127.0.0.1 that speaks the chat-completions protocol,
 * scripted per test: answer, delay, status. It records every request.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LlmProvider } from '../../src/modules/interpretation/providers';

export interface FakeReply {
  status?: number;
  delayMs?: number;
  /** The assistant message content (a JSON string, or garbage). */
  content?: string;
}

export interface FakeLlm {
  url: string;
  requests: { headers: http.IncomingHttpHeaders; body: any; raw: string }[];
  reply: (next: FakeReply | ((n: number) => FakeReply)) => void;
  close(): Promise<void>;
}

export async function startFakeLlm(): Promise<FakeLlm> {
  let script: FakeReply | ((n: number) => FakeReply) = { status: 500 };
  const requests: FakeLlm['requests'] = [];
  // Delayed replies not yet sent. A timed-out client leaves its reply timer behind; close() clears them, or a
  // ref'd timer outlives the test file and keeps the jest worker from exiting ("failed to exit gracefully").
  const pendingReplies = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      requests.push({ headers: req.headers, body: JSON.parse(raw || '{}'), raw });
      const reply = typeof script === 'function' ? script(requests.length) : script;
      const timer = setTimeout(() => {
        pendingReplies.delete(timer);
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: 'x',
            object: 'chat.completion',
            choices: [{ index: 0, message: { role: 'assistant', content: reply.content ?? '' } }],
          }),
        );
      }, reply.delayMs ?? 0);
      pendingReplies.add(timer);
      // The client gave up (its timeout aborted the request): nobody will read this reply, so drop it now.
      res.once('close', () => {
        clearTimeout(timer);
        pendingReplies.delete(timer);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/chat/completions`,
    requests,
    reply: (next) => {
      script = next;
    },
    close: () =>
      new Promise((resolve) => {
        for (const timer of pendingReplies) clearTimeout(timer);
        pendingReplies.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The real LLM provider pointed at `llm` (model 'fake-model', key 'k', 2 s timeout, 5 ms backoff). */
export function providerFor(llm: FakeLlm, maxRetries = 1): LlmProvider {
  return new LlmProvider({ url: llm.url, apiKey: 'k', model: 'fake-model', timeoutMs: 2000, maxRetries, backoffMs: 5 });
}

/** A valid model answer of the interpretation structure. */
export const VALID_ANSWER = JSON.stringify({
  summary: 'The model’s summary: the boiler dominates.',
  detailedAnalysis: 'Most exergy is destroyed in combustion.',
  keyInsights: ['Combustion is the main irreversibility.'],
  hotspotAnalysis: [
    {
      equipmentId: null,
      equipmentName: 'Steam boiler B-1',
      equipmentType: 'boiler',
      exergyDestroyedKW: 1000,
      sharePct: 80,
      priority: 'high',
      finding: 'Largest destruction.',
    },
  ],
  integrationOpportunities: [],
  prioritizedActions: [
    {
      equipmentId: null,
      equipmentName: 'Steam boiler B-1',
      action: 'Install an economizer',
      category: 'economizer',
      estimatedSavingsKW: 20,
      estimatedSavingsEurPerYear: 9000,
      estimatedInvestmentEur: 15000,
      paybackYears: 1.7,
      priority: 'high',
    },
  ],
  notRecommended: [],
  actionPlan: { immediate: [], shortTerm: ['Install an economizer'], mediumTerm: [] },
  sectorInsights: [],
  warnings: [],
});

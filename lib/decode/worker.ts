/// <reference lib="webworker" />
/**
 * The decoder's Web Worker: reads the file off the main thread, so the page stays responsive while a
 * large export is parsed. It receives the file itself (never a copy sent anywhere) and posts back
 * progress and the summary.
 */
import { handleRequest, type DecodeMessage, type DecodeRequest } from "./read";

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<DecodeRequest>) => {
  void handleRequest(event.data, (message: DecodeMessage) => self.postMessage(message));
};

/**
 * The decoder's Web Worker: reads the file off the main thread, so the page stays responsive while a
 * large export is parsed. It receives the file itself (never a copy sent anywhere) and posts back
 * progress and the summary.
 */
import { handleRequest, type DecodeMessage, type DecodeRequest } from "@/lib/decode/read";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DecodeRequest>) => void) | null;
  postMessage: (message: DecodeMessage) => void;
};

scope.onmessage = (event) => {
  void handleRequest(event.data, (message) => scope.postMessage(message));
};

// Preloaded (node --import) by no-network.test.ts before the command runs: every way Node opens a
// connection or sends a packet is replaced by one that records the attempt on stderr and throws.
import dgram from "node:dgram";
import dns from "node:dns";
import http from "node:http";
import http2 from "node:http2";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";

const blocked = (name) =>
  function blockedNetworkCall() {
    process.stderr.write(`NETWORK ATTEMPT: ${name}\n`);
    throw new Error(`The network is blocked in this test: ${name}`);
  };

net.Socket.prototype.connect = blocked("net.Socket.prototype.connect");
net.connect = blocked("net.connect");
net.createConnection = blocked("net.createConnection");
tls.connect = blocked("tls.connect");
http.request = blocked("http.request");
http.get = blocked("http.get");
https.request = blocked("https.request");
https.get = blocked("https.get");
http2.connect = blocked("http2.connect");
dgram.createSocket = blocked("dgram.createSocket");
dns.lookup = blocked("dns.lookup");
dns.resolve = blocked("dns.resolve");
globalThis.fetch = blocked("fetch");
globalThis.WebSocket = blocked("WebSocket");

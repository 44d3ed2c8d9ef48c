import { measureCheckTiming } from "./check-timing";
const r = await measureCheckTiming(process.argv[2]!);
console.log(JSON.stringify({ first: r.firstTime, again: r.again, nextPaint: r.nextPaint, full: r.fullReport, all: r.durationsMs.map(Math.round) }));

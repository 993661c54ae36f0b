// video.js 8's own declarations import @videojs/xhr, which ships none; this file stands in for
// them so the declaration check (skipLibCheck off, noImplicitAny on) can read video.js's types.
declare module "@videojs/xhr";

import assert from 'node:assert/strict';
import test from 'node:test';
import {
  baseMediaDecodeTime, expandTemplate, liveMpd, mediaTimescale, parseIsoDuration, parseLiveDashSegment,
  parseVodMpd, shiftSegment, vodSegmentFor,
} from '../lib/live-dash.mjs';

const VOD_MPD = `<?xml version="1.0" encoding="utf-8"?>
<MPD xmlns="urn:mpeg:dash:schema:mpd:2011"
	profiles="urn:mpeg:dash:profile:isoff-live:2011"
	type="static"
	mediaPresentationDuration="PT1M0.0S"
	maxSegmentDuration="PT2.0S"
	minBufferTime="PT4.0S">
	<Period id="0" start="PT0.0S">
		<AdaptationSet id="0" contentType="video">
			<Representation id="0" mimeType="video/mp4" codecs="avc1.4d401e" bandwidth="800000">
				<SegmentTemplate timescale="1000000" duration="2000000" initialization="init-$RepresentationID$.m4s" media="chunk-$RepresentationID$-$Number%05d$.m4s" startNumber="1">
				</SegmentTemplate>
			</Representation>
		</AdaptationSet>
		<AdaptationSet id="1" contentType="audio">
			<Representation id="2" mimeType="audio/mp4" codecs="mp4a.40.2" bandwidth="96000">
				<SegmentTemplate timescale="1000000" duration="2000000" initialization="init-$RepresentationID$.m4s" media="chunk-$RepresentationID$-$Number%05d$.m4s" startNumber="1">
				</SegmentTemplate>
			</Representation>
		</AdaptationSet>
	</Period>
</MPD>
`;

/** Attributes of the first element named `name`. */
function element(xml, name) {
  const m = new RegExp('<' + name + '\\b([^>]*)>').exec(xml);
  assert.ok(m, 'no <' + name + '>');
  return Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
}

/** Well-formedness as far as Shaka's DOMParser needs: every element closes in order. */
function assertBalanced(xml) {
  const stack = [];
  for (const m of xml.replace(/<\?[^>]*\?>/g, '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[3]) {
      continue;
    }
    if (m[1]) {
      assert.equal(stack.pop(), m[2]);
    } else {
      stack.push(m[2]);
    }
  }
  assert.deepEqual(stack, []);
}

test('reads the VOD MPD', () => {
  const vod = parseVodMpd(VOD_MPD);
  assert.equal(vod.duration, 60);
  assert.equal(vod.segmentDuration, 2);
  assert.equal(vod.segmentCount, 30);
  assert.equal(vod.startNumber, 1);
  assert.deepEqual(vod.representations, ['0', '2']);
  assert.equal(parseIsoDuration('PT1M0.5S'), 60.5);
  assert.equal(parseIsoDuration('PT2S'), 2);
});

test('the live MPD is dynamic, with the attributes Shaka reads for a $Number$ live stream', () => {
  const t0 = Date.UTC(2026, 0, 1, 12, 0, 0);
  const xml = liveMpd(VOD_MPD, { window: 20, t0Ms: t0, nowMs: t0 + 7000 });
  assertBalanced(xml);
  const mpd = element(xml, 'MPD');
  assert.equal(mpd.type, 'dynamic');
  assert.equal(mpd.mediaPresentationDuration, undefined);
  assert.equal(Date.parse(mpd.availabilityStartTime), t0 - 40000, 'a full window exists at t0');
  assert.equal(Date.parse(mpd.publishTime), t0 + 7000);
  assert.equal(parseIsoDuration(mpd.timeShiftBufferDepth), 40);
  assert.ok(parseIsoDuration(mpd.minimumUpdatePeriod) > 0);
  assert.ok(parseIsoDuration(mpd.suggestedPresentationDelay) >= 2 * 2);
  assert.equal(mpd.profiles, 'urn:mpeg:dash:profile:isoff-live:2011');
  const templates = [...xml.matchAll(/<SegmentTemplate\b[^>]*>/g)];
  assert.equal(templates.length, 2);
  for (const t of templates) {
    assert.match(t[0], /media="live-\$RepresentationID\$-\$Number\$\.m4s"/);
    assert.match(t[0], /startNumber="0"/);
    assert.match(t[0], /initialization="init-\$RepresentationID\$\.m4s"/);
    assert.match(t[0], /duration="2000000"/);
  }
  assert.equal(element(xml, 'Period').start, 'PT0.0S');
  const utc = element(xml, 'UTCTiming');
  assert.equal(utc.schemeIdUri, 'urn:mpeg:dash:utc:direct:2014');
  assert.equal(Date.parse(utc.value), t0 + 7000);
  assert.ok(xml.indexOf('<UTCTiming') > xml.indexOf('</Period>'), 'UTCTiming after the periods');
});

test('the live edge advances with time: segment n is available at AST + (n + 1) d', () => {
  const t0 = Date.UTC(2026, 0, 1, 12, 0, 0);
  for (const elapsed of [0, 1999, 2000, 61000, 3600000]) {
    const mpd = element(liveMpd(VOD_MPD, { window: 20, t0Ms: t0, nowMs: t0 + elapsed }), 'MPD');
    const available = Math.floor((t0 + elapsed - Date.parse(mpd.availabilityStartTime)) / 2000);
    assert.equal(available, Math.floor(elapsed / 2000) + 20);
  }
});

test('live segment n loops over the VOD segments with continuous numbering', () => {
  const vod = parseVodMpd(VOD_MPD);
  assert.deepEqual(vodSegmentFor(vod, '0', 0), { uri: 'chunk-0-00001.m4s', loop: 0 });
  assert.deepEqual(vodSegmentFor(vod, '0', 29), { uri: 'chunk-0-00030.m4s', loop: 0 });
  assert.deepEqual(vodSegmentFor(vod, '2', 30), { uri: 'chunk-2-00001.m4s', loop: 1 });
  assert.deepEqual(vodSegmentFor(vod, '2', 95), { uri: 'chunk-2-00006.m4s', loop: 3 });
  assert.deepEqual(parseLiveDashSegment('live-2-95.m4s'), { representationId: '2', n: 95 });
  assert.equal(parseLiveDashSegment('chunk-2-00001.m4s'), null);
  assert.equal(expandTemplate('a-$RepresentationID$-$Number$-$Number%03d$', 'x', 7), 'a-x-7-007');
});

function box(type, payload) {
  const b = Buffer.alloc(8 + payload.length);
  b.writeUInt32BE(b.length, 0);
  b.write(type, 4, 'latin1');
  payload.copy(b, 8);
  return b;
}

function fullBox(type, version, fields) {
  return box(type, Buffer.concat([Buffer.from([version, 0, 0, 0]), fields]));
}

function u32(...values) {
  const b = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => b.writeUInt32BE(v, 4 * i));
  return b;
}

function u64(v) {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(v));
  return b;
}

test('shifting a segment moves tfdt and sidx, and nothing else', () => {
  const init = box('moov', box('trak', box('mdia', fullBox('mdhd', 0, u32(0, 0, 48000, 1000)))));
  assert.equal(mediaTimescale(init), 48000);
  const segment = Buffer.concat([
    box('styp', Buffer.from('msdh')),
    fullBox('sidx', 1, Buffer.concat([u32(1, 48000), u64(96000), u64(0)])),
    box('moof', Buffer.concat([
      fullBox('mfhd', 0, u32(2)),
      box('traf', Buffer.concat([fullBox('tfhd', 0, u32(1)), fullBox('tfdt', 1, u64(96000))])),
    ])),
    box('mdat', Buffer.from('payload')),
  ]);
  assert.equal(baseMediaDecodeTime(segment, 48000), 2);
  const shifted = shiftSegment(segment, 60, 48000);
  assert.equal(baseMediaDecodeTime(shifted, 48000), 62);
  assert.equal(baseMediaDecodeTime(segment, 48000), 2, 'the source is not modified');
  assert.equal(shifted.length, segment.length);
  const diff = [];
  for (let i = 0; i < segment.length; i++) {
    if (segment[i] !== shifted[i]) {
      diff.push(i);
    }
  }
  assert.ok(diff.length > 0 && diff.length <= 8, 'only the two time fields change: ' + diff);
  // A version-0 tfdt (32-bit) is shifted too.
  const v0 = box('moof', box('traf', fullBox('tfdt', 0, u32(15360))));
  assert.equal(baseMediaDecodeTime(shiftSegment(v0, 2, 15360), 15360), 3);
});

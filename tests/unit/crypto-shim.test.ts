import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installRandomUUID, uuidFromBytes } from '../../src/runtime/runners/in-page/worker/shims/crypto.ts';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('16 random bytes become a version 4 UUID with its variant bits set, whatever the bytes', () => {
  assert.equal(uuidFromBytes(new Uint8Array(16)), '00000000-0000-4000-8000-000000000000');
  assert.equal(uuidFromBytes(new Uint8Array(16).fill(0xff)), 'ffffffff-ffff-4fff-bfff-ffffffffffff');
  assert.match(uuidFromBytes(Uint8Array.from({ length: 16 }, (_, index) => index * 17)), uuidV4);
});

test('a crypto without randomUUID, as in the sandbox, which is no secure context, gets one that makes distinct UUIDs', () => {
  const insecure = { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) } as unknown as Crypto;
  installRandomUUID({ crypto: insecure });
  const made = new Set(Array.from({ length: 100 }, () => insecure.randomUUID()));
  assert.equal(made.size, 100);
  for (const uuid of made) assert.match(uuid, uuidV4);
});

test('a crypto that has randomUUID keeps its own', () => {
  const own = () => 'own' as `${string}-${string}-${string}-${string}-${string}`;
  const secure = { randomUUID: own } as unknown as Crypto;
  installRandomUUID({ crypto: secure });
  assert.equal(secure.randomUUID, own);
});

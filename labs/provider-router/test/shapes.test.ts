import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chatRequest, deployments, recordedRequests } from '../src/fixtures.ts';
import { toAzure, toBedrock, toVertex } from '../src/shapes.ts';

test('the Bedrock Converse request matches the recorded one (the worked example)', () => {
  assert.deepEqual(toBedrock(chatRequest, deployments.bedrock), recordedRequests.bedrock);
});

test('the Vertex generateContent request matches the recorded one', () => {
  const request = toVertex(chatRequest, deployments.vertex);
  assert.equal(request.url, recordedRequests.vertex.url, 'the URL names the region twice (host and location), the project and the model, and ends in :generateContent');
  assert.deepEqual(request.body, recordedRequests.vertex.body, 'contents use parts, the assistant is "model", the system prompt is systemInstruction, the limit is generationConfig.maxOutputTokens');
  assert.deepEqual(request.auth, recordedRequests.vertex.auth);
});

test('the Azure chat completions request matches the recorded one', () => {
  const request = toAzure(chatRequest, deployments.azure);
  assert.equal(request.url, recordedRequests.azure.url, 'the URL names the resource and the deployment, and carries api-version');
  assert.deepEqual(request.body, recordedRequests.azure.body, 'the system prompt is the first message, and the limit is max_tokens');
  assert.deepEqual(request.auth, recordedRequests.azure.auth);
});

test('a deployment without the names its URL needs is an error that names the field', () => {
  assert.throws(() => toVertex(chatRequest, { ...deployments.vertex, project: undefined }), /deployments\.vertex\.project/);
  assert.throws(() => toAzure(chatRequest, { ...deployments.azure, apiVersion: undefined }), /deployments\.azure\.apiVersion/);
});

import { asData, checkOutbound, type Taint } from './policy.ts';
import { createPlanner, type Observation } from './planner.ts';
import { redactPii, sanitiseMarkdown, urlsIn } from './output.ts';
import { findTool, toolsFor, type Channel } from './tools.ts';
import type { World } from './world.ts';

// The harness around the model: it offers the channel's tools, runs the calls the model asks for,
// keeps track of what the context holds, asks the policy before anything goes out, renders the
// answer, and ships the run's trace to the observability vendor.

export interface Task {
  channel: Channel;
  text: string;
}

export interface AssistantRun {
  observations: Observation[];
  answer: string;
  /** The answer after output handling: what the chat window renders. */
  rendered: string;
  taint: Taint;
}

const maxSteps = 12;

export function runAssistant(task: Task, world: World): AssistantRun {
  const available = toolsFor(task.channel);
  const next = createPlanner(task.text);
  // A message typed into the public chat widget is untrusted from the first word.
  const taint: Taint = { untrusted: task.channel === 'web-chat', private: false };
  const observations: Observation[] = [];
  let answer = 'I stopped: too many steps.';

  for (let step = 0; step < maxSteps; step += 1) {
    const move = next(observations);
    if ('answer' in move) {
      answer = move.answer;
      break;
    }
    const { call } = move;
    const tool = findTool(available, call);
    if (!tool) {
      observations.push({ call, error: `no tool ${call.tool} on this channel` });
      continue;
    }
    if (tool.labels.outbound) {
      const verdict = checkOutbound(call, tool.labels, taint);
      if (!verdict.allowed) {
        observations.push({ call, error: `blocked: ${verdict.reason}` });
        continue;
      }
    }
    try {
      const raw = tool.run(world, call.input);
      taint.untrusted ||= tool.labels.untrusted;
      taint.private ||= tool.labels.private;
      const output = tool.labels.untrusted ? asData(tool.name, raw) : raw;
      observations.push({ call, output, gist: raw.split('\n')[0] });
    } catch (error) {
      observations.push({ call, error: (error as Error).message });
    }
  }

  // The chat window renders markdown: images are fetched at once, with whatever their URLs carry.
  const rendered = sanitiseMarkdown(answer);
  for (const url of urlsIn(rendered).images) world.outbound.push({ channel: 'http', to: url, content: url });
  // A link is one click away from leaving: count it as gone.
  for (const url of urlsIn(rendered).links) world.outbound.push({ channel: 'http', to: url, content: url });
  // The public widget's reply goes to whoever typed the question.
  if (task.channel === 'web-chat') world.outbound.push({ channel: 'chat-reply', to: 'website visitor', content: rendered });
  const trace = JSON.stringify({ task, observations: observations.map(({ call, error, gist }) => ({ call, error, gist })), answer });
  world.outbound.push({ channel: 'trace', to: 'telemetry.vendor.example', content: redactPii(trace) });

  return { observations, answer, rendered, taint };
}

/** The one chat request the application writes, whatever provider serves it. */
export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  system: string;
  messages: ChatMessage[];
  maxTokens: number;
  temperature: number;
}

export type ProviderName = 'bedrock' | 'vertex' | 'azure';

/** Where one provider serves the model: region, and the names each provider needs in its URL. */
export interface Deployment {
  provider: ProviderName;
  region: string;
  /** Bedrock: a model id or inference profile; Vertex: a publisher model; Azure: the deployment name. */
  model: string;
  /** Vertex only: the Google Cloud project. */
  project?: string;
  /** Azure only: the resource name in https://{resource}.openai.azure.com. */
  resource?: string;
  /** Azure only: the api-version query parameter. */
  apiVersion?: string;
}

/**
 * How the request is authenticated. The lab never signs anything: a real client adds the
 * credential at the last moment (an SDK signs with SigV4, fetches an OAuth token, or reads a key).
 */
export type AuthScheme =
  | { scheme: 'sigv4'; service: 'bedrock'; region: string }
  | { scheme: 'oauth-bearer'; audience: 'https://www.googleapis.com/auth/cloud-platform' }
  | { scheme: 'entra-bearer' | 'api-key'; header: 'authorization' | 'api-key' };

/** An HTTP request, ready for a signer and a transport. */
export interface ProviderRequest {
  provider: ProviderName;
  method: 'POST';
  url: string;
  auth: AuthScheme;
  body: unknown;
}

export interface ProviderResponse {
  status: number;
  body: unknown;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
}

/** One answer, in one shape, whoever wrote it. */
export interface ChatResult {
  provider: ProviderName;
  text: string;
  finishReason: 'stop' | 'length' | 'other';
  usage: Usage;
}

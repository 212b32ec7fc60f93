/**
 * A CloudEvents 1.0 JSON envelope (https://github.com/cloudevents/spec, v1.0.2).
 * `correlationid` and `causationid` are extension attributes; the spec requires extension
 * names to be lower-case alphanumerics, hence no camelCase.
 */
export interface CloudEvent<TType extends string = string, TData = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: TType;
  time: string;
  datacontenttype: 'application/json';
  subject?: string;
  correlationid?: string;
  causationid?: string;
  data: TData;
}

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';

const REQUIRED = ['specversion', 'id', 'source', 'type', 'time', 'datacontenttype', 'data'] as const;

/** Structural check for envelopes arriving from the broker; anything else is dead-lettered. */
export function isCloudEvent(value: unknown): value is CloudEvent {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return REQUIRED.every((key) => key in record) && record['specversion'] === '1.0';
}

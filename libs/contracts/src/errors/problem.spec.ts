import { ERROR_MESSAGES, negotiateLanguage, problem, translateField } from './problem.js';
import { isCloudEvent } from '../events/envelope.js';
import { EVENT_TYPES, ROUTING_KEYS } from '../events/catalogue.js';

describe('language negotiation', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['fr-FR,en;q=0.5', 'en'],
    ['en;q=0.3,id;q=0.8', 'id'],
    ['de', 'id'],
  ])('Accept-Language %p → %p', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe('problem details', () => {
  it('builds an RFC 9457 body titled in the reader language', () => {
    expect(problem('link_invalid', 'en')).toEqual({
      type: 'https://evkin.id/problems/link-invalid',
      title: 'The link is unknown or no longer valid',
      status: 404,
      code: 'link_invalid',
    });
    expect(problem('link_invalid', 'id').title).toBe('Tautan tidak dikenal atau tidak berlaku lagi');
  });

  it('has both languages for every error, and a fallback for unknown field constraints', () => {
    for (const messages of Object.values(ERROR_MESSAGES)) {
      expect(messages.id.length).toBeGreaterThan(0);
      expect(messages.en.length).toBeGreaterThan(0);
    }
    expect(translateField('someNewConstraint', 'en')).toBe('is not valid');
  });
});

describe('event catalogue', () => {
  it('versions every CloudEvents type', () => {
    for (const key of ROUTING_KEYS) expect(EVENT_TYPES[key]).toMatch(new RegExp(`^id\\.evkin\\.${key}\\.v\\d+$`));
  });

  it('recognises a CloudEvents 1.0 envelope and nothing else', () => {
    const envelope = {
      specversion: '1.0',
      id: '1',
      source: '/x',
      type: 't',
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      data: {},
    };
    expect(isCloudEvent(envelope)).toBe(true);
    expect(isCloudEvent({ ...envelope, specversion: '0.3' })).toBe(false);
    const { data: _data, ...withoutData } = envelope;
    expect(isCloudEvent(withoutData)).toBe(false);
    expect(isCloudEvent('text')).toBe(false);
  });
});

import { FLOW_COOKIE, FLOW_TTL_MS, FlowSeal } from './flow-cookie.js';
import { roleOfClaim } from './role-claim.js';

const flow = { verifier: 'v'.repeat(43), state: 's'.repeat(43), nonce: 'n'.repeat(43) };

describe('the SSO flow cookie', () => {
  const seal = new FlowSeal('client secret');

  it('gives the flow back, among other cookies', () => {
    expect(seal.open(`a=1; ${FLOW_COOKIE}=${seal.seal(flow)}; b=2`)).toEqual(flow);
  });

  it('is readable by another gateway with the same client secret', () => {
    expect(new FlowSeal('client secret').open(`${FLOW_COOKIE}=${seal.seal(flow)}`)).toEqual(flow);
    expect(new FlowSeal('another secret').open(`${FLOW_COOKIE}=${seal.seal(flow)}`)).toBeUndefined();
  });

  it('refuses a changed, missing or expired cookie', () => {
    const sealed = seal.seal(flow, 0);
    const [iv, body, tag] = sealed.split('.');
    const flipped = `${body![0] === 'A' ? 'B' : 'A'}${body!.slice(1)}`;
    expect(seal.open(`${FLOW_COOKIE}=${iv}.${flipped}.${tag}`, 0)).toBeUndefined();
    expect(seal.open(`${FLOW_COOKIE}=garbage`)).toBeUndefined();
    expect(seal.open(undefined)).toBeUndefined();
    expect(seal.open(`${FLOW_COOKIE}=${sealed}`, FLOW_TTL_MS - 1)).toEqual(flow);
    expect(seal.open(`${FLOW_COOKIE}=${sealed}`, FLOW_TTL_MS)).toBeUndefined();
  });
});

describe('the role claim', () => {
  const values = { admin: ['admin', 'evkin-admins'], viewer: ['viewer'] };

  it('maps a value or a list of values, admin first', () => {
    expect(roleOfClaim('evkin-admins', values)).toBe('admin');
    expect(roleOfClaim(['viewer', 'admin'], values)).toBe('admin');
    expect(roleOfClaim(['staff', 'viewer'], values)).toBe('viewer');
  });

  it('gives no role for a missing or unknown claim', () => {
    expect(roleOfClaim(undefined, values)).toBeUndefined();
    expect(roleOfClaim(['staff'], values)).toBeUndefined();
    expect(roleOfClaim({ admin: true }, values)).toBeUndefined();
  });
});

/** The login throttle: a sliding one-minute window per key that says when to retry, and recovers. */
import { RateLimiter } from '../../src/modules/account/rate-limit';

it('allows `perMinute` attempts per key, then answers the seconds until the oldest leaves the window', () => {
  let now = 0;
  const limiter = new RateLimiter(3, () => now);
  const at = (seconds: number) => {
    now = seconds * 1000;
    return limiter.hit('a');
  };
  expect([at(0), at(10), at(20)]).toEqual([null, null, null]);
  expect(at(30)).toBe(30); // the attempt at 0 s leaves the window at 60 s
  expect(limiter.hit('b')).toBeNull(); // keys are independent
  expect(at(59.5)).toBe(1);
  expect(at(60)).toBeNull(); // recovered: the attempt at 0 s has left
  expect(at(61)).toBe(9); // now 10, 20 and 60 s fill it; 10 s leaves at 70 s
});

it('refused attempts do not extend the wait', () => {
  let now = 0;
  const limiter = new RateLimiter(1, () => now);
  expect(limiter.hit('k')).toBeNull();
  for (let i = 0; i < 20; i++) {
    now += 1_000;
    expect(limiter.hit('k')).toBe(60 - i - 1);
  }
});

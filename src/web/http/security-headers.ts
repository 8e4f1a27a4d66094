/**
 * The headers every response carries, pages, API, assets and errors alike (Hono's `secureHeaders`,
 * configured strictly). Lever holds what a person wrote about their career, and a share link
 * carries a whole profile in its URL, so:
 * - a Content-Security-Policy that allows only Lever's own scripts, stylesheets, images, fonts and
 *   fetches (no inline script or style, no plugins, no `<base>`), forms posted only to Lever, and
 *   no framing by any site;
 * - no Referer at all from the headers (pages relax this to same-origin in a `<meta>`, so their
 *   own form posts still carry their Origin; other sites never see a plan URL either way);
 * - no MIME sniffing, no framing (X-Frame-Options for older browsers), a window and resources that
 *   other origins cannot reach, and no access to camera, microphone, location and other devices.
 * No Strict-Transport-Security: Lever serves plain HTTP on this machine, where browsers ignore it.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const SELF = "'self'";
const NONE = "'none'";

/** Device features no page of Lever uses; each is denied to every origin. */
export const DENIED_FEATURES = [
  'accelerometer',
  'camera',
  'displayCapture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
] as const;

/** Middleware setting the headers on whatever response the rest of the app gives; install it first. */
export const securityHeaders: MiddlewareHandler = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: [NONE],
    scriptSrc: [SELF],
    styleSrc: [SELF],
    // `data:` leaves room for small inlined images (none today); nothing comes from another site.
    imgSrc: [SELF, 'data:'],
    fontSrc: [SELF],
    connectSrc: [SELF],
    formAction: [SELF],
    frameAncestors: [NONE],
    baseUri: [NONE],
  },
  referrerPolicy: 'no-referrer',
  xContentTypeOptions: 'nosniff',
  xFrameOptions: 'DENY',
  crossOriginOpenerPolicy: 'same-origin',
  crossOriginResourcePolicy: 'same-origin',
  strictTransportSecurity: false,
  permissionsPolicy: Object.fromEntries(DENIED_FEATURES.map((feature) => [feature, []])),
});

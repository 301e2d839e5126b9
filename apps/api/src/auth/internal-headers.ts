/**
 * Headers through which Ward hands what it determined about a request to better-auth and its hooks. The
 * `/api/auth/*` handler deletes any a client sent before setting its own.
 */
export const CLIENT_IP_HEADER = "x-ward-client-ip";
export const REQUEST_ID_HEADER = "x-ward-request-id";

/**
 * The only thing another workspace may import from the API: the type of its routes, for the web's typed client.
 */
export type { ApiRoutes as AppType } from "./app";

export { createApi, type Api, type ApiOptions, MAX_BODY_BYTES } from "./createApi.js";
export { buildSchema } from "./buildSchema.js";
export { EDITOR_ROLE } from "./requireEditor.js";
export type { GraphQLContext } from "./GraphQLContext.js";
export { createContext } from "./createContext.js";
export { ensureWebAssets, type WebAssetsStatus } from "./web/index.js";

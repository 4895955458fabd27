/** The dashboard's own build-time settings (Next inlines NODE_ENV). Auth and database settings live in their packages. */
export const isDevelopment = process.env.NODE_ENV === 'development';
/** Next runs instrumentation in each runtime; the file-preparing threads exist only in Node's. */
export const isNodeRuntime = process.env.NEXT_RUNTIME === 'nodejs';

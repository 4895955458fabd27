/** The dashboard's own build-time settings (Next inlines NODE_ENV). Auth and database settings live in their packages. */
export const isDevelopment = process.env.NODE_ENV === 'development';

export { appRouter, createCaller, type AppRouter } from './root';
export { createInnerContext, type Context } from './context';
export { COMMAND_LINE_ACTOR, type Actor } from './actor';
export { DomainError, type DomainErrorCode } from './errors';
export { importManifest, metadataFromManifest, type ImportManifest, type DocumentMetadataInput } from './import/document-metadata';
export { readUpload, MAX_UPLOAD_BYTES, ACCEPTED_EXTENSIONS, type UploadedFile } from './import/read-upload';
export { writeReportPdf } from './report/render-pdf';
export { idInput, isValidId } from './id-input';
export { reportServerError, serverErrorMessage } from './server-error';

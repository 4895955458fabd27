export { listCases, type CaseSummary } from './list-cases';
export { findCase } from './find-case';
export { createCase, createCaseInput } from './create-case';
export { addCaseMember } from './add-case-member';
export { listDocuments } from './list-documents';
export { getDocument } from './get-document';
export { importDocuments, type ImportItem, type ImportReport, type ImportResult } from './import-documents';
export { createUser, createUserInput } from './create-user';
export { listUsers } from './list-users';

export * from './users';
export * from './cases';
export * from './documents';
export * from './claims';
export * from './disputes';
export * from './activity';

export * from './vocabulary';
export * from './claim';
export * from './roles';

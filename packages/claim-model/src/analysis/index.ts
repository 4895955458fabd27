export * from './schema';
export { buildAnalysis, type AnalysisInput, type BuildAnalysisOptions } from './build-analysis';

import { z } from 'zod';

/** Metadata a person (or a manifest) gives for an imported document. Everything is optional and checked. */
export const documentMetadataInput = z.object({
  title: z.string().trim().min(1).max(500, 'Keep the title under 500 characters').optional(),
  outlet: z.string().trim().min(1).max(200, 'Keep the outlet under 200 characters').optional(),
  url: z
    .url({ protocol: /^https?$/, message: 'The URL must start with http:// or https://' })
    .max(2000)
    .optional(),
  publishedDate: z.iso.date({ message: 'The published date must be a date like 2022-01-06' }).optional(),
  publishedApproximate: z.boolean().default(false),
  language: z.string().trim().min(2).max(60).optional(),
});

export type DocumentMetadataInput = z.input<typeof documentMetadataInput>;
export type DocumentMetadata = z.output<typeof documentMetadataInput>;

/** A manifest like demo/kazakhstan-2022/manifest.json: metadata per file name. */
export const importManifest = z.object({
  case: z.string().optional(),
  documents: z.array(
    z.object({
      file: z.string().min(1),
      title: z.string().optional(),
      outlet: z.string().optional(),
      url: z.string().optional(),
      published: z.string().optional(),
      publishedApproximate: z.boolean().optional(),
      language: z.string().optional(),
    }),
  ),
});
export type ImportManifest = z.infer<typeof importManifest>;

export function metadataFromManifest(entry: ImportManifest['documents'][number]): DocumentMetadataInput {
  return {
    title: entry.title,
    outlet: entry.outlet,
    url: entry.url,
    publishedDate: entry.published,
    publishedApproximate: entry.publishedApproximate ?? false,
    language: entry.language,
  };
}

/** The shape a batch accepts before per-file checks: a bad field rejects its file, not the whole batch. */
export const rawDocumentMetadata = z
  .object({
    title: z.string().max(10_000),
    outlet: z.string().max(10_000),
    url: z.string().max(10_000),
    publishedDate: z.string().max(100),
    publishedApproximate: z.boolean(),
    language: z.string().max(1000),
  })
  .partial();
